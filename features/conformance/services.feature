@conformance
Feature: Conformance: Services, Endpoints and EndpointSlices
  Ports of the Kubernetes v1.33 conformance tests on Services and their endpoints
  (test/e2e/network/endpointslice.go, test/e2e/network/service.go). Each scenario is titled
  with the conformance codename it follows; the checks go through kubectl as a user would.

  Background:
    Given a cluster with 2 nodes

  # test/e2e/network/endpointslice.go: "should create Endpoints and EndpointSlices for Pods matching a Service"
  Scenario: [sig-network] EndpointSlice should create Endpoints and EndpointSlices for Pods matching a Service [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod1
        labels: { app: example }
      spec:
        containers:
          - name: main
            image: nginx:1.27
            ports: [{ name: example, containerPort: 3000 }]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: example-named-port
      spec:
        selector: { app: example }
        ports: [{ name: http, port: 80, targetPort: example }]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: example-no-match
      spec:
        selector: { app: no-match }
        ports: [{ port: 80 }]
      """
    And the cluster settles
    And I run "kubectl get pod pod1 -o jsonpath={.status.podIP}"
    Then the output is "10.244.1.2"
    When I run "kubectl get endpoints example-named-port -o jsonpath={.subsets[0].addresses[0].ip}:{.subsets[0].ports[0].port}"
    Then the output is "10.244.1.2:3000"
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=example-named-port -o jsonpath={.items[0].endpoints[0].addresses[0]}:{.items[0].ports[0].port}:{.items[0].endpoints[0].conditions.ready}"
    Then the output is "10.244.1.2:3000:true"
    When I run "kubectl get endpoints example-no-match -o jsonpath={.subsets}"
    Then the output is ""
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=example-no-match -o jsonpath={.items[0].endpoints}"
    Then the output is ""

  # test/e2e/network/endpointslice.go: "should have Endpoints and EndpointSlices pointing to API Server"
  Scenario: [sig-network] EndpointSlice should have Endpoints and EndpointSlices pointing to API Server [Conformance]
    When I run "kubectl get endpoints kubernetes -n default -o jsonpath={.subsets[0].addresses[0].ip}:{.subsets[0].ports[0].port}"
    Then the output is "172.18.0.2:6443"
    When I run "kubectl get endpointslices -n default -l kubernetes.io/service-name=kubernetes -o jsonpath={.items[0].endpoints[0].addresses[0]}:{.items[0].ports[0].port}"
    Then the output is "172.18.0.2:6443"

  # test/e2e/network/service.go: "should delete a collection of services"
  Scenario: [sig-network] Services should delete a collection of services [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: e2e-svc-a, labels: { e2e-test-service: delete } }
      spec: { ports: [{ port: 80 }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: e2e-svc-b, labels: { e2e-test-service: delete } }
      spec: { ports: [{ port: 80 }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: e2e-svc-c, labels: { e2e-test-service: delete } }
      spec: { ports: [{ port: 80 }] }
      """
    And I run "kubectl get svc -l e2e-test-service=delete -o name"
    Then the output is:
      """
      service/e2e-svc-a
      service/e2e-svc-b
      service/e2e-svc-c
      """
    When I run "kubectl delete svc -l e2e-test-service=delete"
    Then the command succeeds
    When I run "kubectl get svc -l e2e-test-service=delete -o name"
    Then the output is ""
    When I run "kubectl get svc -o name"
    Then the output is "service/kubernetes"

  # test/e2e/network/service.go: "should provide secure master service"
  Scenario: [sig-network] Services should provide secure master service [Conformance]
    When I run "kubectl get svc kubernetes -n default -o jsonpath={.spec.clusterIP}:{.spec.ports[0].name}:{.spec.ports[0].port}"
    Then the output is "10.96.0.1:https:443"

  # test/e2e/network/service.go: "should serve multiport endpoints from pods"
  Scenario: [sig-network] Services should serve multiport endpoints from pods [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: multi-endpoint-test }
      spec:
        selector: { app: multiport }
        ports:
          - { name: portname1, port: 80, targetPort: svc1 }
          - { name: portname2, port: 81, targetPort: svc2 }
      """
    And the cluster settles
    And I run "kubectl get endpoints multi-endpoint-test -o jsonpath={.subsets}"
    Then the output is ""
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: pod1, labels: { app: multiport } }
      spec:
        containers:
          - { name: main, image: nginx:1.27, ports: [{ name: svc1, containerPort: 100 }] }
      """
    And the cluster settles
    And I run "kubectl get endpoints multi-endpoint-test -o jsonpath='{range .subsets[*]}[{.addresses[*].targetRef.name}:{.ports[*].name}={.ports[*].port}]{end}'"
    Then the output is "[pod1:portname1=100]"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata: { name: pod2, labels: { app: multiport } }
      spec:
        containers:
          - { name: main, image: nginx:1.27, ports: [{ name: svc2, containerPort: 101 }] }
      """
    And the cluster settles
    And I run "kubectl get endpoints multi-endpoint-test -o jsonpath='{range .subsets[*]}[{.addresses[*].targetRef.name}:{.ports[*].name}={.ports[*].port}]{end}'"
    Then the output is "[pod1:portname1=100][pod2:portname2=101]"
    When I run "kubectl delete pod pod1 --grace-period=0"
    And the cluster settles
    And I run "kubectl get endpoints multi-endpoint-test -o jsonpath='{range .subsets[*]}[{.addresses[*].targetRef.name}:{.ports[*].name}={.ports[*].port}]{end}'"
    Then the output is "[pod2:portname2=101]"
    When I run "kubectl delete pod pod2 --grace-period=0"
    And the cluster settles
    And I run "kubectl get endpoints multi-endpoint-test -o jsonpath={.subsets}"
    Then the output is ""

  # test/e2e/network/endpointslicemirroring.go: "should mirror a custom Endpoints resource through create update and delete"
  Scenario: [sig-network] EndpointSliceMirroring should mirror a custom Endpoints resource through create update and delete [Conformance]
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: example-custom-endpoints }
      spec:
        ports: [{ name: example, port: 80, targetPort: 8000 }]
      ---
      apiVersion: v1
      kind: Endpoints
      metadata: { name: example-custom-endpoints }
      subsets:
        - addresses: [{ ip: 10.1.2.3 }]
          ports: [{ name: example, port: 8000, protocol: TCP }]
      """
    And the cluster settles
    And I run "kubectl get endpointslices -l endpointslice.kubernetes.io/managed-by=endpointslicemirroring-controller.k8s.io,kubernetes.io/service-name=example-custom-endpoints -o jsonpath={.items[*].addressType}"
    Then the output is "IPv4"
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=example-custom-endpoints -o jsonpath={.items[0].endpoints[0].addresses[0]}:{.items[0].ports[0].name}={.items[0].ports[0].port}"
    Then the output is "10.1.2.3:example=8000"
    When I apply:
      """
      apiVersion: v1
      kind: Endpoints
      metadata: { name: example-custom-endpoints }
      subsets:
        - addresses: [{ ip: 10.2.3.4 }]
          ports: [{ name: example, port: 8000, protocol: TCP }]
      """
    And the cluster settles
    And I run "kubectl get endpointslices -l kubernetes.io/service-name=example-custom-endpoints -o jsonpath={.items[*].endpoints[*].addresses[0]}"
    Then the output is "10.2.3.4"
    When I run "kubectl delete endpoints example-custom-endpoints"
    And the cluster settles
    And I run "kubectl get endpointslices -l kubernetes.io/service-name=example-custom-endpoints -o name"
    Then the output is ""
    When I run "kubectl get endpointslices -l endpointslice.kubernetes.io/managed-by=endpointslicemirroring-controller.k8s.io -o name"
    Then the output is ""
