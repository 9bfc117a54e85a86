@workloads
Feature: Pausing and resuming a rollout
  While paused, template changes do not roll out (no new ReplicaSet) and the Progressing
  condition is Unknown with reason DeploymentPaused; resuming starts the rollout.

  Scenario: a template change waits for resume
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
    When I run "kubectl rollout pause deployment/web"
    Then the output is "deployment.apps/web paused"
    When I run "kubectl set image deployment/web web=nginx:1.28"
    And the cluster settles
    Then the deployment "web" has 1 replica set
    And the Progressing condition of deployment "web" is Unknown with reason "DeploymentPaused"
    And the Progressing condition of deployment "web" says "Deployment is paused"
    When I run "kubectl rollout pause deployment/web"
    Then the command fails with "error: deployments.apps \"web\" is already paused"
    When I run "kubectl rollout resume deployment/web"
    Then the output is "deployment.apps/web resumed"
    When the cluster settles
    Then the deployment "web" is rolled out
    And the deployment "web" has 2 replica sets
    And the replica set of deployment "web" with image "nginx:1.28" has 3 replicas
    And the Progressing condition of deployment "web" is True with reason "NewReplicaSetAvailable"
