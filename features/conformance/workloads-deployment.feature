@conformance @workloads
Feature: Conformance — Deployment (test/e2e/apps/deployment.go)

  Scenario: [sig-apps] Deployment Deployment should have a working scale subresource [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: test-new-deployment
      spec:
        replicas: 1
        selector:
          matchLabels: {name: httpd}
        template:
          metadata:
            labels: {name: httpd}
          spec:
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    Then the scale subresource of deployment "test-new-deployment" says 1 replicas
    When I set the scale of deployment "test-new-deployment" to 2 through the scale subresource
    And the cluster settles
    Then the scale subresource of deployment "test-new-deployment" says 2 replicas
    And the deployment "test-new-deployment" has 2 available replicas
    And the deployment "test-new-deployment" has 2 pods

  Scenario: [sig-apps] Deployment RollingUpdateDeployment should delete old pods and create new ones [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: test-rolling-update-controller
        labels: {name: sample-pod, pod: httpd}
        annotations: {deployment.kubernetes.io/revision: "3546343826724305832"}
      spec:
        replicas: 1
        selector:
          matchLabels: {name: sample-pod, pod: httpd}
        template:
          metadata:
            labels: {name: sample-pod, pod: httpd}
          spec:
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    And I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: test-rolling-update-deployment
        labels: {name: sample-pod}
      spec:
        replicas: 1
        selector:
          matchLabels: {name: sample-pod}
        template:
          metadata:
            labels: {name: sample-pod}
          spec:
            containers:
              - name: agnhost
                image: registry.k8s.io/e2e-test-images/agnhost:2.53
      """
    And the cluster settles
    Then the deployment "test-rolling-update-deployment" is rolled out
    And the deployment "test-rolling-update-deployment" has 2 replica sets
    And the replica set of deployment "test-rolling-update-deployment" with image "registry.k8s.io/e2e-test-images/httpd:2.4.38-4" has 0 replicas
    And the replica set of deployment "test-rolling-update-deployment" with image "registry.k8s.io/e2e-test-images/agnhost:2.53" has 1 replicas
    And the deployment "test-rolling-update-deployment" has 1 pod

  @skip-invariant=rollout-availability-bound:cleanupUnhealthyReplicas-scales-down-unavailable-old-replicas-below-minAvailable-as-rolling.go-does
  Scenario: [sig-apps] Deployment deployment should support proportional scaling [Conformance]
    # No nodes, so no new pod becomes available: the rollout stalls at old 8 / new 5 (13 = 10 + maxSurge 3).
    Given a cluster with 0 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: webserver-deployment
      spec:
        replicas: 10
        strategy:
          type: RollingUpdate
          rollingUpdate: {maxSurge: 3, maxUnavailable: 2}
        selector:
          matchLabels: {name: httpd}
        template:
          metadata:
            labels: {name: httpd}
          spec:
            containers:
              - name: httpd
                image: registry.k8s.io/e2e-test-images/httpd:2.4.38-4
      """
    And the cluster settles
    And I run "kubectl set image deployment/webserver-deployment httpd=webserver:404"
    And the cluster settles
    Then the replica set of deployment "webserver-deployment" with image "registry.k8s.io/e2e-test-images/httpd:2.4.38-4" has 8 replicas
    And the replica set of deployment "webserver-deployment" with image "webserver:404" has 5 replicas
    When I scale the deployment "webserver-deployment" to 30 replicas
    And the cluster settles
    Then the replica set of deployment "webserver-deployment" with image "registry.k8s.io/e2e-test-images/httpd:2.4.38-4" has 20 replicas
    And the replica set of deployment "webserver-deployment" with image "webserver:404" has 13 replicas

  Scenario: [sig-apps] Deployment should run the lifecycle of a Deployment [Conformance]
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: test-deployment
        labels: {test-deployment-static: "true"}
      spec:
        replicas: 1
        selector:
          matchLabels: {test-deployment-static: "true"}
        template:
          metadata:
            labels: {test-deployment-static: "true"}
          spec:
            containers:
              - name: test-deployment
                image: registry.k8s.io/e2e-test-images/agnhost:2.53
      """
    And the cluster settles
    Then the deployment "test-deployment" is rolled out
    When I run "kubectl set image deployment/test-deployment test-deployment=registry.k8s.io/pause:3.10"
    And I scale the deployment "test-deployment" to 2 replicas
    And the cluster settles
    Then the deployment "test-deployment" is rolled out
    And the deployment "test-deployment" has 2 available replicas
    And the Available condition of deployment "test-deployment" is True with reason "MinimumReplicasAvailable"
    When I delete the deployment "test-deployment" with propagation policy Background
    And the cluster settles
    Then the deployment "test-deployment" does not exist
    And there are 0 pods labelled "test-deployment-static=true"
