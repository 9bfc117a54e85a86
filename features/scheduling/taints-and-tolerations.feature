Feature: Taints and tolerations
  A NoSchedule taint keeps pods off a node unless they tolerate it; PreferNoSchedule only makes
  the node less attractive; removing a taint retries the pods it kept out.

  Scenario: Only the tolerating pod lands on the tainted node
    Given a cluster with nodes:
      | name   | taints                  |
      | node-1 | dedicated=db:NoSchedule |
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
          - name: app
            image: nginx:1.27
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: db
      spec:
        tolerations:
          - key: dedicated
            operator: Equal
            value: db
            effect: NoSchedule
        containers:
          - name: db
            image: postgres:16
      """
    And the cluster settles
    Then pod "db" is scheduled on "node-1"
    And pod "app" is not scheduled
    And the event "FailedScheduling" for pod "app" says "0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: db}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."

  Scenario: Removing the taint lets the waiting pod in
    Given a cluster with nodes:
      | name   | taints                  |
      | node-1 | dedicated=db:NoSchedule |
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
          - name: app
            image: nginx:1.27
      """
    And the cluster settles
    Then pod "app" is not scheduled
    When the taints are removed from node "node-1"
    And the cluster settles
    Then pod "app" is scheduled on "node-1"

  Scenario: PreferNoSchedule steers pods to the untainted node
    Given a cluster with nodes:
      | name   | taints                    |
      | node-1 | spot=true:PreferNoSchedule |
      | node-2 |                           |
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
      """
    And the cluster settles
    Then pod "web" is scheduled on "node-2"
