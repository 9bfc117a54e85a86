@conformance @workloads
Feature: Conformance — garbage collector (test/e2e/apimachinery/garbage_collector.go)

  Scenario: [sig-api-machinery] Garbage collector should delete RS created by deployment when not orphaning [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: simpletest.deployment
      spec:
        replicas: 2
        selector:
          matchLabels: {app: gc-test}
        template:
          metadata:
            labels: {app: gc-test}
          spec:
            containers:
              - name: nginx
                image: registry.k8s.io/e2e-test-images/nginx:1.14-4
      """
    And the cluster settles
    Then the deployment "simpletest.deployment" has 1 replica set
    When I delete the deployment "simpletest.deployment" with propagation policy Background
    And the cluster settles
    Then the deployment "simpletest.deployment" does not exist
    And there are 0 pods labelled "app=gc-test"

  Scenario: [sig-api-machinery] Garbage collector should keep the rc around until all its pods are deleted if the deleteOptions says so [Serial] [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: simpletest.rc
      spec:
        replicas: 2
        selector: {app: gc-test}
        template:
          metadata:
            labels: {app: gc-test}
          spec:
            containers:
              - name: nginx
                image: registry.k8s.io/e2e-test-images/nginx:1.14-4
      """
    And the cluster settles
    When I delete the replicationcontroller "simpletest.rc" with propagation policy Foreground
    Then the replicationcontroller "simpletest.rc" exists with finalizer "foregroundDeletion"
    And there are 2 pods labelled "app=gc-test"
    When the cluster settles
    Then the replicationcontroller "simpletest.rc" does not exist
    And there are 0 pods labelled "app=gc-test"

  Scenario: [sig-api-machinery] Garbage collector should not delete dependents that have both valid owner and owner that's waiting for dependents to be deleted [Serial] [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: simpletest-rc-to-be-deleted
      spec:
        replicas: 4
        selector: {app: gc-test-1}
        template:
          metadata:
            labels: {app: gc-test-1}
          spec:
            containers:
              - name: nginx
                image: registry.k8s.io/e2e-test-images/nginx:1.14-4
      ---
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: simpletest-rc-to-stay
      spec:
        replicas: 0
        selector: {app: gc-test-2}
        template:
          metadata:
            labels: {app: gc-test-2}
          spec:
            containers:
              - name: nginx
                image: registry.k8s.io/e2e-test-images/nginx:1.14-4
      """
    And the cluster settles
    And I add replicationcontroller "simpletest-rc-to-stay" as an owner of 2 pods labelled "app=gc-test-1"
    When I delete the replicationcontroller "simpletest-rc-to-be-deleted" with propagation policy Foreground
    And the cluster settles
    Then the replicationcontroller "simpletest-rc-to-be-deleted" does not exist
    And there are 2 pods labelled "app=gc-test-1"
    And there are 2 pods labelled "app=gc-test-1" owned by replicationcontroller "simpletest-rc-to-stay"

  Scenario: [sig-api-machinery] Garbage collector should orphan pods created by rc if delete options say so [Serial] [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: simpletest.rc
      spec:
        replicas: 2
        selector: {app: gc-test}
        template:
          metadata:
            labels: {app: gc-test}
          spec:
            containers:
              - name: nginx
                image: registry.k8s.io/e2e-test-images/nginx:1.14-4
      """
    And the cluster settles
    When I delete the replicationcontroller "simpletest.rc" with propagation policy Orphan
    And the cluster settles
    Then the replicationcontroller "simpletest.rc" does not exist
    And there are 2 pods labelled "app=gc-test" without an owner
