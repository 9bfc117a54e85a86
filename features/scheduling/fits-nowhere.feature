Feature: A pod that fits nowhere
  The scheduler tells why, node by node, in Kubernetes' exact words: a histogram of filter
  reasons sorted as strings, then what preemption could (not) do. The pod stays Pending with
  PodScheduled=False, reason Unschedulable, and is retried when the cluster changes.

  Background:
    Given a cluster with nodes:
      | name          | cpu | taints                                       |
      | control-plane | 4   | node-role.kubernetes.io/control-plane:NoSchedule |
      | node-1        | 2   |                                              |
      | node-2        | 2   |                                              |

  Scenario: Full nodes and a tainted control plane
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: filler-a
      spec:
        containers:
          - name: app
            image: nginx:1.27
            resources:
              requests:
                cpu: 1500m
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: filler-b
      spec:
        containers:
          - name: app
            image: nginx:1.27
            resources:
              requests:
                cpu: 1500m
      """
    And the cluster settles
    Then pod "filler-a" is scheduled on "node-1"
    And pod "filler-b" is scheduled on "node-2"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources:
              requests:
                cpu: "1"
      """
    And the cluster settles
    Then pod "web" is not scheduled
    And pod "web" has condition "PodScheduled" with reason "Unschedulable"
    And the event "FailedScheduling" for pod "web" says "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."

  Scenario: A request larger than any node is not helped by preemption, and a new node helps
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: big
      spec:
        containers:
          - name: app
            image: nginx:1.27
            resources:
              requests:
                cpu: "3"
      """
    And the cluster settles
    Then pod "big" is not scheduled
    And the event "FailedScheduling" for pod "big" says "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
    Given a cluster with nodes:
      | name   | cpu |
      | node-3 | 8   |
    When the cluster settles
    Then pod "big" is scheduled on "node-3"
    And the event "Scheduled" for pod "big" says "Successfully assigned default/big to node-3"
