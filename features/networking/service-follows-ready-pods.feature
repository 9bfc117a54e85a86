Feature: A Service follows the ready pods it selects
  The Endpoints and EndpointSlice controllers keep a Service's endpoints equal to the ready
  pods its selector matches; kube-proxy sends traffic only there.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - port: 80
            targetPort: 80
      ---
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
          metadata: { name: other, labels: { app: other } }
          spec: { containers: [{ name: other, image: nginx }] }
      """
    And the cluster settles

  Scenario: Traffic is spread over every ready pod and never reaches others
    Then within 1 second the service "web" has 3 ready endpoints
    When I send 60 requests to "web"
    Then 3 different pods answered
    And pod "other" answered 0 of them
    And every response had status 200

  Scenario: A pod that stops being ready leaves the endpoints and gets no traffic
    When I note the time as "failure"
    And I patch the status of pod "web-b" with:
      """
      status:
        conditions:
          - type: Ready
            status: "False"
      """
    And the cluster settles
    Then within 1 second the service "web" has 2 ready endpoints
    And at no moment since "failure", the service "web" had 0 ready endpoints
    When I send 40 requests to "web"
    Then 2 different pods answered
    And pod "web-b" answered 0 of them

  Scenario: Without ready endpoints connections are refused
    When I patch the status of pod "web-a" with:
      """
      status: { conditions: [{ type: Ready, status: "False" }] }
      """
    And I patch the status of pod "web-b" with:
      """
      status: { conditions: [{ type: Ready, status: "False" }] }
      """
    And I patch the status of pod "web-c" with:
      """
      status: { conditions: [{ type: Ready, status: "False" }] }
      """
    And the cluster settles
    And I send 3 requests to "web.default.svc.cluster.local"
    Then every connection was refused

  Scenario: The service name resolves to its cluster IP through the search path
    When I resolve "web"
    Then the name resolves to the cluster IP of service "web"
    When I resolve "web.default.svc.cluster.local"
    Then the name resolves to the cluster IP of service "web"
    When I resolve "nope.default.svc.cluster.local"
    Then the name does not resolve
