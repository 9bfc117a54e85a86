Feature: Readiness and startup probes
  Readiness starts as failure and only flips the container's ready flag (pod condition Ready with
  ContainersNotReady); it never restarts. A startup probe holds liveness and readiness back until it
  succeeds, and kills the container if it fails failureThreshold times.

  Background:
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/api:*
          pull: { duration: 1s }
          start: 0s
          ready: 20s
          ports:
            - port: 8080
              http: { /ready: 200, /healthz: 200 }
      """

  Scenario: A pod is not Ready until its readiness probe passes, and readiness failure does not restart it
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        containers:
          - name: app
            image: example.com/api:1
            readinessProbe:
              httpGet: { path: /ready, port: 8080 }
              periodSeconds: 5
      """
    And 10 seconds pass
    Then the container "app" of pod "api" is running
    And the pod "api" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [app]"
    And the pod "api" has condition ContainersReady False with reason "ContainersNotReady" and message "containers with unready status: [app]"
    And the pod "api" has an event "Unhealthy: Readiness probe failed: Get \"http://10.244.1.2:8080/ready\": dial tcp 10.244.1.2:8080: connect: connection refused"
    When 20 seconds pass after the container "app" of pod "api" started
    Then the pod "api" has condition Ready True
    When the readiness probe of container "app" of pod "api" starts failing
    And 15 seconds pass
    Then the pod "api" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [app]"
    And the container "app" of pod "api" has restarted 0 times
    When the readiness probe of container "app" of pod "api" recovers
    And 5 seconds pass
    Then the pod "api" has condition Ready True

  Scenario: A startup probe gates liveness until the application has started
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
          - name: app
            image: example.com/api:1
            startupProbe:
              httpGet: { path: /healthz, port: 8080 }
              periodSeconds: 5
              failureThreshold: 10
            livenessProbe:
              httpGet: { path: /healthz, port: 8080 }
              periodSeconds: 5
              failureThreshold: 1
      """
    And 60 seconds pass
    Then the container "app" of pod "slow" has restarted 0 times
    And the pod "slow" has condition Ready True
    And the pod "slow" has an event "Unhealthy: Startup probe failed: Get \"http://10.244.1.2:8080/healthz\": dial tcp 10.244.1.2:8080: connect: connection refused"

  Scenario: A startup probe that never succeeds kills the container
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: never
      spec:
        containers:
          - name: app
            image: example.com/api:1
            startupProbe:
              httpGet: { path: /healthz, port: 8080 }
              periodSeconds: 5
              failureThreshold: 2
      """
    And 8 seconds pass
    Then the pod "never" has an event "Killing: Container app failed startup probe, will be restarted"
    And the container "app" of pod "never" has restarted 1 time

  Scenario: A probe naming a port the container does not declare errors and never passes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: misnamed
      spec:
        containers:
          - name: app
            image: example.com/api:1
            readinessProbe:
              httpGet: { path: /ready, port: http }
              periodSeconds: 5
      """
    And 60 seconds pass
    Then the pod "misnamed" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [app]"
    And the pod "misnamed" has an event "Unhealthy: Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing \"http\": invalid syntax"
