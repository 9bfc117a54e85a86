# Counterexample written by kubespec property-based exploration (test/explore/).
# Failure: invariant "at-most-five-pods" violated at 2025-01-01T00:00:14Z (revision 339): 6 pods exist
#   objects: Pod/default/web-69f8986c55-2992s, Pod/default/web-69f8986c55-8dqhr, Pod/default/web-69f8986c55-g8j2k, Pod/default/web-69f8986c55-khd5t, Pod/default/web-69f8986c55-lrd7m, Pod/default/web-6f8b7dc95c-zcc8g
# The violated invariant "at-most-five-pods" is a function in test code, which a feature cannot
# name: this scenario replays the operations and asserts the library invariants (write the
# property as { name, always: '<condition phrase>' } to have it asserted here).
# Replay: npx kubespec run features/invariants/replayed-counterexample.feature
Feature: Counterexample: at-most-five-pods

  @seed=4242 @counterexample
  Scenario: at-most-five-pods after 15 operations on 2 nodes
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        strategy:
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 1
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
                resources:
                  requests:
                    cpu: 500m
                    memory: 256Mi
      """
    And the cluster settles
    And I run "kubectl set image deployment/web web=nginx:1.28"
    And 5 seconds pass
    And the container "web" of pod "web-7f9fcbfd64-bdpwk" crashes with exit code 1
    And the pod "web-7f9fcbfd64-cbljd" is deleted
    And a cluster with nodes:
      | name |
      | node-3 |
    And node "node-1" is cordoned
    And I apply:
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
      """
    And the cluster settles
    And I run "kubectl rollout undo deployment/web"
    And the cluster settles
    And I scale the deployment "web" to 5 replicas
    And the cluster settles
    And I run "kubectl set image deployment/web web=nginx:1.29"
    Then the invariant "resource-version-increases" holds
    And the invariant "unique-pod-ips" holds
    And the invariant "unique-service-addresses" holds
    And the invariant "rollout-surge-bound" holds
    And the invariant "rollout-availability-bound" holds
    And the invariant "quota-used-within-hard" holds
    And the invariant "node-requests-within-allocatable" holds
