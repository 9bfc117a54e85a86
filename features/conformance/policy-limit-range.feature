@conformance @policy
Feature: Conformance - LimitRange
  Port of test/e2e/scheduling/limit_range.go.

  Scenario: [sig-scheduling] LimitRange should create a LimitRange with defaults and ensure pod has those defaults applied. [Conformance]
    Given a cluster with 1 node
    And the namespace "limitrange-e2e" exists
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: limit-range
        namespace: limitrange-e2e
      spec:
        limits:
        - type: Container
          min: {cpu: 50m, memory: 100Mi, ephemeral-storage: 100Gi}
          max: {cpu: 500m, memory: 500Mi, ephemeral-storage: 500Gi}
          defaultRequest: {cpu: 100m, memory: 200Mi, ephemeral-storage: 200Gi}
          default: {cpu: 500m, memory: 500Mi, ephemeral-storage: 500Gi}
          maxLimitRequestRatio: {}
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-no-resources
        namespace: limitrange-e2e
      spec:
        containers:
        - name: c
          image: nginx
      """
    Then the container "c" of pod "pod-no-resources" in namespace "limitrange-e2e" has requests "cpu=100m,ephemeral-storage=200Gi,memory=200Mi" and limits "cpu=500m,ephemeral-storage=500Gi,memory=500Mi"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-partial-resources
        namespace: limitrange-e2e
      spec:
        containers:
        - name: c
          image: nginx
          resources:
            requests: {cpu: 300m, memory: 150Mi, ephemeral-storage: 150Gi}
            limits: {cpu: 300m, memory: 150Mi, ephemeral-storage: 150Gi}
      """
    Then the container "c" of pod "pod-partial-resources" in namespace "limitrange-e2e" has requests "cpu=300m,ephemeral-storage=150Gi,memory=150Mi" and limits "cpu=300m,ephemeral-storage=150Gi,memory=150Mi"
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-too-big
        namespace: limitrange-e2e
      spec:
        containers:
        - name: c
          image: nginx
          resources:
            requests: {cpu: 600m, memory: 600Mi}
            limits: {cpu: 600m, memory: 600Mi}
      """
    Then the command is refused with:
      """
      pods "pod-too-big" is forbidden: [maximum cpu usage per Container is 500m, but limit is 600m, maximum memory usage per Container is 500Mi, but limit is 600Mi]
      """
