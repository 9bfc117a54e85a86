Feature: A Service is never empty during a rollout with maxUnavailable 0
  With maxUnavailable 0 the Deployment controller scales an old ReplicaSet down only after a new
  pod is available, so the Service always has a ready endpoint; the history shows the order in
  which the ReplicaSets changed.

  Background:
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 3
        strategy:
          rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
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

  Scenario: Every moment of the rollout keeps all 3 replicas serving
    Then within 5 minutes the deployment "web" is rolled out
    And since the rollout started, the service "web" never had 0 ready endpoints
    And at every moment since the rollout started, at least 3 pods of deployment "web" were ready and at most 4 existed
    And at no moment since the rollout started, the service "web" had 2 ready endpoints

  Scenario: The old ReplicaSet is drained only after the new one is fully available
    Then within 5 minutes the deployment "web" is rolled out
    And the new ReplicaSet of deployment "web" reached 3 available replicas before the old ReplicaSet of deployment "web" reached 0 replicas
    And since the rollout started, the old ReplicaSet of deployment "web" reached 0 replicas before the deployment "web" was rolled out
    And within 1 second the old ReplicaSet of deployment "web" has 0 replicas
    And within 1 second the new ReplicaSet of deployment "web" has 3 ready replicas

  Scenario: The rollout is judged from the step that started it
    Then within 5 minutes the deployment "web" is rolled out
    And at every moment since "I run \"kubectl set image deployment/web web=nginx:1.28\"", at least 3 pods of deployment "web" were available
    And at some moment since the rollout started, 4 pods of deployment "web" were running
