@policy
Feature: What admission adds to every pod
  ServiceAccount admission sets the default account and mounts the API token volume,
  DefaultTolerationSeconds adds the 300-second not-ready/unreachable tolerations, and Priority
  resolves the pod's PriorityClass or refuses an unknown one.

  Background:
    Given a cluster with 1 node
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: plain
      spec:
        containers:
        - name: app
          image: nginx
      """

  Scenario: A plain pod gets the default ServiceAccount and its token volume
    Then the pod "plain" in namespace "default" has "spec.serviceAccountName" = "default"
    And the pod "plain" in namespace "default" has "spec.containers[0].volumeMounts[0].mountPath" = "/var/run/secrets/kubernetes.io/serviceaccount"
    And the pod "plain" in namespace "default" has "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds" = "3607"

  Scenario: A plain pod tolerates unreachable and not-ready nodes for 300 seconds
    Then the pod "plain" in namespace "default" has "spec.tolerations" = "[{\"key\":\"node.kubernetes.io/not-ready\",\"operator\":\"Exists\",\"effect\":\"NoExecute\",\"tolerationSeconds\":300},{\"key\":\"node.kubernetes.io/unreachable\",\"operator\":\"Exists\",\"effect\":\"NoExecute\",\"tolerationSeconds\":300}]"

  Scenario: Priority comes from the PriorityClass
    When I apply:
      """
      apiVersion: scheduling.k8s.io/v1
      kind: PriorityClass
      metadata:
        name: high-priority
      value: 1000000
      preemptionPolicy: Never
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: important
      spec:
        priorityClassName: high-priority
        containers:
        - name: app
          image: nginx
      """
    Then the pod "important" in namespace "default" has "spec.priority" = "1000000"
    And the pod "important" in namespace "default" has "spec.preemptionPolicy" = "Never"
    And the pod "plain" in namespace "default" has "spec.priority" = "0"

  Scenario: An unknown PriorityClass is refused
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: vip
      spec:
        priorityClassName: gold
        containers:
        - name: app
          image: nginx
      """
    Then the command is refused with:
      """
      pods "vip" is forbidden: no PriorityClass with name gold was found
      """
