@conformance @policy
Feature: Conformance - Namespaces
  Ports of test/e2e/apimachinery/namespace.go.

  Background:
    Given a cluster with 2 nodes

  Scenario: [sig-api-machinery] Namespaces [Serial] should ensure that all services are removed when a namespace is deleted [Conformance]
    Given the namespace "nsdeletetest" exists
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: test-service
        namespace: nsdeletetest
      spec:
        selector: {foo: bar}
        ports:
        - port: 80
          targetPort: 80
      """
    And I delete the namespace "nsdeletetest"
    And the cluster settles
    Then the namespace "nsdeletetest" does not exist
    And namespace "nsdeletetest" has no services

  Scenario: [sig-api-machinery] Namespaces [Serial] should apply changes to a namespace status [Conformance]
    Given the namespace "status-e2e" exists
    Then the namespace "status-e2e" has phase "Active"
    When I patch the status of namespace "status-e2e" with condition "StatusUpdate" status "True" reason "E2E" message "Set from an e2e test"
    Then the namespace "status-e2e" has condition "StatusUpdate" with status "True" and reason "E2E"

  Scenario: [sig-api-machinery] Namespaces [Serial] should apply a finalizer to a Namespace [Conformance]
    Given the namespace "finalizer-e2e" exists
    When I finalize the namespace "finalizer-e2e" with finalizers "kubernetes,e2e.example.com/fakeFinalizer"
    Then the namespace "finalizer-e2e" has finalizers "kubernetes,e2e.example.com/fakeFinalizer"
    When I finalize the namespace "finalizer-e2e" with finalizers "kubernetes"
    Then the namespace "finalizer-e2e" has finalizers "kubernetes"
