@policy
Feature: Choosing the admission plugins kube-apiserver runs
  Quota refusals, LimitRange defaults and the ServiceAccount token volume are not the API's own
  rules: each belongs to one admission plugin, and kube-apiserver's --disable-admission-plugins
  flag shows which. Turn one off and its part of every request is simply skipped, while the rest
  of the chain still runs in its order.

  Scenario: Without ResourceQuota admission the eleventh pod is accepted and the quota goes over its hard limit
    Given kube-apiserver runs with --disable-admission-plugins="ResourceQuota"
    And a cluster with 3 nodes
    And the namespace "spark-cluster" exists
    And I apply:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: pods-quota
        namespace: spark-cluster
      spec:
        hard:
          pods: "10"
      """
    When I create 11 pods "worker" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    And the cluster settles
    And I run "kubectl get pod worker-11 -n spark-cluster -o jsonpath={.metadata.name}"
    Then the output is "worker-11"
    # Admission charged nothing, so the status lags the pods until the quota controller's
    # 5-minute full resync counts them.
    And the quota "pods-quota" in namespace "spark-cluster" has used "pods" of "0" and hard "10"
    And the invariant "quota-status-matches-usage" was violated
    When 5 minutes pass
    Then the quota "pods-quota" in namespace "spark-cluster" has used "pods" of "11" and hard "10"
    And the invariant "quota-used-within-hard" was violated

  Scenario: Without LimitRanger a LimitRange's defaults are not filled in
    Given kube-apiserver runs with --disable-admission-plugins="LimitRanger"
    And a cluster with 1 node
    And I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: defaults
      spec:
        limits:
          - type: Container
            defaultRequest: {cpu: 250m, memory: 64Mi}
            default: {cpu: 500m, memory: 128Mi}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    When I run "kubectl get pod web -o jsonpath={.spec.containers[0].resources.requests.cpu}"
    Then the output is ""
    When I run "kubectl get pod web -o jsonpath={.status.qosClass}"
    Then the output is "BestEffort"

  Scenario: With LimitRanger, the default, the same pod gets the LimitRange's requests and limits
    Given a cluster with 1 node
    And I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: defaults
      spec:
        limits:
          - type: Container
            defaultRequest: {cpu: 250m, memory: 64Mi}
            default: {cpu: 500m, memory: 128Mi}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    When I run "kubectl get pod web -o jsonpath={.spec.containers[0].resources.requests.cpu}/{.spec.containers[0].resources.limits.memory}"
    Then the output is "250m/128Mi"
    When I run "kubectl get pod web -o jsonpath={.status.qosClass}"
    Then the output is "Burstable"

  Scenario: Without ServiceAccount admission a pod names no service account and mounts no token
    Given kube-apiserver runs with --disable-admission-plugins="ServiceAccount,Priority"
    And a cluster with 1 node
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    When I run "kubectl get pod web -o jsonpath={.spec.serviceAccountName}/{.spec.volumes}/{.spec.priority}"
    Then the output is "//"
