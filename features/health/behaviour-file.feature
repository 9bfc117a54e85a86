Feature: Container behaviour from a catalogue file
  A scenario can load behaviours from a project file; scripted changes happen at their time and
  a malformed catalogue is refused with the file, line and field of every problem.

  Scenario: Readiness follows the scripted /ready answers
    Given a cluster with 1 node
    And the image behaviours from "fixtures/behaviours/flaky-web.yaml"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: example.com/flaky-web:3
            readinessProbe:
              httpGet: { path: /ready, port: 8080 }
              periodSeconds: 5
              failureThreshold: 2
      """
    And the cluster settles
    When 5 seconds pass after the container "web" of pod "web" started
    Then the pod "web" has condition Ready True
    # /ready fails at 30s and 35s: not ready from the second failure.
    When 35 seconds pass after the container "web" of pod "web" started
    Then the pod "web" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [web]"
    And the pod "web" has an event "Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503"
    When 60 seconds pass after the container "web" of pod "web" started
    Then the pod "web" has condition Ready True
    And the container "web" of pod "web" has restarted 0 times

  Scenario: A malformed catalogue names file, line and field
    Given a cluster with 1 node
    When I try to load the image behaviours from "fixtures/behaviours/broken.yaml"
    Then the error is:
      """
      invalid behaviour catalogue:
        fixtures/behaviours/broken.yaml:4:23: images[0].pull.duration: expected a duration such as 500ms, 2s, 1m30s or a range 1s..3s, got "soon"
        fixtures/behaviours/broken.yaml:6:15: images[0].ports[0].port: expected an integer from 1 to 65535, got 99999
      """
