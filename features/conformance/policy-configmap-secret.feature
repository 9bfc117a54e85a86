@conformance @config
Feature: Conformance - ConfigMap and Secret API
  Ports of test/e2e/common/node/configmap.go and secrets.go.

  Background:
    Given a cluster with 1 node

  Scenario: [sig-node] ConfigMap should fail to create ConfigMap with empty key [Conformance]
    When I try to apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: configmap-test-emptykey
        namespace: default
      data:
        "": value-1
      """
    Then the command is refused with:
      """
      ConfigMap "configmap-test-emptykey" is invalid: data[]: Invalid value: "": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')
      """

  Scenario: [sig-node] Secrets should patch a secret [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: secret-patch
        namespace: default
        labels: {testsecret-constant: "true"}
      data:
        key: dmFsdWU=
      """
    And I patch the secret "secret-patch" in namespace "default" with data "key" = "bmV3dmFsdWU=" and label "testsecret" = "true"
    Then the secret "secret-patch" in namespace "default" has data "key" = "bmV3dmFsdWU="
    And secrets labelled "testsecret-constant=true" in namespace "default" number 1
    When I delete secrets labelled "testsecret-constant=true" in namespace "default"
    Then secrets labelled "testsecret-constant=true" in namespace "default" number 0
