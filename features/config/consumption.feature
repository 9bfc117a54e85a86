@config
Feature: Pods consume ConfigMaps and Secrets
  The kubelet resolves env (configMapKeyRef, secretKeyRef) and envFrom before it creates a
  container; a missing ConfigMap, Secret or key keeps the container waiting with
  CreateContainerConfigError until it appears (retried every 10s), unless the reference is
  optional. configMap/secret volumes are files under the mount path, refreshed every 60s; env is
  fixed at container start. A missing configMap/secret volume source is a FailedMount warning and
  the container stays ContainerCreating until the object exists.

  Background:
    Given a cluster with 1 node

  Scenario: Env from a ConfigMap and a Secret
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: fast
        level: info
        1st: skipped
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: app-secret
      stringData:
        token: abc
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: busybox
            command: ["sh", "-c", "echo mode=$MODE token=$TOKEN; sleep 3600"]
            env:
              - name: MODE
                valueFrom:
                  configMapKeyRef: { name: app-config, key: mode }
              - name: TOKEN
                valueFrom:
                  secretKeyRef: { name: app-secret, key: token }
            envFrom:
              - prefix: CFG_
                configMapRef: { name: app-config }
              - prefix: SEC_
                secretRef: { name: app-secret }
              - configMapRef: { name: app-config }
      """
    And 10 seconds pass
    Then the container "app" of pod "web" is running
    And the container "app" of pod "web" saw env "MODE" = "fast"
    And the container "app" of pod "web" saw env "TOKEN" = "abc"
    And the container "app" of pod "web" saw env "CFG_level" = "info"
    And the container "app" of pod "web" saw env "SEC_token" = "abc"
    And the container "app" of pod "web" has logged "mode=fast token=abc"
    And the container "app" of pod "web" saw env "CFG_1st" = "skipped"
    And the container "app" of pod "web" saw env "level" = "info"
    And the container "app" of pod "web" has no env "1st"
    And the pod "web" has an event "InvalidEnvironmentVariableNames: Keys [1st] from the EnvFrom configMap default/app-config were skipped since they are considered invalid environment variable names."

  Scenario: A missing ConfigMap holds the container until it is created
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: busybox
            command: ["sleep", "3600"]
            env:
              - name: MODE
                valueFrom:
                  configMapKeyRef: { name: app-config, key: mode }
      """
    And 5 seconds pass
    Then the container "app" of pod "web" is waiting with reason "CreateContainerConfigError"
    And the waiting message of container "app" of pod "web" starts with "configmap \"app-config\" not found"
    And the pod "web" has an event "Failed: Error: configmap \"app-config\" not found"
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        level: info
      """
    And 15 seconds pass
    Then the container "app" of pod "web" is waiting with reason "CreateContainerConfigError"
    And the waiting message of container "app" of pod "web" starts with "couldn't find key mode in ConfigMap default/app-config"
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        level: info
        mode: fast
      """
    And 15 seconds pass
    Then the container "app" of pod "web" is running
    And the container "app" of pod "web" saw env "MODE" = "fast"

  Scenario: An optional missing key lets the container start
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        level: info
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: busybox
            command: ["sleep", "3600"]
            env:
              - name: MODE
                valueFrom:
                  configMapKeyRef: { name: app-config, key: mode, optional: true }
              - name: LEVEL
                valueFrom:
                  configMapKeyRef: { name: app-config, key: level }
      """
    And 10 seconds pass
    Then the container "app" of pod "web" is running
    And the container "app" of pod "web" has no env "MODE"
    And the container "app" of pod "web" saw env "LEVEL" = "info"

  Scenario: A mounted ConfigMap follows updates after the sync delay; env does not
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: fast
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: busybox
            command: ["sh", "-c", "cat /etc/config/mode; sleep 3600"]
            readinessProbe:
              exec:
                command: ["cat", "/etc/renamed/sub/speed"]
              periodSeconds: 5
            env:
              - name: MODE
                valueFrom:
                  configMapKeyRef: { name: app-config, key: mode }
            volumeMounts:
              - name: config
                mountPath: /etc/config
              - name: renamed
                mountPath: /etc/renamed
        volumes:
          - name: config
            configMap: { name: app-config }
          - name: renamed
            configMap:
              name: app-config
              items:
                - { key: mode, path: sub/speed }
      """
    And 10 seconds pass
    Then the container "app" of pod "web" has file "/etc/config/mode" containing "fast"
    And the container "app" of pod "web" has file "/etc/renamed/sub/speed" containing "fast"
    And the container "app" of pod "web" has logged "fast"
    And the pod "web" has condition Ready True
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: slow
      """
    And 5 seconds pass
    Then the container "app" of pod "web" has file "/etc/config/mode" containing "fast"
    When 60 seconds pass
    Then the container "app" of pod "web" has file "/etc/config/mode" containing "slow"
    And the container "app" of pod "web" has file "/etc/renamed/sub/speed" containing "slow"
    And the container "app" of pod "web" saw env "MODE" = "fast"

  Scenario: A missing ConfigMap volume holds the pod with FailedMount until it is created
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: busybox
            command: ["sleep", "3600"]
            volumeMounts:
              - name: config
                mountPath: /etc/config
        volumes:
          - name: config
            configMap: { name: app-config }
      """
    And 5 seconds pass
    Then the container "app" of pod "web" is waiting with reason "ContainerCreating"
    And the pod "web" has an event "FailedMount: MountVolume.SetUp failed for volume \"config\" : configmap \"app-config\" not found"
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: fast
      """
    And 15 seconds pass
    Then the container "app" of pod "web" is running
    And the container "app" of pod "web" has file "/etc/config/mode" containing "fast"
