@api
Feature: kubectl describe node
  `kubectl describe node` prints the node's metadata, lease, conditions, addresses, capacity,
  system info, the non-terminated pods on it with their requests and limits as a percentage of
  allocatable, the allocated totals and the node's events (the node controller's RegisteredNode),
  aligned as kubectl 1.32 prints it.

  Scenario: describe a node running two pods
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        containers:
          - name: api
            image: nginx:1.27
            resources:
              requests: {cpu: 250m, memory: 128Mi}
              limits: {cpu: 500m, memory: 256Mi}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: worker
      spec:
        containers:
          - name: worker
            image: busybox:1.36
            command: [sleep, "3600"]
            resources:
              requests: {cpu: 100m, memory: 64Mi}
      """
    And the cluster settles
    And 90 seconds pass
    When I run "kubectl describe node node-1"
    Then the output is:
      """
      Name:               node-1
      Roles:              <none>
      Labels:             beta.kubernetes.io/arch=amd64
                          beta.kubernetes.io/os=linux
                          kubernetes.io/arch=amd64
                          kubernetes.io/hostname=node-1
                          kubernetes.io/os=linux
      Annotations:        node.alpha.kubernetes.io/ttl: 0
                          volumes.kubernetes.io/controller-managed-attach-detach: true
      CreationTimestamp:  Wed, 01 Jan 2025 00:00:00 +0000
      Taints:             <none>
      Unschedulable:      false
      Lease:
        HolderIdentity:  node-1
        AcquireTime:     <unset>
        RenewTime:       Wed, 01 Jan 2025 00:01:30 +0000
      Conditions:
        Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
        ----             ------  -----------------                 ------------------                ------                       -------
        MemoryPressure   False   Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
        DiskPressure     False   Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
        PIDPressure      False   Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
        Ready            True    Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletReady                 kubelet is posting ready status
      Addresses:
        InternalIP:  172.18.0.3
        Hostname:    node-1
      Capacity:
        cpu:                4
        ephemeral-storage:  100Gi
        memory:             16Gi
        pods:               110
      Allocatable:
        cpu:                4
        ephemeral-storage:  100Gi
        memory:             16Gi
        pods:               110
      System Info:
        Machine ID:                 
        System UUID:                
        Boot ID:                    
        Kernel Version:             6.8.0
        OS Image:                   kubespec simulated node
        Operating System:           linux
        Architecture:               amd64
        Container Runtime Version:  containerd://2.0.3
        Kubelet Version:            v1.33.0
        Kube-Proxy Version:         
      PodCIDR:                      10.244.1.0/24
      PodCIDRs:                     10.244.1.0/24
      Non-terminated Pods:          (2 in total)
        Namespace                   Name      CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
        ---------                   ----      ------------  ----------  ---------------  -------------  ---
        default                     api       250m (6%)     500m (12%)  128Mi (0%)       256Mi (1%)     93s
        default                     worker    100m (2%)     0 (0%)      64Mi (0%)        0 (0%)         93s
      Allocated resources:
        (Total limits may be over 100 percent, i.e., overcommitted.)
        Resource           Requests    Limits
        --------           --------    ------
        cpu                350m (8%)   500m (12%)
        memory             192Mi (1%)  256Mi (1%)
        ephemeral-storage  0 (0%)      0 (0%)
      Events:
        Type    Reason          Age   From             Message
        ----    ------          ----  ----             -------
        Normal  RegisteredNode  88s   node-controller  Node node-1 event: Registered Node node-1 in Controller
      """
