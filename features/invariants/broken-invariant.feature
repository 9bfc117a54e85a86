Feature: Invariants are checked at every change
  Every scenario checks the invariant library after every single write. A scenario that breaks
  an invariant on purpose says so; kubespec reports the exact virtual instant it broke.

  Scenario: Two pods given the same IP break unique-pod-ips at that instant
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: a
      spec:
        containers: [{ name: app, image: nginx }]
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: b
      spec:
        containers: [{ name: app, image: nginx }]
      """
    # The kubelet runs pod b from 3s (sandbox 500ms, nginx pulled for pod a in 2s, then 200ms for
    # b's cached pull, start 300ms), so the cluster settles then and the patch lands at 8s.
    And the cluster settles
    And 5 seconds pass
    And pod "b" is given the IP of pod "a"
    Then the invariant "unique-pod-ips" was first violated at "2025-01-01T00:00:08Z"

  Scenario: The checked invariants can be listed
    Given a cluster with 1 node
    When the cluster settles
    And I list the checked invariants
    Then the output contains "resource-version-increases"
    And the output contains "owner-references-resolve"

  Scenario: A quota charged past its limit breaks quota-used-within-hard at the write that did it
    Given a cluster with 1 node
    When I create the quota "pods" in namespace "default" with hard "pods=2"
    And the cluster settles
    And 1.5 seconds pass
    And I patch the status of quota "pods" in namespace "default" to hard "pods=2" and used "pods=5"
    Then the invariant "quota-used-within-hard" was first violated at "2025-01-01T00:00:01.500Z"
    # The quota controller ignores status writes, so the settled cluster disagrees with the pods
    # it counts until its 5-minute full resync recalculates the usage.
    And the cluster settles
    And the invariant "quota-status-matches-usage" was violated
    And 5 minutes pass
    And the invariant "quota-status-matches-usage" holds
