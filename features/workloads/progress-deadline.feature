@workloads
Feature: Progress deadline
  A rollout that makes no progress for progressDeadlineSeconds gets Progressing=False with reason
  ProgressDeadlineExceeded; the controller re-queues itself for exactly that moment.

  Scenario: pods that never start exceed a 60 second deadline
    Given a cluster with 0 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        progressDeadlineSeconds: 60
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
    And 1 second passes
    Then the Progressing condition of deployment "web" is True with reason "ReplicaSetUpdated"
    And the Available condition of deployment "web" is False with reason "MinimumReplicasUnavailable"
    When 58 seconds pass
    Then the Progressing condition of deployment "web" is True with reason "ReplicaSetUpdated"
    When 3 seconds pass
    Then the Progressing condition of deployment "web" is False with reason "ProgressDeadlineExceeded"
    When I run "kubectl rollout status deployment/web"
    Then the command fails with "error: deployment \"web\" exceeded its progress deadline"
