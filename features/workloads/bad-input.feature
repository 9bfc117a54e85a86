@workloads
Feature: Bad input to workloads gets Kubernetes' own errors
  The API server's validation and kubectl's checks refuse what Kubernetes refuses, with its words:
  nothing here crashes or is silently accepted.

  Background:
    Given a cluster with 2 nodes

  Scenario: scaling an object that does not exist is the API server's NotFound
    When I run "kubectl scale deployment nope --replicas=3"
    Then the command fails with "Error from server (NotFound): deployments.apps \"nope\" not found"
    When I run "kubectl scale rc/nope --replicas=3"
    Then the command fails with "Error from server (NotFound): replicationcontrollers \"nope\" not found"
    When I run "kubectl scale replicaset nope --replicas=3"
    Then the command fails with "Error from server (NotFound): replicasets.apps \"nope\" not found"

  Scenario: negative replicas are refused by kubectl scale and by the API server
    When I run "kubectl scale deployment nope --replicas=-2"
    Then the command fails with "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
    When I try to apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: rc
      spec:
        replicas: -1
        template:
          metadata:
            labels: {app: rc}
          spec:
            containers:
              - name: c
                image: nginx
      """
    Then the command fails with "The ReplicationController \"rc\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"

  Scenario: rolling back or reading the history of a missing Deployment is NotFound
    When I run "kubectl rollout undo deployment/nope"
    Then the command fails with "Error from server (NotFound): deployments.apps \"nope\" not found"
    When I run "kubectl rollout history deployment/nope"
    Then the command fails with "Error from server (NotFound): deployments.apps \"nope\" not found"

  Scenario: a bare ReplicaSet has no rollout: kubectl says it has no viewer for that kind
    When I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: bare
      spec:
        replicas: 1
        selector:
          matchLabels: {app: bare}
        template:
          metadata:
            labels: {app: bare}
          spec:
            containers:
              - name: c
                image: nginx
      """
    And I run "kubectl rollout history rs/bare"
    Then the command fails with "error: no history viewer has been implemented for \"ReplicaSet.apps\""
    When I run "kubectl rollout status replicaset bare"
    Then the command fails with "error: no status viewer has been implemented for ReplicaSet.apps"
    When I run "kubectl rollout undo rs/gone"
    Then the command fails with "Error from server (NotFound): replicasets.apps \"gone\" not found"
