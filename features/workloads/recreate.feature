@workloads
Feature: Recreate strategy
  A Recreate Deployment scales every old ReplicaSet to zero and waits until no old pod is left
  running before it creates the new ReplicaSet at full size.

  Scenario: old pods are all gone before any new pod is created
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        strategy: {type: Recreate}
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
    When I run "kubectl set image deployment/web web=nginx:1.28"
    And the cluster settles
    Then the deployment "web" is rolled out
    And the replica set of deployment "web" with image "nginx:1.28" has 3 replicas
    And the events of deployment "web" are:
      """
      Normal ScalingReplicaSet Scaled up replica set web-7fd845f59b from 0 to 3
      Normal ScalingReplicaSet Scaled down replica set web-7fd845f59b from 3 to 0
      Normal ScalingReplicaSet Scaled up replica set web-777897c8d9 from 0 to 3
      """
