Feature: CrashLoopBackOff
  A container that keeps exiting is restarted at once the first time, then after back-offs of
  10s, 20s, 40s … (capped at 5m), measured from when it finished. While it waits its state is
  waiting/CrashLoopBackOff and the kubelet records a BackOff event.

  Scenario: A crashing container backs off 10s, 20s, 40s
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/crasher:*
          pull: { duration: 1s }
          start: 0s
          exit: { after: 0s, code: 1 }
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: crasher
      spec:
        containers:
          - name: app
            image: example.com/crasher:1
      """
    And 10 seconds pass
    Then the container "app" of pod "crasher" is waiting with reason "CrashLoopBackOff"
    And the container "app" of pod "crasher" has restarted 1 time
    And the waiting message of container "app" of pod "crasher" starts with "back-off 10s restarting failed container=app pod=crasher_default("
    And the container "app" of pod "crasher" last terminated with reason "Error" and exit code 1
    And the pod "crasher" has phase "Running"
    # It first ran at 1.5s (sandbox 500ms + pull 1s) and was restarted at once; then 10s, 20s, 40s.
    When 10 seconds pass
    Then the container "app" of pod "crasher" has restarted 2 times
    And the waiting message of container "app" of pod "crasher" starts with "back-off 20s restarting failed container=app pod=crasher_default("
    When 11 seconds pass
    Then the container "app" of pod "crasher" has restarted 2 times
    When 1 second passes
    Then the container "app" of pod "crasher" has restarted 3 times
    And the waiting message of container "app" of pod "crasher" starts with "back-off 40s restarting failed container=app pod=crasher_default("

  Scenario: A crash injected into a healthy container restarts it at once
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: nginx:1.27
      """
    And the cluster settles
    And the container "app" of pod "web" crashes with exit code 2
    And 1 second passes
    Then the container "app" of pod "web" is running
    And the container "app" of pod "web" has restarted 1 time
    And the container "app" of pod "web" last terminated with reason "Error" and exit code 2

  Scenario: A fault scheduled for later fires at its virtual instant
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: nginx:1.27
            livenessProbe:
              httpGet: { path: /, port: 80 }
              periodSeconds: 10
              failureThreshold: 3
      """
    And the cluster settles
    And 2 minutes from now, the liveness probe of container "app" of pod "web" starts failing
    And 30 seconds from now, the container "app" of pod "web" crashes with exit code 137
    And 29 seconds pass
    Then the container "app" of pod "web" has restarted 0 times
    When 2 seconds pass
    Then the container "app" of pod "web" has restarted 1 time
    And the container "app" of pod "web" last terminated with reason "Error" and exit code 137
    When 2 minutes pass
    Then the pod "web" has an event "Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 500"
