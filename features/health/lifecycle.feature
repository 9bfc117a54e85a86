Feature: Pod lifecycle on the kubelet
  Init containers run one at a time before the app containers; deleting a pod stops its
  containers (Killing "Stopping container ...") within the grace period and removes it.

  Background:
    Given a cluster with 1 node

  Scenario: Init containers run in order before the app container
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        initContainers:
          - name: migrate
            image: busybox:1.36
            command: ["sh", "-c", "sleep 10"]
        containers:
          - name: app
            image: nginx:1.27
      """
    And 5 seconds pass
    Then the container "migrate" of pod "web" is running
    And the container "app" of pod "web" is waiting with reason "PodInitializing"
    And the pod "web" has phase "Pending"
    And the pod "web" has condition Initialized False with reason "ContainersNotInitialized" and message "containers with incomplete status: [migrate]"
    When the cluster settles
    Then the container "migrate" of pod "web" is terminated with reason "Completed"
    And the container "app" of pod "web" is running
    And the pod "web" has phase "Running"
    And the pod "web" has condition Ready True

  Scenario: A deleted pod's shell container ignores SIGTERM and is killed after the grace period
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: sleeper
      spec:
        terminationGracePeriodSeconds: 10
        containers:
          - name: app
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    And the cluster settles
    When the pod "sleeper" is deleted
    And 1 second passes
    Then the pod "sleeper" has an event "Killing: Stopping container app"
    And the container "app" of pod "sleeper" is running
    When 10 seconds pass
    Then the pod "sleeper" no longer exists

  Scenario: A failing init container with restartPolicy Never fails the pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: job
      spec:
        restartPolicy: Never
        initContainers:
          - name: check
            image: busybox:1.36
            command: ["sh", "-c", "test -f /etc/config.yaml"]
        containers:
          - name: app
            image: busybox:1.36
            command: ["sh", "-c", "echo done"]
      """
    And 10 seconds pass
    Then the pod "job" has phase "Failed"
    And the container "check" of pod "job" is terminated with reason "Error"
    And the container "app" of pod "job" is waiting with reason "PodInitializing"
