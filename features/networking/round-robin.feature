Feature: kube-proxy in round-robin mode
  With round robin (ipvs `rr`) every ready endpoint gets its turn in order.

  Scenario: 30 requests over 3 pods give each pod exactly 10
    Given kube-proxy balances round robin
    And a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: List
      items:
        - { apiVersion: v1, kind: Pod, metadata: { name: web-a, labels: { app: web } }, spec: { containers: [{ name: web, image: nginx }] } }
        - { apiVersion: v1, kind: Pod, metadata: { name: web-b, labels: { app: web } }, spec: { containers: [{ name: web, image: nginx }] } }
        - { apiVersion: v1, kind: Pod, metadata: { name: web-c, labels: { app: web } }, spec: { containers: [{ name: web, image: nginx }] } }
        - { apiVersion: v1, kind: Service, metadata: { name: web }, spec: { selector: { app: web }, ports: [{ port: 80 }] } }
      """
    And the cluster settles
    And I send 30 requests to "web"
    Then pod "web-a" answered 10 of them
    And pod "web-b" answered 10 of them
    And pod "web-c" answered 10 of them
