@workloads
Feature: Proportional scaling in the middle of a rollout
  When replicas change while two ReplicaSets are active, the extra (or removed) replicas are
  spread in proportion to their sizes, the leftover going to the largest.

  @skip-invariant=rollout-availability-bound:cleanupUnhealthyReplicas-scales-down-unavailable-old-replicas-below-minAvailable-as-rolling.go-does
  Scenario: the documentation's example, 10 to 15 replicas with a stuck rollout
    # No nodes: no pod ever becomes available, so the rollout stops at old 8 / new 5.
    Given a cluster with 0 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 10
        strategy:
          type: RollingUpdate
          rollingUpdate: {maxSurge: 3, maxUnavailable: 2}
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
    Then the replica set of deployment "web" with image "nginx:1.27" has 8 replicas
    And the replica set of deployment "web" with image "nginx:1.28" has 5 replicas
    When I scale the deployment "web" to 15 replicas
    And the cluster settles
    Then the replica set of deployment "web" with image "nginx:1.27" has 11 replicas
    And the replica set of deployment "web" with image "nginx:1.28" has 7 replicas
    # Nodes arrive: the stalled rollout resumes from the proportionally scaled sizes and completes.
    When a cluster with 2 nodes
    And the cluster settles
    Then the deployment "web" is rolled out
    And the replica set of deployment "web" with image "nginx:1.28" has 15 replicas
    And the replica set of deployment "web" with image "nginx:1.27" has 0 replicas
