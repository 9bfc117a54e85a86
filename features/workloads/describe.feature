@workloads
Feature: kubectl describe for Deployments and ReplicaSets
  The describe output is aligned the way Go's tabwriter aligns it and lists the object's events
  with their age in virtual time.

  Scenario: describe a Deployment after a rolling update
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {app: web}
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
                ports: [{containerPort: 80}]
      """
    And the cluster settles
    And I run "kubectl set image deployment/web web=nginx:1.28"
    And the cluster settles
    And 45 seconds pass
    When I run "kubectl describe deployment web"
    Then the output is:
      """
      Name:                   web
      Namespace:              default
      CreationTimestamp:      Wed, 01 Jan 2025 00:00:00 +0000
      Labels:                 app=web
      Annotations:            deployment.kubernetes.io/revision: 2
      Selector:               app=web
      Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
      StrategyType:           RollingUpdate
      MinReadySeconds:        0
      RollingUpdateStrategy:  25% max unavailable, 25% max surge
      Pod Template:
        Labels:  app=web
        Containers:
         web:
          Image:         nginx:1.28
          Port:          80/TCP
          Host Port:     0/TCP
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type           Status  Reason
        ----           ------  ------
        Available      True    MinimumReplicasAvailable
        Progressing    True    NewReplicaSetAvailable
      OldReplicaSets:  <none>
      NewReplicaSet:   web-65595bdcb8 (3/3 replicas created)
      Events:
        Type    Reason             Age   From                   Message
        ----    ------             ----  ----                   -------
        Normal  ScalingReplicaSet  54s   deployment-controller  Scaled up replica set web-97895bc7c from 0 to 3
        Normal  ScalingReplicaSet  51s   deployment-controller  Scaled up replica set web-65595bdcb8 from 0 to 1
        Normal  ScalingReplicaSet  49s   deployment-controller  Scaled down replica set web-97895bc7c from 3 to 2
        Normal  ScalingReplicaSet  49s   deployment-controller  Scaled up replica set web-65595bdcb8 from 1 to 2
        Normal  ScalingReplicaSet  46s   deployment-controller  Scaled down replica set web-97895bc7c from 2 to 1
        Normal  ScalingReplicaSet  46s   deployment-controller  Scaled up replica set web-65595bdcb8 from 2 to 3
        Normal  ScalingReplicaSet  45s   deployment-controller  Scaled down replica set web-97895bc7c from 1 to 0
      """
    When I run "kubectl describe replicaset web-65595bdcb8"
    Then the output contains:
      """
      Controlled By:  Deployment/web
      Replicas:       3 current / 3 desired
      Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed
      """
    When I run "kubectl describe deployment nope"
    Then the command fails with "Error from server (NotFound): deployments.apps \"nope\" not found"

  Scenario: describe by type alone, or by a name prefix, as kubectl does
    Given a cluster with 2 nodes
    When I run "kubectl describe deployments"
    Then the command succeeds
    And the output is ""
    When I run "kubectl create deployment web --image=nginx:1.27 --replicas=2"
    And the cluster settles
    # No ReplicaSet is named "web": kubectl describes those whose name starts with it.
    And I run "kubectl describe rs web"
    Then the output contains:
      """
      Selector:       app=web,pod-template-hash=
      """
    And the output contains "Controlled By:  Deployment/web"
    When I run "kubectl describe deployments"
    Then the output contains "NewReplicaSet:   web-"
    When I run "kubectl describe rs/web"
    Then the command fails with "Error from server (NotFound): replicasets.apps \"web\" not found"
