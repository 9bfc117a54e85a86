@policy
Feature: LimitRange defaults and limits
  LimitRanger fills in missing container requests and limits from the namespace's LimitRange
  (recording what it set in the kubernetes.io/limit-ranger annotation) and refuses pods outside
  min, max and maxLimitRequestRatio with Kubernetes' exact messages.

  Background:
    Given a cluster with 1 node
    And the namespace "default-mem-example" exists

  # Strict decoding (unknown fields) is the validation work; this passes once it lands.
  Scenario: The misspelt defaulyRequest is rejected by strict validation
    When I try to apply:
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
          defaulyRequest:
            memory: 256Mi
          type: Container
      """
    Then the command is refused with:
      """
      strict decoding error: unknown field "spec.limits[0].defaulyRequest"
      """

  Scenario: The corrected mem-limit-range defaults container requests and limits
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
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: default-mem-demo
        namespace: default-mem-example
      spec:
        containers:
        - name: default-mem-demo-ctr
          image: nginx
      """
    Then the container "default-mem-demo-ctr" of pod "default-mem-demo" in namespace "default-mem-example" has requests "memory=256Mi" and limits "memory=512Mi"
    And the pod "default-mem-demo" in namespace "default-mem-example" has annotation "kubernetes.io/limit-ranger" with value "LimitRanger plugin set: memory request for container default-mem-demo-ctr; memory limit for container default-mem-demo-ctr"

  Scenario: A limit above the maximum is refused
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-min-max
        namespace: default-mem-example
      spec:
        limits:
        - max:
            cpu: 800m
          min:
            cpu: 200m
          type: Container
      """
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: too-big
        namespace: default-mem-example
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            limits:
              cpu: "1.5"
            requests:
              cpu: 500m
      """
    Then the command is refused with:
      """
      pods "too-big" is forbidden: maximum cpu usage per Container is 800m, but limit is 1500m
      """

  Scenario: A request below the minimum is refused
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-min-max
        namespace: default-mem-example
      spec:
        limits:
        - max:
            cpu: 800m
          min:
            cpu: 200m
          type: Container
      """
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: too-small
        namespace: default-mem-example
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            limits:
              cpu: 800m
            requests:
              cpu: 100m
      """
    Then the command is refused with:
      """
      pods "too-small" is forbidden: minimum cpu usage per Container is 200m, but request is 100m
      """

  Scenario: A limit-to-request ratio above the maximum is refused
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: ratio
        namespace: default-mem-example
      spec:
        limits:
        - maxLimitRequestRatio:
            memory: "2"
          type: Container
      """
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bursty
        namespace: default-mem-example
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            limits:
              memory: 1Gi
            requests:
              memory: 300Mi
      """
    Then the command is refused with:
      """
      pods "bursty" is forbidden: memory max limit to request ratio per Container is 2, but provided ratio is 3.413333
      """
