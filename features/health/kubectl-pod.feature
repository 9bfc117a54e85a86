Feature: kubectl describe pod and kubectl logs show what the kubelet did
  `kubectl describe pod` prints the container's state, last state, restart count, probes,
  conditions and events as kubectl 1.32 does; `kubectl logs` prints what the container wrote.

  Background:
    Given a cluster with 1 node
    And the image behaviours:
      """
      images:
        - match: example.com/web:*
          pull: { duration: 2s }
          start: 500ms
          ports:
            - port: 8080
              http: { /healthz: 200, "*": 404 }
          changes:
            - { from: 60s, http: { /healthz: 500 } }
      """

  Scenario: describe pod after a liveness restart
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: example.com/web:1.0
            livenessProbe:
              httpGet: { path: /healthz, port: 8080 }
              periodSeconds: 10
              failureThreshold: 3
      """
    And the cluster settles
    When 80 seconds pass after the container "app" of pod "web" started
    And 1 second passes
    Then the container "app" of pod "web" has restarted 1 time
    When I run "kubectl describe pod web"
    Then the command succeeds
    And the output is:
      """
      Name:             web
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             node-1/172.18.0.3
      Start Time:       Wed, 01 Jan 2025 00:00:00 +0000
      Labels:           <none>
      Annotations:      <none>
      Status:           Running
      IP:               10.244.1.2
      IPs:
        IP:  10.244.1.2
      Containers:
        app:
          Container ID:   containerd://571e10ecb7920f6c5bbc7dd749451f224b4ea450673ccdc8ebecef20aca1c114
          Image:          example.com/web:1.0
          Image ID:       example.com/web@sha256:8de0c9708de0c9708de0c9708de0c9708de0c9708de0c9708de0c9708de0c970
          Port:           <none>
          Host Port:      <none>
          State:          Running
            Started:      Wed, 01 Jan 2025 00:01:23 +0000
          Last State:     Terminated
            Reason:       Completed
            Exit Code:    0
            Started:      Wed, 01 Jan 2025 00:00:03 +0000
            Finished:     Wed, 01 Jan 2025 00:01:23 +0000
          Ready:          True
          Restart Count:  1
          Liveness:       http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3
          Environment:    <none>
          Mounts:
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-2zggg (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True 
        Initialized                 True 
        Ready                       True 
        ContainersReady             True 
        PodScheduled                True 
      Volumes:
        kube-api-access-2zggg:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          Optional:                false
          DownwardAPI:             true
      QoS Class:                   BestEffort
      Node-Selectors:              <none>
      Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason     Age               From               Message
        ----     ------     ----              ----               -------
        Normal   Scheduled  84s               default-scheduler  Successfully assigned default/web to node-1
        Normal   Pulling    84s               kubelet            Pulling image "example.com/web:1.0"
        Normal   Pulled     82s               kubelet            Successfully pulled image "example.com/web:1.0" in 2s (2s including waiting). Image size: 10000000 bytes.
        Normal   Created    1s (x2 over 82s)  kubelet            Created container: app
        Normal   Started    1s (x2 over 81s)  kubelet            Started container app
        Warning  Unhealthy  1s (x3 over 21s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500
        Normal   Killing    1s                kubelet            Container app failed liveness probe, will be restarted
        Normal   Pulled     1s                kubelet            Container image "example.com/web:1.0" already present on machine
      """

  Scenario: logs of a busybox echo
    When I run "kubectl run hello --image=busybox:1.36 --restart=Never -- sh -c 'echo hello world'"
    Then the output is "pod/hello created"
    And the cluster settles
    When I run "kubectl logs hello"
    Then the command succeeds
    And the output is "hello world"
