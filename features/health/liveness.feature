Feature: Liveness probes restart unhealthy containers
  The kubelet probes every periodSeconds; after failureThreshold consecutive failures it kills the
  container ("Container app failed liveness probe, will be restarted") and restarts it.

  Background:
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/web:*
          pull: { duration: 2s }
          start: 500ms
          ports:
            - port: 8080
              http: { /healthz: 200, "*": 404 }
          changes:
            - { from: 60s, http: { /healthz: 500 } }
      """

  Scenario: An HTTP liveness probe that starts failing restarts the container after periodSeconds × failureThreshold
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: example.com/web:1.0
            livenessProbe:
              httpGet: { path: /healthz, port: 8080 }
              periodSeconds: 10
              failureThreshold: 3
      """
    And the cluster settles
    Then the container "app" of pod "web" is running
    # The probe runs at 0s, 10s, ... after the start; /healthz answers 500 from 60s: failures at 60s, 70s, 80s.
    When 79 seconds pass after the container "app" of pod "web" started
    Then the container "app" of pod "web" has restarted 0 times
    And the pod "web" has an event "Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 500"
    When 80 seconds pass after the container "app" of pod "web" started
    Then the pod "web" has an event "Killing: Container app failed liveness probe, will be restarted"
    When 1 second passes
    Then the container "app" of pod "web" has restarted 1 time
    And the container "app" of pod "web" is running
    And the container "app" of pod "web" last terminated with reason "Completed" and exit code 0
    And the pod "web" has an event "Pulled: Container image \"example.com/web:1.0\" already present on machine"

  Scenario: The documentation's exec liveness example (busybox, cat /tmp/healthy)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: liveness-exec
      spec:
        containers:
          - name: liveness
            image: busybox:1.36
            args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
            livenessProbe:
              exec:
                command: ["cat", "/tmp/healthy"]
              initialDelaySeconds: 5
              periodSeconds: 5
      """
    And the cluster settles
    When 29 seconds pass after the container "liveness" of pod "liveness-exec" started
    Then the pod "liveness-exec" has no event "Killing: Container liveness failed liveness probe, will be restarted"
    # /tmp/healthy is removed at 30s; probes fail at 30s, 35s, 40s; sh as PID 1 ignores SIGTERM,
    # so the kill takes the whole 30s grace period and ends with SIGKILL (137).
    When 40 seconds pass after the container "liveness" of pod "liveness-exec" started
    Then the pod "liveness-exec" has an event "Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"
    And the pod "liveness-exec" has an event "Killing: Container liveness failed liveness probe, will be restarted"
    When 31 seconds pass
    Then the container "liveness" of pod "liveness-exec" has restarted 1 time
    And the container "liveness" of pod "liveness-exec" last terminated with reason "Error" and exit code 137
