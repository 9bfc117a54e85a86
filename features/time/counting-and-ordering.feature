Feature: Counting and ordering what happened
  The history answers "how many times" over a window and "which came first" over the scenario.
  Restarts are counted from the container's restartCount in the pod's status; Events are
  ordered by the write that first recorded them.

  Scenario: A crash-looping container was restarted exactly 3 times in the last 5 minutes
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        containers: [{ name: web, image: busybox, command: ["sh", "-c", "sleep 5; exit 1"] }]
      """
    # Restarts at 6.6s, 21.9s, 47.2s, 1m32.5s, 2m57.8s and 5m42.8s: the back-off doubles from 10s
    # and each run lasts 5s.
    And 6 minutes pass
    Then container "web" was restarted exactly 3 times in the last 5 minutes
    And container "web" of pod "web" was restarted exactly 6 times in the last 6 minutes
    And container "web" of pod "web" was restarted exactly 0 times in the last 10 seconds

  Scenario: The first FailedScheduling event came before the ScalingReplicaSet event
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: big }
      spec:
        containers:
          - name: big
            image: nginx:1.27
            resources: { requests: { cpu: "64" } }
      """
    And 1 second passes
    And I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 1
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: web, image: "nginx:1.27" }] }
      """
    And the cluster settles
    Then the first "FailedScheduling" event came before the "ScalingReplicaSet" event
    And the "ScalingReplicaSet" event for deployment "web" came before the first "Started" event
    And pod "big" was never scheduled on "node-1"
