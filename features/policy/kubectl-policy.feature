@policy
Feature: kubectl for namespaces, quotas and limit ranges
  `kubectl create namespace`, `get ns`, `get quota`, `describe quota`, `get limits` and
  `describe limits` print what kubectl prints.

  Background:
    Given a cluster with 1 node

  Scenario: Creating and listing a namespace
    When I run "kubectl create namespace spark-cluster"
    Then the output is "namespace/spark-cluster created"
    When 3 minutes pass
    And I run "kubectl get ns spark-cluster"
    Then the output is:
      """
      NAME            STATUS   AGE
      spark-cluster   Active   3m
      """

  Scenario: A quota's usage in get and describe
    Given the namespace "spark-cluster" exists
    When I create the quota "compute-resources" in namespace "spark-cluster" with hard "pods=10,requests.cpu=1,limits.cpu=2"
    And the cluster settles
    And I create 2 pods "worker" in namespace "spark-cluster" requesting cpu "250m" and memory "64Mi"
    And I run "kubectl get quota -n spark-cluster"
    Then the output is:
      """
      NAME                AGE   REQUEST                            LIMIT
      compute-resources   0s    pods: 2/10, requests.cpu: 500m/1   limits.cpu: 500m/2
      """
    When I run "kubectl describe quota compute-resources -n spark-cluster"
    Then the output is:
      """
      Name:         compute-resources
      Namespace:    spark-cluster
      Resource      Used  Hard
      --------      ----  ----
      limits.cpu    500m  2
      pods          2     10
      requests.cpu  500m  1
      """

  Scenario: A LimitRange in get and describe
    Given the namespace "default-mem-example" exists
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: mem-limit-range
        namespace: default-mem-example
      spec:
        limits:
        - default:
            memory: 512Mi
          defaultRequest:
            memory: 256Mi
          type: Container
      """
    And I run "kubectl get limits -n default-mem-example"
    Then the output is:
      """
      NAME              CREATED AT
      mem-limit-range   2025-01-01T00:00:00Z
      """
    When I run "kubectl describe limits mem-limit-range -n default-mem-example"
    Then the output is:
      """
      Name:       mem-limit-range
      Namespace:  default-mem-example
      Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio
      ----        --------  ---  ---  ---------------  -------------  -----------------------
      Container   memory    -    -    256Mi            512Mi          -
      """
