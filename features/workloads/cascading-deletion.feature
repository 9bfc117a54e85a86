@workloads
Feature: Cascading deletion of a Deployment
  The garbage collector follows ownerReferences: Background deletes the Deployment at once and
  its ReplicaSets and pods after it, Foreground keeps it until they are gone, Orphan leaves them.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
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

  Scenario Outline: <policy> propagation removes ReplicaSets and pods
    When I delete the deployment "web" with propagation policy <policy>
    And the cluster settles
    Then the deployment "web" does not exist
    And there are 0 pods labelled "app=web"

    Examples:
      | policy     |
      | Background |
      | Foreground |

  Scenario: Orphan propagation leaves the ReplicaSet and its pods
    When I delete the deployment "web" with propagation policy Orphan
    And the cluster settles
    Then the deployment "web" does not exist
    And there are 2 pods labelled "app=web"
