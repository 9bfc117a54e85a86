Feature: Service types and cluster DNS
  ClusterIP, headless, NodePort and ExternalName Services, answered as kube-proxy and CoreDNS
  would.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: api-0, labels: { app: api } }
      spec:
        hostname: api-0
        subdomain: api
        containers: [{ name: api, image: nginx }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        clusterIP: None
        selector: { app: api }
        ports: [{ port: 80 }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: api-public }
      spec:
        type: NodePort
        selector: { app: api }
        ports: [{ port: 80, nodePort: 30080 }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: db }
      spec:
        type: ExternalName
        externalName: db.example.com
      """
    And the cluster settles

  Scenario: A headless Service resolves to its ready pods, and a pod by its hostname
    When I resolve "api.default.svc.cluster.local"
    Then the name resolves to the IP of pod "api-0"
    When I resolve "api-0.api.default.svc.cluster.local"
    Then the name resolves to the IP of pod "api-0"

  Scenario: An ExternalName Service is a CNAME
    When I resolve "db"
    Then the name resolves to "db.example.com"

  Scenario: A NodePort answers on every node
    When I send 5 requests to "node-1:30080"
    Then every response had status 200
    When I send 5 requests to "node-2:30080"
    Then 1 different pod answered
    And pod "api-0" answered 5 of them

  Scenario: A taken NodePort is refused with the API server's message
    When I try to apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: clash }
      spec:
        type: NodePort
        selector: { app: api }
        ports: [{ port: 80, nodePort: 30080 }]
      """
    Then the command fails with "Service \"clash\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated"
