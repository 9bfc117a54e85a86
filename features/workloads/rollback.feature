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

  Scenario: on a paused deployment the revision is looked up first
    When I run "kubectl rollout pause deployment/web"
    And I run "kubectl rollout undo deployment/web --to-revision=7"
    Then the command fails with "error: unable to find specified revision 7 in history"

  Scenario: a negative or malformed revision is refused as kubectl refuses it
    When I run "kubectl rollout undo deployment/web --to-revision=-1"
    Then the command fails with "error: unable to find specified revision -1 in history"
    When I run "kubectl rollout undo deployment/web --to-revision=two"
    Then the command fails with "error: invalid argument \"two\" for \"--to-revision\" flag: strconv.ParseInt: parsing \"two\": invalid syntax"

  Scenario: rollout history --revision shows that revision's pod template
    When I run "kubectl rollout history deployment/web --revision=1"
    Then the output contains:
      """
      deployment.apps/web with revision #1
      Pod Template:
      """
    And the output contains "    Image:	nginx:1.27"
    When I run "kubectl rollout history deployment/web --revision=5"
    Then the command fails with "error: unable to find the specified revision"
