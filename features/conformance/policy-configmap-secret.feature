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

  # test/e2e/common/node/configmap.go: the pod runs `sh -c env` and its log must show the value.
  Scenario: [sig-node] ConfigMap should be consumable via environment variable [NodeConformance] [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: configmap-test
      data:
        data-1: value-1
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-configmaps
      spec:
        restartPolicy: Never
        containers:
          - name: env-test
            image: busybox
            command: ["sh", "-c", "env"]
            env:
              - name: CONFIG_DATA_1
                valueFrom:
                  configMapKeyRef: { name: configmap-test, key: data-1 }
      """
    And 10 seconds pass
    Then the pod "pod-configmaps" has phase "Succeeded"
    And the container "env-test" of pod "pod-configmaps" has logged "CONFIG_DATA_1=value-1"
