@workloads
Feature: A ReplicationController held back by a quota
  The replication manager (the ReplicaSet controller behind an adapter) reports the quota refusal
  as a ReplicaFailure condition and as FailedCreate events. The event recorder combines similar
  events: from the tenth different FailedCreate message on, one Event "(combined from similar
  events): ..." carries the count. `kubectl describe rc` shows the condition and those events.

  Background:
    Given a cluster with 2 nodes
    When I create the quota "two-pods" in namespace "default" with hard "pods=2"
    And the cluster settles
    And I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: web
      spec:
        replicas: 3
        selector: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    And the cluster settles

  Scenario: every refused create is a FailedCreate event; the tenth different message is combined
    Then the replicationcontroller "web" controls 2 pods
    And the events of replicationcontroller "web" are:
      """
      Normal SuccessfulCreate Created pod: web-<suffix>
      Normal SuccessfulCreate Created pod: web-<suffix>
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate (combined from similar events): Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate (combined from similar events): Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      Warning FailedCreate (combined from similar events): Error creating: pods "web-<suffix>" is forbidden: exceeded quota: two-pods, requested: pods=1, used: pods=2, limited: pods=2
      """
    When I run "kubectl get events --field-selector reason=FailedCreate -o jsonpath='{.items[-1:].count}'"
    Then the output is "3"

  Scenario: kubectl describe rc shows the selector map, the ReplicaFailure condition and the events
    When I run "kubectl describe rc web"
    Then the output contains:
      """
      Name:         web
      Namespace:    default
      Selector:     app=web
      Labels:       app=web
      Annotations:  <none>
      Replicas:     2 current / 3 desired
      Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=web
        Containers:
         web:
          Image:         nginx:1.27
          Port:          <none>
          Host Port:     <none>
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type             Status  Reason
        ----             ------  ------
        ReplicaFailure   True    FailedCreate
      Events:
      """
    And the output contains "(x3 over 0s)  replication-controller  (combined from similar events): Error creating: pods"
    When I scale the replicationcontroller "web" to 2 replicas
    And the cluster settles
    Then the replicationcontroller "web" has no ReplicaFailure condition
    When I run "kubectl describe replicationcontroller/web"
    Then the output contains "Replicas:     2 current / 2 desired"
