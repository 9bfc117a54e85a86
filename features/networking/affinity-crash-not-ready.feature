Feature: Session affinity, crashes and not-ready addresses
  kube-proxy keeps a client on one endpoint with ClientIP affinity; a crashed container's pod
  leaves the endpoints until it is ready again; publishNotReadyAddresses publishes pods that are
  not ready.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: { name: web-a, labels: { app: web } }
          spec: { containers: [{ name: web, image: nginx }] }
        - apiVersion: v1
          kind: Pod
          metadata: { name: web-b, labels: { app: web } }
          spec: { containers: [{ name: web, image: nginx }] }
        - apiVersion: v1
          kind: Pod
          metadata: { name: web-c, labels: { app: web } }
          spec: { containers: [{ name: web, image: nginx }] }
        - apiVersion: v1
          kind: Pod
          metadata: { name: client }
          spec: { containers: [{ name: client, image: busybox, command: ["sleep", "3600"] }] }
      """
    And the cluster settles

  Scenario: ClientIP affinity sends every request of a client to one pod
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        sessionAffinity: ClientIP
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And I send 30 requests to "web" from pod "client"
    Then 1 different pod answered
    When I send 30 requests to "web"
    Then 1 different pod answered

  Scenario: A crashed container's pod leaves the endpoints and comes back after its restart
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And I note the time as "crash"
    And the container "web" of pod "web-b" crashes with exit code 1
    Then within 5 seconds the service "web" has 2 ready endpoints
    And within 1 minute the service "web" has 3 ready endpoints
    And at no moment since "crash", the service "web" had 0 ready endpoints
    And container "web" of pod "web-b" was restarted exactly 1 time in the last 2 minutes

  Scenario: publishNotReadyAddresses lists a pod that is not ready
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: warming, labels: { app: warming } }
      spec:
        containers:
          - name: web
            image: nginx
            readinessProbe:
              exec: { command: ["cat", "/tmp/ready"] }
              periodSeconds: 5
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: published }
      spec:
        selector: { app: warming }
        publishNotReadyAddresses: true
        ports: [{ port: 80 }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: hidden }
      spec:
        selector: { app: warming }
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And 30 seconds pass
    Then within 1 second the service "published" has 1 ready endpoints
    And within 1 second the service "hidden" has 0 ready endpoints
    When I send 3 requests to "published"
    Then every response had status 200
    When I send 3 requests to "hidden"
    Then every connection was refused

  Scenario: Round robin spreads requests evenly
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And I send 30 requests to "web"
    Then 3 different pods answered
