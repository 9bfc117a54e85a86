Feature: kubectl explain
  `kubectl explain` reads the API server's OpenAPI v3 documents (Kubernetes 1.33, enums on) and
  prints a resource's or a field's documentation as kubectl 1.33 does: descriptions wrapped at 80
  columns, field types as kubectl names them, enum values, and kubectl's errors for a field or a
  resource that does not exist.

  Scenario: A field of a Deployment, with its type and description
    Given a cluster with 1 node
    When I run "kubectl explain deployment.spec.replicas"
    Then the command succeeds
    And the output contains:
      """
      GROUP:      apps
      KIND:       Deployment
      VERSION:    v1

      FIELD: replicas <integer>


      DESCRIPTION:
          Number of desired pods. This is a pointer to distinguish between explicit
          zero and not specified. Defaults to 1.
      """

  Scenario: The fields of a list field are those of its items, enums shown under the type
    Given a cluster with 1 node
    When I run "kubectl explain pods.spec.containers"
    Then the output contains "FIELD: containers <[]Container>"
    And the output contains:
      """
        imagePullPolicy	<string>
        enum: Always, IfNotPresent, Never
          Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if
      """
    And the output contains:
      """
        name	<string> -required-
          Name of the container specified as a DNS_LABEL. Each container in a pod must
      """

  Scenario: --recursive prints the whole tree of field names and types
    Given a cluster with 1 node
    When I run "kubectl explain deployment.spec.strategy --recursive"
    Then the output contains:
      """
      FIELDS:
        rollingUpdate	<RollingUpdateDeployment>
          maxSurge	<IntOrString>
          maxUnavailable	<IntOrString>
        type	<string>
        enum: Recreate, RollingUpdate
      """

  Scenario: A field that does not exist is named in kubectl's error
    Given a cluster with 1 node
    When I run "kubectl explain deployment.spec.foo"
    Then the command fails with 'error: field "foo" does not exist'

  Scenario: A resource the server does not serve
    Given a cluster with 1 node
    When I run "kubectl explain widgets.spec"
    Then the command fails with "the server doesn't have a resource type \"widgets\""
