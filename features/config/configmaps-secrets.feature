@config
Feature: ConfigMaps and Secrets
  Secrets take stringData and store it base64-encoded in data; typed Secrets need their keys;
  immutable ConfigMaps and Secrets refuse changes to their data.

  Background:
    Given a cluster with 1 node

  Scenario: stringData is merged into base64 data
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db
        namespace: default
      data:
        user: YWRtaW4=
      stringData:
        password: s3cr3t
      """
    Then the secret "db" in namespace "default" has data "password" = "czNjcjN0"
    And the secret "db" in namespace "default" has data "user" = "YWRtaW4="
    And the secret "db" in namespace "default" has type "Opaque"

  Scenario: A TLS secret needs tls.key
    When I try to apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: cert
        namespace: default
      type: kubernetes.io/tls
      data:
        tls.crt: Y2VydA==
      """
    Then the command is refused with:
      """
      Secret "cert" is invalid: data[tls.key]: Required value
      """

  Scenario: A dockerconfigjson secret must hold a JSON object, and its contents are not echoed
    When I try to apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: registry
        namespace: default
      type: kubernetes.io/dockerconfigjson
      data:
        .dockerconfigjson: WzFd
      """
    Then the command is refused with:
      """
      Secret "registry" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": json: cannot unmarshal array into Go value of type map[string]interface {}
      """

  Scenario: A dockerconfigjson secret with a trailing comma gets encoding/json's syntax error
    When I try to apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: registry
        namespace: default
      type: kubernetes.io/dockerconfigjson
      stringData:
        .dockerconfigjson: '{"auths": {"registry.example.com": {"auth": "dXNlcjpwYXNz"},}}'
      """
    Then the command is refused with:
      """
      Secret "registry" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character '}' looking for beginning of object key string
      """

  Scenario: An immutable ConfigMap refuses data changes
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: frozen
        namespace: default
      immutable: true
      data:
        level: info
      """
    When I try to set data "level" = "debug" on configmap "frozen" in namespace "default"
    Then the command is refused with:
      """
      ConfigMap "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set
      """

  Scenario: kubectl creates a ConfigMap and a generic Secret from literals
    When I run "kubectl create configmap app-config --from-literal=mode=fast --from-literal=level=info"
    And I run "kubectl create secret generic app-secret --from-literal=token=abc"
    Then the configmap "app-config" in namespace "default" has data "mode" = "fast"
    And the secret "app-secret" in namespace "default" has data "token" = "YWJj"

  Scenario: kubectl lists ConfigMaps and Secrets
    When I run "kubectl create configmap app-config --from-literal=mode=fast --from-literal=level=info"
    And I run "kubectl create secret generic app-secret --from-literal=token=abc"
    And I run "kubectl get cm"
    Then the output is:
      """
      NAME         DATA   AGE
      app-config   2      0s
      """
    When I run "kubectl get secret"
    Then the output is:
      """
      NAME         TYPE     DATA   AGE
      app-secret   Opaque   1      0s
      """
