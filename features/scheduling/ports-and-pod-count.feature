Feature: Host ports and the pod count
  A hostPort can be taken once per node, and a node takes at most its "pods" capacity. Both are
  reasons preemption could in principle help, so the message says no victims were found.

  Scenario: The second pod asking for the same host port waits
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: proxy-a
      spec:
        containers:
          - name: proxy
            image: envoy:1.30
            ports:
              - containerPort: 8080
                hostPort: 8080
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: proxy-b
      spec:
        containers:
          - name: proxy
            image: envoy:1.30
            ports:
              - containerPort: 8080
                hostPort: 8080
      """
    And the cluster settles
    Then pod "proxy-a" is scheduled on "node-1"
    And pod "proxy-b" is not scheduled
    And the event "FailedScheduling" for pod "proxy-b" says "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."

  Scenario: A full node refuses one pod more
    Given a cluster with nodes:
      | name   | pods |
      | node-1 | 1    |
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: first
      spec:
        containers:
          - name: app
            image: nginx:1.27
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: second
      spec:
        containers:
          - name: app
            image: nginx:1.27
      """
    And the cluster settles
    Then pod "first" is scheduled on "node-1"
    And pod "second" is not scheduled
    And the event "FailedScheduling" for pod "second" says "0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."
    When pod "first" is deleted
    And the cluster settles
    Then pod "second" is scheduled on "node-1"
