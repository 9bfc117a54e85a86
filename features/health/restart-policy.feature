Feature: Restart policies and pod phase
  restartPolicy decides whether an exited container is restarted; the pod phase follows
  (OnFailure: a success ends the pod Succeeded; Never: a failure ends it Failed).

  Background:
    Given a cluster with 1 node

  Scenario: OnFailure restarts a failing container, and a succeeding one completes the pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: once
      spec:
        restartPolicy: OnFailure
        containers:
          - name: task
            image: busybox:1.36
            command: ["sh", "-c", "echo working; sleep 5; exit 0"]
      """
    And 30 seconds pass
    Then the pod "once" has phase "Succeeded"
    And the container "task" of pod "once" is terminated with reason "Completed"
    And the container "task" of pod "once" has restarted 0 times
    And the pod "once" has condition Ready False with reason "PodCompleted" and message ""

  Scenario: Never leaves a failed container down and the pod Failed
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: fails
      spec:
        restartPolicy: Never
        containers:
          - name: task
            image: busybox:1.36
            command: ["sh", "-c", "sleep 3; cat /missing"]
      """
    And 30 seconds pass
    Then the pod "fails" has phase "Failed"
    And the container "task" of pod "fails" is terminated with reason "Error"
    And the container "task" of pod "fails" has restarted 0 times

  Scenario: OnFailure restarts after a non-zero exit
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: retry
      spec:
        restartPolicy: OnFailure
        containers:
          - name: task
            image: busybox:1.36
            command: ["sh", "-c", "sleep 3; exit 1"]
      """
    And 6 seconds pass
    Then the pod "retry" has phase "Running"
    And the container "task" of pod "retry" has restarted 1 time
    And the container "task" of pod "retry" last terminated with reason "Error" and exit code 1
