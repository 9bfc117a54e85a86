@workloads
Feature: Rollback with kubectl rollout undo
  kubectl copies the template of an earlier ReplicaSet back into the Deployment; the controller
  then treats that old ReplicaSet as the new one and gives it a new, higher revision.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    And the cluster settles
    And I run "kubectl set image deployment/web web=nginx:1.28"
    And the cluster settles

  Scenario: undo goes back to the previous revision, which becomes revision 3
    When I run "kubectl rollout undo deployment/web"
    Then the output is "deployment.apps/web rolled back"
    When the cluster settles
    Then the deployment "web" is rolled out
    And the replica set of deployment "web" with image "nginx:1.27" has 3 replicas
    And the deployment "web" has 2 replica sets
    When I run "kubectl rollout history deployment/web"
    Then the output contains:
      """
      REVISION  CHANGE-CAUSE
      2         <none>
      3         <none>
      """

  Scenario: an unknown revision is Kubernetes' error
    When I run "kubectl rollout undo deployment/web --to-revision=7"
    Then the command fails with "error: unable to find specified revision 7 in history"

  Scenario: undo to the current template is skipped
    When I run "kubectl rollout undo deployment/web --to-revision=2"
    Then the output is "deployment.apps/web skipped rollback (current template already matches revision 2)"

  Scenario: a paused deployment cannot be rolled back
    When I run "kubectl rollout pause deployment/web"
    And I run "kubectl rollout undo deployment/web"
    Then the command fails with "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"
