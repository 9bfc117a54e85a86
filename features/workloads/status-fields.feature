@workloads
Feature: Workload status as the API server returns it
  The status counts of Deployments and ReplicaSets are Go int32 fields tagged omitempty
  (staging/src/k8s.io/api/apps/v1/types.go), so a zero count is absent from what kubectl prints;
  only a ReplicaSet's replicas has no omitempty and shows 0.

  Scenario: zero counts are left out, a ReplicaSet's replicas is not
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    And the cluster settles
    When I run "kubectl get deployment web -o yaml"
    Then the output contains:
      """
        observedGeneration: 1
        readyReplicas: 2
        replicas: 2
        updatedReplicas: 2
      """
    When I run "kubectl scale deployment web --replicas=0"
    And the cluster settles
    When I run "kubectl get replicasets -l app=web -o jsonpath='{.items[0].status}'"
    Then the output is "{\"observedGeneration\":2,\"replicas\":0}"
    When I run "kubectl get deployment web -o jsonpath='{.status.observedGeneration}/{.status.replicas}/{.status.availableReplicas}'"
    Then the output is "2//"
