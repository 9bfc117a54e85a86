Feature: Priority and preemption
  A pod that fits nowhere may evict lower-priority pods: the scheduler picks the node needing
  the least important victims, marks them DisruptionTarget (PreemptionByScheduler), deletes
  them, nominates the node and binds the pod once the room is free.

  Background:
    Given a cluster with nodes:
      | name   | cpu |
      | node-1 | 2   |
    When I apply:
      """
      apiVersion: scheduling.k8s.io/v1
      kind: PriorityClass
      metadata:
        name: batch
      value: 100
      ---
      apiVersion: scheduling.k8s.io/v1
      kind: PriorityClass
      metadata:
        name: critical
      value: 1000000
      ---
      apiVersion: scheduling.k8s.io/v1
      kind: PriorityClass
      metadata:
        name: critical-no-preempt
      value: 1000000
      preemptionPolicy: Never
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: batch
      spec:
        priorityClassName: batch
        containers:
          - name: work
            image: busybox:1.36
            resources:
              requests:
                cpu: 1500m
      """
    And the cluster settles
    Then pod "batch" is scheduled on "node-1"

  Scenario: A critical pod preempts the batch pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        priorityClassName: critical
        containers:
          - name: api
            image: nginx:1.27
            resources:
              requests:
                cpu: "1"
      """
    And the cluster settles
    Then pod "api" is scheduled on "node-1"
    And pod "batch" does not exist
    And the event "FailedScheduling" for pod "api" says "0/1 nodes are available: 1 Insufficient cpu."
    And the event "Preempted" for pod "batch" contains "on node node-1"

  Scenario: A pod whose class never preempts waits
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        priorityClassName: critical-no-preempt
        containers:
          - name: api
            image: nginx:1.27
            resources:
              requests:
                cpu: "1"
      """
    And the cluster settles
    Then pod "api" is not scheduled
    And pod "batch" is scheduled on "node-1"
    And the event "FailedScheduling" for pod "api" says "0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never."
