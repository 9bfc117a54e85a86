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
