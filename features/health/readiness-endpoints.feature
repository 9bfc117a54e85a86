Feature: Readiness decides which pods a Service sends traffic to
  The kubelet's readiness result becomes the pod's Ready condition; the endpoints controllers and
  kube-proxy then send traffic only to ready pods. Liveness keeps restarting nothing meanwhile.

  Scenario: A pod failing its readiness probe stops getting traffic without restarting
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/api:*
          pull: { duration: 1s }
          start: 0s
          ports:
            - port: 8080
              http: { /ready: 200, /: 200 }
      """
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        selector: { app: api }
        ports: [{ port: 80, targetPort: 8080 }]
      ---
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: { name: api-a, labels: { app: api } }
          spec:
            containers:
              - name: api
                image: example.com/api:1
                readinessProbe: { httpGet: { path: /ready, port: 8080 }, periodSeconds: 5, failureThreshold: 1 }
        - apiVersion: v1
          kind: Pod
          metadata: { name: api-b, labels: { app: api } }
          spec:
            containers:
              - name: api
                image: example.com/api:1
                readinessProbe: { httpGet: { path: /ready, port: 8080 }, periodSeconds: 5, failureThreshold: 1 }
      """
    And the cluster settles
    And 5 seconds pass
    And I send 20 requests to "api"
    Then 2 different pods answered
    When the readiness probe of container "api" of pod "api-b" starts failing
    And 5 seconds pass
    And the cluster settles
    And I send 20 requests to "api"
    Then pod "api-b" answered 0 of them
    And pod "api-a" answered 20 of them
    And the container "api" of pod "api-b" has restarted 0 times
    When the readiness probe of container "api" of pod "api-b" recovers
    And 5 seconds pass
    And the cluster settles
    And I send 20 requests to "api"
    Then 2 different pods answered
