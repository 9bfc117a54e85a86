Feature: Assertions over virtual time
  kubespec keeps the whole history of a scenario, so a Then step can say what held at every
  moment of a window, or what never happened, not only what holds now.

  Background:
    Given a cluster with 2 nodes
    When I note the time as "start"
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

  Scenario: A condition that comes true within a deadline stops the clock at that instant
    Then within 1 minute pod "web" is ready
    And the virtual time is "2025-01-01T00:00:02.800Z"
    And within 1 minute pod "web" is Running
    And the virtual time is "2025-01-01T00:00:02.800Z"

  Scenario: A pod that is never placed on a node that does not exist
    When the cluster settles
    Then at no moment since "start", pod "web" was scheduled on "node-9"
    And pod "web" was never scheduled on "node-9"
    And pod "web" was Pending before pod "web" was Running
    And at some moment since the scenario started, pod "web" was Pending
