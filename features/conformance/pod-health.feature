@conformance
Feature: Conformance: pod lifecycle and probes
  Ports of the Kubernetes v1.33 conformance tests on pod phases, restart policies, init
  containers and probes (test/e2e/common/node/runtime.go, init_container.go, kubelet.go,
  container_probe.go, pods.go). Each scenario names the conformance test it follows.

  Background:
    Given a cluster with 1 node

  # [sig-node] Container Runtime blackbox test when starting a container that exits should run with the expected status
  Scenario Outline: Restart policy <policy> with exit code <code>
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: terminate-cmd
      spec:
        restartPolicy: <policy>
        containers:
          - name: main
            image: busybox:1.36
            command: ["sh", "-c", "sleep 2; exit <code>"]
      """
    And 6 seconds pass
    Then the pod "terminate-cmd" has phase "<phase>"
    And the container "main" of pod "terminate-cmd" has restarted <restarts> times

    Examples:
      | policy    | code | phase     | restarts |
      | Always    | 0    | Running   | 1        |
      | OnFailure | 1    | Running   | 1        |
      | OnFailure | 0    | Succeeded | 0        |
      | Never     | 1    | Failed    | 0        |
      | Never     | 0    | Succeeded | 0        |

  # [sig-node] InitContainer should invoke init containers on a RestartNever pod
  Scenario: Init containers then the app container run once on a RestartNever pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-init
      spec:
        restartPolicy: Never
        initContainers:
          - { name: init1, image: busybox:1.36, command: ["/bin/true"] }
          - { name: init2, image: busybox:1.36, command: ["/bin/true"] }
        containers:
          - { name: run1, image: busybox:1.36, command: ["/bin/true"] }
      """
    And 10 seconds pass
    Then the pod "pod-init" has phase "Succeeded"
    And the container "init1" of pod "pod-init" is terminated with reason "Completed"
    And the container "init2" of pod "pod-init" is terminated with reason "Completed"
    And the container "run1" of pod "pod-init" has restarted 0 times

  # [sig-node] InitContainer should not start app containers if init containers fail on a RestartAlways pod
  Scenario: A failing init container is retried and the app never starts
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-init-fail
      spec:
        initContainers:
          - { name: init1, image: busybox:1.36, command: ["/bin/false"] }
          - { name: init2, image: busybox:1.36, command: ["/bin/true"] }
        containers:
          - { name: run1, image: registry.k8s.io/pause:3.10 }
      """
    And 40 seconds pass
    Then the pod "pod-init-fail" has phase "Pending"
    And the container "init1" of pod "pod-init-fail" has restarted 3 times
    And the container "init2" of pod "pod-init-fail" is waiting with reason "PodInitializing"
    And the container "run1" of pod "pod-init-fail" is waiting with reason "PodInitializing"

  # [sig-node] Kubelet when scheduling a busybox command that always fails in a pod should have an terminated reason
  Scenario: A command that always fails shows a terminated reason
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bin-false
      spec:
        restartPolicy: Never
        containers:
          - { name: bin-false, image: busybox:1.36, command: ["/bin/false"] }
      """
    And 10 seconds pass
    Then the container "bin-false" of pod "bin-false" is terminated with reason "Error"

  # [sig-node] Pods should get a host IP
  Scenario: A running pod has a host IP
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: pod-hostip }
      spec:
        containers: [{ name: test, image: registry.k8s.io/pause:3.10 }]
      """
    And the cluster settles
    Then the pod "pod-hostip" has phase "Running"
    And the pod "pod-hostip" has host IP "172.18.0.3"

  # [sig-node] Probing container should *not* be restarted with a GRPC liveness probe
  Scenario: A passing gRPC liveness probe never restarts
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: test-grpc }
      spec:
        containers:
          - name: etcd
            image: registry.k8s.io/e2e-test-images/agnhost:2.52
            args: ["grpc-health-checking"]
            livenessProbe:
              grpc: { port: 5000 }
              initialDelaySeconds: 10
              failureThreshold: 1
      """
    And 4 minutes pass
    Then the container "etcd" of pod "test-grpc" has restarted 0 times

  # [sig-node] Probing container should be restarted with a GRPC liveness probe
  Scenario: A gRPC liveness probe on the wrong port restarts the container
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: test-grpc }
      spec:
        containers:
          - name: etcd
            image: registry.k8s.io/e2e-test-images/agnhost:2.52
            args: ["grpc-health-checking"]
            livenessProbe:
              grpc: { port: 2333 }
              initialDelaySeconds: 10
              failureThreshold: 1
      """
    And 1 minute passes
    Then the container "etcd" of pod "test-grpc" has restarted at least 1 time

  # [sig-node] Probing container should *not* be restarted with a tcp:8080 liveness probe
  Scenario: A TCP liveness probe on an open port never restarts
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: liveness-tcp }
      spec:
        containers:
          - name: agnhost
            image: registry.k8s.io/liveness:0.1
            livenessProbe:
              tcpSocket: { port: 8080 }
              initialDelaySeconds: 15
              failureThreshold: 1
      """
    And 4 minutes pass
    Then the container "agnhost" of pod "liveness-tcp" has restarted 0 times

  # [sig-node] Probing container should have monotonically increasing restart count
  Scenario: An HTTP liveness probe that keeps failing gives a growing restart count
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: liveness-http }
      spec:
        containers:
          - name: agnhost
            image: registry.k8s.io/liveness:0.1
            livenessProbe:
              httpGet: { path: /healthz, port: 8080 }
              initialDelaySeconds: 5
              failureThreshold: 1
      """
    And 1 minute passes
    Then the container "agnhost" of pod "liveness-http" has restarted at least 1 time
    When 2 minutes pass
    Then the container "agnhost" of pod "liveness-http" has restarted at least 3 times
    When 5 minutes pass
    Then the container "agnhost" of pod "liveness-http" has restarted at least 5 times

  # [sig-node] Probing container with readiness probe that fails should never be ready and never restart
  Scenario: A readiness probe that always fails: never Ready, never restarted
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: test-webserver }
      spec:
        containers:
          - name: test-webserver
            image: registry.k8s.io/e2e-test-images/agnhost:2.52
            readinessProbe:
              exec: { command: ["/bin/false"] }
              initialDelaySeconds: 20
      """
    And 3 minutes pass
    Then the pod "test-webserver" has condition Ready False with reason "ContainersNotReady" and message "containers with unready status: [test-webserver]"
    And the container "test-webserver" of pod "test-webserver" has restarted 0 times

  # [sig-node] Pods should allow activeDeadlineSeconds to be updated
  Scenario: Adding activeDeadlineSeconds to a running pod fails it once the deadline passes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: pod-update-activedeadlineseconds }
      spec:
        containers: [{ name: nginx, image: nginx:1.27 }]
      """
    And the cluster settles
    Then the pod "pod-update-activedeadlineseconds" has phase "Running"
    When 20 seconds pass
    And the pod "pod-update-activedeadlineseconds" is given activeDeadlineSeconds 25
    And 6 seconds pass
    Then the pod "pod-update-activedeadlineseconds" has phase "Failed"
    And the pod "pod-update-activedeadlineseconds" has status reason "DeadlineExceeded" and message "Pod was active on the node longer than the specified deadline"
    And the pod "pod-update-activedeadlineseconds" has an event "DeadlineExceeded: Pod was active on the node longer than the specified deadline"
