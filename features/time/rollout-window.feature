Feature: A rolling update judged over its whole window
  Polling tools can only sample; kubespec checks the state after every single write, so these
  bounds hold at every moment of the rollout, including moments that lasted no virtual time.

  Scenario Outline: Availability and surge stay within bounds (<replicas> replicas, surge <surge>, unavailable <unavailable>)
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: <replicas>
        strategy:
          rollingUpdate: { maxSurge: <surge>, maxUnavailable: <unavailable> }
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: web, image: "nginx:1.27" }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And I note the time as "rollout"
    And I run "kubectl set image deployment/web web=nginx:1.28"
    Then within 5 minutes the deployment "web" is rolled out
    And at every moment since the rollout started, at least <min> pods of deployment "web" were available and at most <max> existed
    And since the rollout started, the service "web" never had 0 ready endpoints
    And since the rollout started, the new ReplicaSet of deployment "web" reached <replicas> available replicas before the deployment "web" was rolled out

    Examples:
      | replicas | surge | unavailable | min | max |
      | 4        | 1     | 0           | 4   | 5   |
      | 4        | 25%   | 25%         | 3   | 5   |
      | 10       | 3     | 2           | 8   | 13  |
      | 3        | 0     | 1           | 2   | 3   |
