@workloads
Feature: Rolling update of a Deployment
  A RollingUpdate Deployment replaces its pods one step at a time: it scales the new ReplicaSet
  up as far as maxSurge allows (rounded up), then scales old ReplicaSets down as far as
  maxUnavailable allows (rounded down), and repeats as pods become available.

  Background:
    Given a cluster with 3 nodes

  Scenario: 10 replicas with the default 25% / 25% move 3 up and 2 down at a time
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 10
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
    Then the deployment "web" is rolled out
    When the deployment "web" rolls out image "nginx:1.28" with at most 13 pods and at least 8 available at every step
    Then the deployment "web" is rolled out
    And the replica set of deployment "web" with image "nginx:1.28" has 10 replicas
    And the replica set of deployment "web" with image "nginx:1.27" has 0 replicas
    And the deployment "web" has 10 pods
    # The recorder combines similar events (same object and reason, different messages): the
    # tenth and eleventh ScalingReplicaSet events become one "(combined from similar events)" Event.
    And the events of deployment "web" are:
      """
      Normal ScalingReplicaSet Scaled up replica set web-7fd845f59b from 0 to 10
      Normal ScalingReplicaSet Scaled up replica set web-777897c8d9 from 0 to 3
      Normal ScalingReplicaSet Scaled down replica set web-7fd845f59b from 10 to 8
      Normal ScalingReplicaSet Scaled up replica set web-777897c8d9 from 3 to 5
      Normal ScalingReplicaSet Scaled down replica set web-7fd845f59b from 8 to 5
      Normal ScalingReplicaSet Scaled up replica set web-777897c8d9 from 5 to 8
      Normal ScalingReplicaSet Scaled down replica set web-7fd845f59b from 5 to 3
      Normal ScalingReplicaSet Scaled up replica set web-777897c8d9 from 8 to 10
      Normal ScalingReplicaSet Scaled down replica set web-7fd845f59b from 3 to 0
      """
    When I run "kubectl describe deployment web"
    Then the output contains "Normal  ScalingReplicaSet  0s    deployment-controller  Scaled down replica set web-7fd845f59b from 3 to 0"

  Scenario: kubectl set image and rollout status on 4 replicas
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 4
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
    Then the output is "deployment.apps/web image updated"
    When I run "kubectl rollout status deployment/web"
    # kubectl prints the status at every watch event until the rollout is done (rollout_status.go).
    Then the output is:
      """
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      Waiting for deployment "web" rollout to finish: 3 of 4 updated replicas are available...
      deployment "web" successfully rolled out
      """
    And the deployment "web" has 2 replica sets
    When I run "kubectl rollout history deployment/web"
    Then the output contains:
      """
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>
      """

  Scenario Outline: <replicas> replicas with maxSurge <surge> and maxUnavailable <unavailable> stay within <max> pods and <min> available
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: <replicas>
        strategy:
          type: RollingUpdate
          rollingUpdate: {maxSurge: <surge>, maxUnavailable: <unavailable>}
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
    When the deployment "web" rolls out image "nginx:1.28" with at most <max> pods and at least <min> available at every step
    Then the deployment "web" is rolled out
    And the replica set of deployment "web" with image "nginx:1.27" has 0 replicas

    Examples:
      | replicas | surge | unavailable | max | min |
      | 3        | 25%   | 25%         | 4   | 3   |
      | 4        | 0     | 1           | 4   | 3   |
      | 5        | 2     | 0           | 7   | 5   |
      | 6        | 50%   | 50%         | 9   | 3   |
      | 3        | 0     | 25%         | 3   | 2   |
