@health
Feature: Losing a node
  When a node's kubelet stops, the node lifecycle controller notices the silence: once neither
  the node's Lease nor its status has been renewed for the 50 s grace period, every condition
  turns Unknown (NodeStatusUnknown), the node is tainted unreachable (NoSchedule at once, NoExecute
  at the zone's eviction rate) and its pods are marked not ready, so they leave the Service. The
  taint eviction controller then deletes the pods after their tolerationSeconds (300 s, given by
  the DefaultTolerationSeconds admission plugin) and their ReplicaSet replaces them elsewhere; the
  deleted pods stay Terminating, as nothing on the node confirms they stopped. If every node is
  lost at once, the controller assumes the control plane is cut off and evicts nothing. A node
  whose kubelet comes back is Ready again, loses its taints and keeps the pods not yet evicted.

  Background:
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
                resources:
                  requests:
                    cpu: "1"
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - port: 80
      """
    And the cluster settles
    Then the deployment "web" has 1 pod on node "node-2"
    And within 0 seconds the service "web" has 3 ready endpoints

  Scenario: The silent node turns Unknown after the grace period and its pod leaves the Service
    When the kubelet on node "node-2" stops
    And I note the time as "lost"
    And 50 seconds pass
    Then at every moment since "lost", the Ready condition of node "node-2" was True
    And at every moment since "lost", the service "web" had 3 ready endpoints
    And within 15 seconds the Ready condition of node "node-2" is Unknown
    And the Ready condition of node "node-2" is Unknown with reason "NodeStatusUnknown"
    And the Ready condition of node "node-2" says "Kubelet stopped posting node status."
    And the MemoryPressure condition of node "node-2" is Unknown with reason "NodeStatusUnknown"
    And the events of node "node-2" are:
      """
      Normal RegisteredNode Node node-2 event: Registered Node node-2 in Controller
      Normal NodeNotReady Node node-2 status is now: NodeNotReady
      """
    And within 1 second node "node-2" has the taint "node.kubernetes.io/unreachable:NoSchedule"
    And within 1 second the service "web" has 2 ready endpoints
    And every pod of deployment "web" on node "node-2" has the event "NodeNotReady: Node is not ready"
    When 5 seconds pass
    Then the taints of node "node-2" are "node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute"
    When I send 30 requests to "web"
    Then 2 different pods answered

  Scenario: After 300 seconds the pods are evicted and replaced on the other nodes
    When the kubelet on node "node-2" stops
    Then within 70 seconds node "node-2" has the taint "node.kubernetes.io/unreachable:NoExecute"
    When I note the time as "tainted"
    And 299 seconds pass
    Then at no moment since "tainted", the "TaintManagerEviction" event was recorded
    And the deployment "web" has 1 pod on node "node-2"
    When 1 second passes
    Then the deployment "web" has 1 terminating pod on node "node-2"
    And every pod of deployment "web" on node "node-2" has the event "TaintManagerEviction: Marking for deletion Pod default/<pod>"
    And within 1 minute the deployment "web" has 3 available replicas
    And the deployment "web" has 0 pods on node "node-2"
    And there are 4 pods labelled "app=web"
    And within 0 seconds the service "web" has 3 ready endpoints

  Scenario: A short tolerationSeconds leaves sooner; tolerating forever stays
    When I apply:
      """
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: { name: brief }
          spec:
            nodeSelector: { kubernetes.io/hostname: node-2 }
            tolerations:
              - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }
            containers: [{ name: app, image: nginx:1.27 }]
        - apiVersion: v1
          kind: Pod
          metadata: { name: forever }
          spec:
            nodeSelector: { kubernetes.io/hostname: node-2 }
            tolerations:
              - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }
            containers: [{ name: app, image: nginx:1.27 }]
      """
    And the cluster settles
    And the kubelet on node "node-2" stops
    Then within 70 seconds node "node-2" has the taint "node.kubernetes.io/unreachable:NoExecute"
    When 30 seconds pass
    Then the pod "brief" has an event "TaintManagerEviction: Marking for deletion Pod default/brief"
    And the pod "brief" has condition DisruptionTarget True with reason "DeletionByTaintManager" and message "Taint manager: deleting due to NoExecute taint"
    And the deployment "web" has 1 pod on node "node-2"
    When 10 minutes pass
    Then the deployment "web" has 0 pods on node "node-2"
    And the pod "forever" has no event "TaintManagerEviction: Marking for deletion Pod default/forever"
    And the pod "forever" has condition Ready False
    When I run "kubectl get pods brief forever"
    Then the output is:
      """
      NAME      READY   STATUS        RESTARTS   AGE
      brief     1/1     Terminating   0          11m
      forever   1/1     Running       0          11m
      """

  Scenario: When every node is lost, nothing is evicted
    When the kubelet on node "node-1" stops
    And the kubelet on node "node-2" stops
    And the kubelet on node "node-3" stops
    And 10 minutes pass
    Then the Ready condition of node "node-1" is Unknown with reason "NodeStatusUnknown"
    And the Ready condition of node "node-3" is Unknown with reason "NodeStatusUnknown"
    And the taints of node "node-2" are "node.kubernetes.io/unreachable:NoSchedule"
    And at no moment since the scenario started, node "node-2" had the taint "node.kubernetes.io/unreachable:NoExecute"
    And at no moment since the scenario started, the "TaintManagerEviction" event was recorded
    And the deployment "web" has 1 pod on node "node-2"
    And within 0 seconds the service "web" has 0 ready endpoints

  Scenario: A node that comes back before the eviction keeps its pods
    When the kubelet on node "node-2" stops
    Then within 70 seconds node "node-2" has the taint "node.kubernetes.io/unreachable:NoExecute"
    And within 0 seconds the service "web" has 2 ready endpoints
    When 2 minutes pass
    And the kubelet on node "node-2" starts again
    Then within 10 seconds the Ready condition of node "node-2" is True
    And the Ready condition of node "node-2" is True with reason "KubeletReady"
    And within 5 seconds the taints of node "node-2" are "<none>"
    When the cluster settles
    Then every pod of deployment "web" on node "node-2" has the event "TaintManagerEviction: Cancelling deletion of Pod default/<pod>"
    And within 10 seconds the service "web" has 3 ready endpoints
    When 10 minutes pass
    Then the deployment "web" has 1 pod on node "node-2"
    And the deployment "web" has 0 terminating pods on node "node-2"
    And at no moment since the scenario started, the "TaintManagerEviction" event for pod "nothing" was recorded
