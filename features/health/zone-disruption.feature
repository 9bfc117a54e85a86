@health
Feature: Zone disruption
  The node lifecycle controller judges each zone (topology.kubernetes.io/zone; unlabelled nodes
  share one) by its nodes' Ready conditions. A healthy zone's lost nodes are tainted NoExecute at
  0.1 nodes per second, so their pods are evicted one node at a time; a zone with no Ready node is
  evicted at the same rate as long as another zone is healthy; a small zone where more than two
  nodes and at least 55% of them are not ready is partially disrupted, and nothing there is
  evicted, since a network partition is likelier than that many failed machines.

  Scenario: A zone lost entirely is evicted while another zone is healthy, one node every 10 s
    Given a cluster with nodes:
      | name   | labels                           |
      | east-1 | topology.kubernetes.io/zone=east |
      | east-2 | topology.kubernetes.io/zone=east |
      | west-1 | topology.kubernetes.io/zone=west |
    When the kubelet on node "east-1" stops
    And the kubelet on node "east-2" stops
    Then within 70 seconds node "east-1" has the taint "node.kubernetes.io/unreachable:NoExecute"
    When I note the time as "first"
    And 9 seconds pass
    Then at every moment since "first", the taints of node "east-2" were "node.kubernetes.io/unreachable:NoSchedule"
    When 1 second passes
    Then the taints of node "east-2" are "node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute"
    And the taints of node "west-1" are "<none>"

  Scenario: Three of five nodes lost in a small zone: a partial disruption, nothing is evicted
    Given a cluster with 5 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pinned
      spec:
        nodeSelector:
          kubernetes.io/hostname: node-3
        containers:
          - name: app
            image: nginx:1.27
      """
    And the cluster settles
    And the kubelet on node "node-3" stops
    And the kubelet on node "node-4" stops
    And the kubelet on node "node-5" stops
    And 10 minutes pass
    Then the Ready condition of node "node-3" is Unknown with reason "NodeStatusUnknown"
    And the taints of node "node-3" are "node.kubernetes.io/unreachable:NoSchedule"
    And the taints of node "node-5" are "node.kubernetes.io/unreachable:NoSchedule"
    And at no moment since the scenario started, the "TaintManagerEviction" event was recorded
    And the pod "pinned" has phase "Running"
    And the pod "pinned" has condition Ready False
