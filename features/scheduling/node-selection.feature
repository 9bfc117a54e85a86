Feature: nodeSelector and node affinity
  Required rules filter nodes; preferred rules add their weight to a node's score.

  Background:
    Given a cluster with nodes:
      | name   | labels                 |
      | node-1 | disk=hdd,zone=zone-a   |
      | node-2 | disk=ssd,zone=zone-b   |
      | node-3 | disk=ssd,zone=zone-c   |

  Scenario: nodeSelector picks the only matching node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: cache
      spec:
        nodeSelector:
          zone: zone-b
        containers:
          - name: cache
            image: redis:7
      """
    And the cluster settles
    Then pod "cache" is scheduled on "node-2"

  Scenario: A selector nothing matches
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: gpu
      spec:
        nodeSelector:
          accelerator: nvidia
        containers:
          - name: gpu
            image: cuda:12
      """
    And the cluster settles
    Then pod "gpu" is not scheduled
    And the event "FailedScheduling" for pod "gpu" says "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."

  Scenario: Required affinity filters, preferred affinity decides among the rest
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: db
      spec:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - key: disk
                      operator: In
                      values: [ssd]
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 50
                preference:
                  matchExpressions:
                    - key: zone
                      operator: In
                      values: [zone-c]
        containers:
          - name: db
            image: postgres:16
      """
    And the cluster settles
    Then pod "db" is scheduled on "node-3"
