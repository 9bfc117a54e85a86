Feature: Moments that last zero virtual seconds still count
  "At every moment" means the state after every single write. Two writes at the same virtual
  instant are two moments, in the order the store wrote them, so a state that lasted no virtual
  time at all is still visited by always/never/some assertions. A polling tool would miss it.

  Background:
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: web, labels: { app: web } }
      spec: { containers: [{ name: web, image: "nginx:1.27" }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec: { selector: { app: web }, ports: [{ port: 80 }] }
      """
    # within stops the clock at the first instant the condition holds: the pod is ready after
    # its 2s image pull, 500ms sandbox and 300ms start.
    Then within 1 minute the service "web" has 1 ready endpoint
    And the virtual time is "2025-01-01T00:00:02.800Z"

  Scenario: A Service emptied and refilled at one instant was empty at a moment
    When I note the time as "relabel"
    And I run "kubectl label pod web app=other --overwrite"
    And I run "kubectl label pod web app=web --overwrite"
    Then the virtual time is "2025-01-01T00:00:02.800Z"
    And at some moment since "relabel", the service "web" had 0 ready endpoints
    And at some moment since the last When step, the service "web" had 1 ready endpoint
    And within 1 second the service "web" has 1 ready endpoint

  Scenario: Without the relabel the Service was never empty
    When 10 seconds pass
    Then since the scenario started, the service "web" never had 2 ready endpoints
    And at every moment in the last 10 seconds, the service "web" had 1 ready endpoint
    And at no moment in the last 10 seconds, the service "web" had 0 ready endpoints
