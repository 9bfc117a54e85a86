@policy @workloads
Feature: A Deployment held back by quota resumes when the quota is raised
  The ReplicaSet controller cannot create pods past the quota: it records FailedCreate events with
  the quota message and the ReplicaFailure condition; raising the quota lets creation resume.

  # Needs the Deployment and ReplicaSet controllers (workloads branch) and their event/condition steps.
  Scenario: Deployment stuck at quota, then scaled up by a quota change
    Given a cluster with 3 nodes
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
          pods: "2"
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: spark-cluster
      spec:
        replicas: 4
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: nginx
              image: nginx
      """
    And the cluster settles
    Then namespace "spark-cluster" has 2 pods
    And a "Warning" event "FailedCreate" on the replicaset of deployment "web" in namespace "spark-cluster" contains "exceeded quota: pods-quota, requested: pods=1, used: pods=2, limited: pods=2"
    And the replicaset of deployment "web" in namespace "spark-cluster" has condition "ReplicaFailure" with reason "FailedCreate"
    When I set the quota "pods-quota" in namespace "spark-cluster" hard "pods" to "4"
    # Nothing tells the ReplicaSet that quota was freed: it succeeds at its next rate-limited
    # retry, at most 1000 s (workqueue's max back-off) after its last failure.
    And 17 minutes pass
    Then namespace "spark-cluster" has 4 pods
