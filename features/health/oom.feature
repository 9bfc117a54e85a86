Feature: Containers killed for memory
  A container whose memory use rises above its memory limit is OOMKilled (exit code 137) and
  restarted per the restart policy.

  Scenario: Memory growth past the limit is OOMKilled
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/leaky:*
          pull: { duration: 1s }
          start: 0s
          memory: 50Mi
          changes:
            - { from: 30s, memory: 300Mi }
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: leaky
      spec:
        containers:
          - name: app
            image: example.com/leaky:1
            resources:
              requests: { memory: 128Mi }
              limits: { memory: 256Mi }
      """
    And the cluster settles
    And 29 seconds pass after the container "app" of pod "leaky" started
    Then the container "app" of pod "leaky" has restarted 0 times
    When 1 second passes
    Then the container "app" of pod "leaky" has restarted 1 time
    And the container "app" of pod "leaky" last terminated with reason "OOMKilled" and exit code 137
    And the pod "leaky" has phase "Running"
