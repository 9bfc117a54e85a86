Feature: Services made with kubectl expose and kubectl create service
  kubectl builds the Service (selector, ports, type) as kubectl 1.32 does; a LoadBalancer gets an
  address from the simulated load balancer's pool (172.18.255.200-250) and answers on it.

  Background:
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web, labels: { app: web } }
      spec:
        replicas: 2
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }] }
      """
    And the cluster settles

  Scenario: Expose a Deployment and reach its pods through the Service
    When I run "kubectl expose deployment web --port=80 --target-port=80"
    Then the output is "service/web exposed"
    When the cluster settles
    Then within 1 second the service "web" has 2 ready endpoints
    When I send 40 requests to "web"
    Then every response had status 200
    And 2 different pods answered

  Scenario: A NodePort Service with an explicit node port answers on every node
    When I run "kubectl create service nodeport web --tcp=80:80 --node-port=30100"
    Then the output is "service/web created"
    When the cluster settles
    And I send 10 requests to "node-1:30100"
    Then every response had status 200
    When I send 10 requests to "node-2:30100"
    Then every response had status 200

  Scenario: A LoadBalancer Service gets the first pool address and answers on it
    When I run "kubectl expose deployment web --port=80 --type=LoadBalancer"
    Then the output is "service/web exposed"
    When the cluster settles
    And I run "kubectl get svc web -o jsonpath={.status.loadBalancer.ingress[0].ip}"
    Then the output is "172.18.255.200"
    When I run "kubectl get svc web"
    Then the output is:
      """
      NAME   TYPE           CLUSTER-IP       EXTERNAL-IP      PORT(S)        AGE
      web    LoadBalancer   10.110.189.215   172.18.255.200   80:30332/TCP   0s
      """
    When I send 20 requests to "172.18.255.200:80"
    Then every response had status 200
    And 2 different pods answered

  Scenario: A second LoadBalancer gets the next address, and a freed address is handed out again
    When I run "kubectl create service loadbalancer first --tcp=80:80"
    And I run "kubectl create service loadbalancer second --tcp=80:80"
    And the cluster settles
    And I run "kubectl get svc second -o jsonpath={.status.loadBalancer.ingress[0].ip}"
    Then the output is "172.18.255.201"
    When I run "kubectl delete svc first"
    And I run "kubectl create service loadbalancer third --tcp=80:80"
    And the cluster settles
    And I run "kubectl get svc third -o jsonpath={.status.loadBalancer.ingress[0].ip}"
    Then the output is "172.18.255.200"

  Scenario: A Service changed away from LoadBalancer gives its address back
    When I run "kubectl create service loadbalancer first --tcp=80:80"
    And the cluster settles
    And I apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: first, labels: { app: first } }
      spec:
        type: ClusterIP
        selector: { app: first }
        ports: [{ name: 80-80, port: 80, targetPort: 80, nodePort: null }]
      """
    And the cluster settles
    And I run "kubectl get svc first -o jsonpath={.status.loadBalancer}"
    Then the output is "{}"
    When I run "kubectl create service loadbalancer second --tcp=80:80"
    And the cluster settles
    And I run "kubectl get svc second -o jsonpath={.status.loadBalancer.ingress[0].ip}"
    Then the output is "172.18.255.200"

  Scenario: kubectl describe service lists the ready endpoints
    When I run "kubectl scale deployment web --replicas=1"
    And I run "kubectl expose deployment web --port=80 --target-port=80"
    And the cluster settles
    Then within 1 second the service "web" has 1 ready endpoints
    When I run "kubectl describe service web"
    Then the output is:
      """
      Name:                     web
      Namespace:                default
      Labels:                   app=web
      Annotations:              <none>
      Selector:                 app=web
      Type:                     ClusterIP
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.103.93.98
      IPs:                      10.103.93.98
      Port:                     <unset>  80/TCP
      TargetPort:               80/TCP
      Endpoints:                10.244.1.2:80
      Session Affinity:         None
      Internal Traffic Policy:  Cluster
      Events:                   <none>
      """

  Scenario: Exposing a missing Deployment is the API server's NotFound
    When I run "kubectl expose deployment nope --port=80"
    Then the command fails with "Error from server (NotFound): deployments.apps \"nope\" not found"

  Scenario: A duplicate port is refused with the API server's Duplicate value error
    When I try to apply:
      """
      apiVersion: v1
      kind: Service
      metadata: { name: dup }
      spec:
        selector: { app: web }
        ports:
          - { name: a, port: 80 }
          - { name: b, port: 80 }
      """
    Then the command fails with "The Service \"dup\" is invalid: spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}"
