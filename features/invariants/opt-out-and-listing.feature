Feature: Which invariants a scenario checks, asserting one by name, and opting out with a reason
  Every scenario checks the whole invariant library: the "always" invariants after every write
  that touches their resources, the eventual ones whenever the cluster settles (and when the
  scenario ends at rest). A scenario can assert a named invariant at any step, list what it
  checked, or skip one with @skip-invariant=<name>:<reason>; a tag without a reason, or naming
  no invariant of the library, is refused.

  Background:
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 2
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

  Scenario: A settled cluster has checked every invariant of the library
    When the cluster settles
    And I list the checked invariants
    Then the output is:
      """
      bound-pod-node-exists
      endpoints-match-ready-pods
      node-requests-within-allocatable
      owner-references-resolve
      quota-status-matches-usage
      replicaset-owns-replicas
      resource-version-increases
      rollout-availability-bound
      rollout-surge-bound
      unique-pod-ips
      unique-service-addresses
      """

  Scenario: Eventual invariants asserted by name once the controllers have caught up
    When the cluster settles
    Then the invariant "replicaset-owns-replicas" holds
    And the invariant "endpoints-match-ready-pods" holds
    And the invariant "owner-references-resolve" holds

  @skip-invariant=unique-pod-ips:the-scenario-forges-a-duplicate-pod-IP
  Scenario: A scenario that forges a duplicate pod IP opts out of unique-pod-ips
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: a }
      spec: { containers: [{ name: app, image: nginx }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: b }
      spec: { containers: [{ name: app, image: nginx }] }
      """
    And the cluster settles
    And pod "b" is given the IP of pod "a"
    And I list the checked invariants
    Then the output contains "skipped unique-pod-ips: the-scenario-forges-a-duplicate-pod-IP"
