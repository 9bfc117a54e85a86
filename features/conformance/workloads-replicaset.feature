@conformance @workloads
Feature: Conformance — ReplicaSet and ReplicationController (test/e2e/apps/replica_set.go, rc.go)

  Scenario: [sig-apps] ReplicaSet Replace and Patch tests [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: test-rs
      spec:
        replicas: 1
        selector:
          matchLabels: {name: sample-pod}
        template:
          metadata:
            labels: {name: sample-pod}
          spec:
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    Then the replicaset "test-rs" controls 1 pod
    When I set the scale of replicaset "test-rs" to 2 through the scale subresource
    And the cluster settles
    Then the replicaset "test-rs" controls 2 pods
    And the replicaset "test-rs" has 2 ready replicas
    And I set the scale of replicaset "test-rs" to 3 through the scale subresource
    And the cluster settles
    Then the replicaset "test-rs" controls 3 pods

  Scenario: [sig-apps] ReplicaSet should adopt matching pods on creation and release no longer matching pods [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-adoption-release
        labels: {name: pod-adoption-release}
      spec:
        containers:
          - name: pod-adoption-release
            image: registry.k8s.io/e2e-test-images/agnhost:2.53
      """
    And the cluster settles
    And I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: pod-adoption-release
      spec:
        replicas: 1
        selector:
          matchLabels: {name: pod-adoption-release}
        template:
          metadata:
            labels: {name: pod-adoption-release}
          spec:
            containers:
              - name: pod-adoption-release
                image: registry.k8s.io/e2e-test-images/agnhost:2.53
      """
    And the cluster settles
    Then the pod "pod-adoption-release" is controlled by replicaset "pod-adoption-release"
    And the replicaset "pod-adoption-release" controls 1 pod
    When I label the pod "pod-adoption-release" with "name=not-matching-name"
    And the cluster settles
    Then the pod "pod-adoption-release" has no owner
    And the replicaset "pod-adoption-release" controls 1 pod
    And there are 1 pods labelled "name=pod-adoption-release"

  Scenario: [sig-apps] ReplicationController should get and update a ReplicationController scale [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: rc-test
      spec:
        replicas: 1
        selector: {name: rc-test}
        template:
          metadata:
            labels: {name: rc-test}
          spec:
            containers:
              - name: rc-test
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    Then the scale subresource of replicationcontroller "rc-test" says 1 replicas
    When I set the scale of replicationcontroller "rc-test" to 2 through the scale subresource
    And the cluster settles
    Then the scale subresource of replicationcontroller "rc-test" says 2 replicas
    And the replicationcontroller "rc-test" controls 2 pods
    And the replicationcontroller "rc-test" has 2 ready replicas

  Scenario: [sig-apps] ReplicaSet should validate Replicaset Status endpoints [Conformance]
    Given a cluster with 2 nodes
    And I watch replicasets labelled "name=sample-pod,pod=httpd"
    When I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: test-rs
        labels: {name: sample-pod, pod: httpd}
      spec:
        replicas: 1
        selector:
          matchLabels: {name: sample-pod, pod: httpd}
        template:
          metadata:
            labels: {name: sample-pod, pod: httpd}
          spec:
            terminationGracePeriodSeconds: 0
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    Then the replicaset "test-rs" controls 1 pod
    And the status subresource of replicaset "test-rs" has "status.readyReplicas" = "1"
    When I add the condition "StatusUpdate" with status "True", reason "E2E" and message "Set from e2e test" to the status of replicaset "test-rs"
    And the cluster settles
    Then the watch delivered replicaset "test-rs" with condition StatusUpdate True with reason "E2E" and message "Set from e2e test"
    And the status subresource of replicaset "test-rs" has "status.conditions[0].type" = "StatusUpdate"
    When I patch the status of replicaset "test-rs" with:
      """
      {"status":{"conditions":[{"type":"StatusPatched","status":"True"}]}}
      """
    And the cluster settles
    Then the watch delivered replicaset "test-rs" with condition StatusPatched True
    And the status subresource of replicaset "test-rs" has "status.conditions" = "[{\"type\":\"StatusPatched\",\"status\":\"True\"}]"
    And the replicaset "test-rs" has 1 ready replicas

  Scenario: [sig-apps] ReplicationController should surface a failure condition on a common issue like exceeded quota [Conformance]
    Given a cluster with 2 nodes
    When I create the quota "condition-test" in namespace "default" with hard "pods=2"
    And the cluster settles
    Then the quota "condition-test" in namespace "default" has status hard "pods=2"
    # newRC sets no selector: the API defaults it to the template's labels.
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: condition-test
      spec:
        replicas: 3
        template:
          metadata:
            labels: {name: condition-test}
          spec:
            terminationGracePeriodSeconds: 0
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    Then the replicationcontroller "condition-test" in namespace "default" has "status.observedGeneration" = "1"
    And the ReplicaFailure condition of replicationcontroller "condition-test" is True with reason "FailedCreate"
    And the ReplicaFailure condition of replicationcontroller "condition-test" says "pods \"condition-test-<suffix>\" is forbidden: exceeded quota: condition-test, requested: pods=1, used: pods=2, limited: pods=2"
    And the replicationcontroller "condition-test" controls 2 pods
    When I scale the replicationcontroller "condition-test" to 2 replicas
    And the cluster settles
    Then the replicationcontroller "condition-test" in namespace "default" has "status.observedGeneration" = "2"
    And the replicationcontroller "condition-test" has no ReplicaFailure condition
    And the replicationcontroller "condition-test" has 2 ready replicas
