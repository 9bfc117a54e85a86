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

  Scenario: A condition that comes true within a deadline
    Then within 1 minute pod "web" is ready

  Scenario: A pod that is never placed on a node that does not exist
    When the cluster settles
    Then at no moment since "start", pod "web" was scheduled on "node-9"
    And "pod \"web\" is Pending" happened before "pod \"web\" is Running"
