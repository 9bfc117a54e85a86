@conformance @policy
Feature: Conformance - ResourceQuota
  Ports of the ResourceQuota conformance tests (test/e2e/apimachinery/resource_quota.go).

  Background:
    Given a cluster with 2 nodes
    And the namespace "quota-e2e" exists

  Scenario: [sig-api-machinery] ResourceQuota should create a ResourceQuota and ensure its status is promptly calculated. [Conformance]
    When I create the quota "test-quota" in namespace "quota-e2e" with hard "resourcequotas=1,pods=5"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "resourcequotas" of "1" and hard "1"
    And the quota "test-quota" in namespace "quota-e2e" has used "pods" of "0" and hard "5"

  Scenario: [sig-api-machinery] ResourceQuota should create a ResourceQuota and capture the life of a configMap. [Conformance]
    When I create the quota "test-quota" in namespace "quota-e2e" with hard "configmaps=2"
    And the cluster settles
    And I create configmap "test-configmap" in namespace "quota-e2e"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "configmaps" of "1" and hard "2"
    When I delete the configmap "test-configmap" in namespace "quota-e2e"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "configmaps" of "0" and hard "2"

  Scenario: [sig-api-machinery] ResourceQuota should create a ResourceQuota and capture the life of a secret. [Conformance]
    When I create the quota "test-quota" in namespace "quota-e2e" with hard "secrets=2"
    And the cluster settles
    And I create secret "test-secret" in namespace "quota-e2e"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "secrets" of "1" and hard "2"
    When I delete the secret "test-secret" in namespace "quota-e2e"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "secrets" of "0" and hard "2"

  Scenario: [sig-api-machinery] ResourceQuota should create a ResourceQuota and capture the life of a replica set. [Conformance]
    When I create the quota "test-quota" in namespace "quota-e2e" with hard "count/replicasets.apps=1"
    And the cluster settles
    And I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: test-rs
        namespace: quota-e2e
      spec:
        replicas: 0
        selector:
          matchLabels: {name: test-rs}
        template:
          metadata:
            labels: {name: test-rs}
          spec:
            containers:
            - name: c
              image: nginx
      """
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "count/replicasets.apps" of "1" and hard "1"
    When I delete the replicaset "test-rs" in namespace "quota-e2e"
    And the cluster settles
    Then the quota "test-quota" in namespace "quota-e2e" has used "count/replicasets.apps" of "0" and hard "1"

  Scenario: [sig-api-machinery] ResourceQuota should verify ResourceQuota with best effort scope. [Conformance]
    When I create the quota "quota-besteffort" in namespace "quota-e2e" with hard "pods=5" and scopes "BestEffort"
    And I create the quota "quota-not-besteffort" in namespace "quota-e2e" with hard "pods=5" and scopes "NotBestEffort"
    And the cluster settles
    And I create 1 pods "best-effort" in namespace "quota-e2e" without resources
    And the cluster settles
    Then the quota "quota-besteffort" in namespace "quota-e2e" has used "pods" of "1" and hard "5"
    And the quota "quota-not-besteffort" in namespace "quota-e2e" has used "pods" of "0" and hard "5"
    When I create 1 pods "burstable" in namespace "quota-e2e" requesting cpu "100m" and memory "64Mi"
    And the cluster settles
    Then the quota "quota-besteffort" in namespace "quota-e2e" has used "pods" of "1" and hard "5"
    And the quota "quota-not-besteffort" in namespace "quota-e2e" has used "pods" of "1" and hard "5"

  Scenario: [sig-api-machinery] ResourceQuota should apply changes to a resourcequota status [Conformance]
    When I create the quota "e2e-rq-status" in namespace "quota-e2e" with hard "cpu=500m,memory=500Mi"
    And the cluster settles
    And I patch the status of quota "e2e-rq-status" in namespace "quota-e2e" to hard "cpu=1,memory=1Gi" and used "cpu=0,memory=0"
    Then the quota "e2e-rq-status" in namespace "quota-e2e" has status hard "cpu=1,memory=1Gi"
    And the quota "e2e-rq-status" in namespace "quota-e2e" has spec hard "cpu=500m,memory=500Mi"
    When 5 minutes pass
    Then the quota "e2e-rq-status" in namespace "quota-e2e" has status hard "cpu=500m,memory=500Mi"
