Feature: Cordoned nodes
  A cordoned node (spec.unschedulable) takes no new pods; uncordoning it retries the pods that
  were waiting. The node lifecycle controller mirrors the cordon as the
  node.kubernetes.io/unschedulable:NoSchedule taint and removes it on uncordon.

  Scenario: Cordon, wait, uncordon
    Given a cluster with 1 node
    When node "node-1" is cordoned
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    And the cluster settles
    Then pod "web" is not scheduled
    And the taints of node "node-1" are "node.kubernetes.io/unschedulable:NoSchedule"
    And the event "FailedScheduling" for pod "web" says "0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."
    When node "node-1" is uncordoned
    And the cluster settles
    Then pod "web" is scheduled on "node-1"
    And the taints of node "node-1" are "<none>"
    And the event "Scheduled" for pod "web" says "Successfully assigned default/web to node-1"
