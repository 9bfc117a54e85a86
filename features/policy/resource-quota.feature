@policy
Feature: ResourceQuota admission and accounting
  A namespace's ResourceQuotas are charged when objects are created and refuse anything that would
  go over a hard limit, with Kubernetes' exact messages; the quota controller gives usage back when
  pods finish or objects are deleted.

  Background:
    Given a cluster with 3 nodes
    And the namespace "spark-cluster" exists
    And I apply:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: compute-resources
        namespace: spark-cluster
      spec:
        hard:
          pods: "10"
          requests.cpu: "4"
          requests.memory: 8Gi
          limits.cpu: "8"
          limits.memory: 16Gi
      ---
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: object-counts
        namespace: spark-cluster
      spec:
        hard:
          configmaps: "10"
          persistentvolumeclaims: "4"
          replicationcontrollers: "20"
          secrets: "10"
          services: "10"
          services.loadbalancers: "2"
      """
    And the cluster settles

  Scenario: A fresh quota reports its hard limits and zero usage
    Then the quota "compute-resources" in namespace "spark-cluster" has used "pods" of "0" and hard "10"
    And the quota "object-counts" in namespace "spark-cluster" has used "services" of "0" and hard "10"

  Scenario: The 11th pod is refused with the exact quota message
    When I create 10 pods "worker" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    And the cluster settles
    Then the quota "compute-resources" in namespace "spark-cluster" has used "pods" of "10" and hard "10"
    When I try to create pod "worker-11" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    Then the command is refused with:
      """
      pods "worker-11" is forbidden: exceeded quota: compute-resources, requested: pods=1, used: pods=10, limited: pods=10
      """

  Scenario: A pod without limits is refused by the "must specify" constraint
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bare
        namespace: spark-cluster
      spec:
        containers:
        - name: app
          image: nginx
      """
    Then the command is refused with:
      """
      pods "bare" is forbidden: failed quota: compute-resources: must specify limits.cpu for: app; limits.memory for: app; requests.cpu for: app; requests.memory for: app
      """

  # The kubelet on this branch reports every bound pod Running and would undo the scripted phase;
  # this passes once the kubelet owns pod completion (restartPolicy Never, exit codes).
  Scenario: Finished pods give their quota back
    When I create 10 pods "job" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    And the cluster settles
    And the pod "job-1" in namespace "spark-cluster" finishes with phase "Succeeded"
    And the cluster settles
    Then the quota "compute-resources" in namespace "spark-cluster" has used "pods" of "9" and hard "10"
    When I try to create pod "job-11" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    Then the command succeeds

  Scenario: Deleted pods give their quota back
    When I create 10 pods "job" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    And the cluster settles
    And I force delete the pod "job-3" in namespace "spark-cluster"
    And the cluster settles
    Then the quota "compute-resources" in namespace "spark-cluster" has used "pods" of "9" and hard "10"
    And the quota "compute-resources" in namespace "spark-cluster" has used "requests.cpu" of "900m" and hard "4"
    When I try to create pod "job-11" in namespace "spark-cluster" requesting cpu "100m" and memory "256Mi"
    Then the command succeeds

  Scenario: Object counts follow creations and deletions
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: spark-cluster
      data:
        mode: batch
      """
    And the cluster settles
    Then the quota "object-counts" in namespace "spark-cluster" has used "configmaps" of "1" and hard "10"
    When I delete the configmap "settings" in namespace "spark-cluster"
    And the cluster settles
    Then the quota "object-counts" in namespace "spark-cluster" has used "configmaps" of "0" and hard "10"

  Scenario: A third load balancer is refused
    When I try to create service "lb-1" of type "LoadBalancer" in namespace "spark-cluster"
    And I try to create service "lb-2" of type "LoadBalancer" in namespace "spark-cluster"
    When I try to create service "lb-3" of type "LoadBalancer" in namespace "spark-cluster"
    Then the command is refused with:
      """
      services "lb-3" is forbidden: exceeded quota: object-counts, requested: services.loadbalancers=1, used: services.loadbalancers=2, limited: services.loadbalancers=2
      """
