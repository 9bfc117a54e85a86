Feature: kubectl prints what kubectl prints
  Commands run in-process against the simulated API server and print byte for byte what
  kubectl 1.32 prints: tables aligned like its tabwriter, jsonpath like client-go's engine,
  and its messages for every refusal.

  Background:
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels:
          app: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
        labels:
          app: api
      spec:
        containers:
          - name: api
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    And the cluster settles

  Scenario: get pods prints a table with ages from the virtual clock
    When 90 seconds pass
    And I run "kubectl get pods"
    Then the command succeeds
    And the output is:
      """
      NAME   READY   STATUS    RESTARTS   AGE
      api    1/1     Running   0          92s
      web    1/1     Running   0          92s
      """

  Scenario: get with labels, names and all namespaces
    When I run "kubectl get pods -A --show-labels"
    Then the output is:
      """
      NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE   LABELS
      default     api    1/1     Running   0          2s    app=api
      default     web    1/1     Running   0          2s    app=web
      """
    When I run "kubectl get pods -l app=web -o name"
    Then the output is "pod/web"

  Scenario: jsonpath output
    When I run "kubectl get pods -o jsonpath='{.items[*].metadata.name}'"
    Then the output is "api web"
    When I run "kubectl get pod web -o jsonpath='{.status.phase}'"
    Then the output is "Running"
    When I run "kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}={.metadata.labels.app}{\"\n\"}{end}'"
    Then the output is:
      """
      api=api
      web=web
      """
    When I run "kubectl get pod web -o jsonpath='{.spec.containers[?(@.name==\"web\")].image}'"
    Then the output is "nginx:1.27"
    When I run "kubectl get pod web -o jsonpath='{.status.nothing}'"
    Then the command succeeds
    And the output is ""

  Scenario: apply reports created, unchanged and configured
    When I run "kubectl apply -f fixtures/api/settings.yaml"
    Then the output is:
      """
      configmap/settings created
      configmap/limits created
      """
    When I run "kubectl apply -f fixtures/api/settings.yaml"
    Then the output is:
      """
      configmap/settings unchanged
      configmap/limits unchanged
      """
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      data:
        mode: slow
      """
    Then the output is "configmap/settings configured"
    When I run "kubectl get configmap settings -o jsonpath='{.data.mode}'"
    Then the output is "slow"

  Scenario: label and annotate follow the --overwrite rules
    When I run "kubectl label pod web tier=frontend"
    Then the output is "pod/web labeled"
    When I run "kubectl label pod web app=other"
    Then the command fails with "error: 'app' already has a value (web), and --overwrite is false"
    When I run "kubectl label pod web app=other --overwrite"
    Then the output is "pod/web labeled"
    When I run "kubectl label pod web tier-"
    Then the output is "pod/web unlabeled"
    When I run "kubectl get pod web --show-labels --no-headers -o wide"
    Then the output contains "app=other"
    When I run "kubectl annotate pod web note=hello"
    Then the output is "pod/web annotated"
    When I run "kubectl annotate pod web note=bye"
    Then the command fails with "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello)"

  Scenario: delete prints what it deleted and get reports what is missing
    When I run "kubectl delete pod api"
    Then the output is "pod \"api\" deleted"
    When I run "kubectl get pod api"
    Then the command fails with "Error from server (NotFound): pods \"api\" not found"
    When I run "kubectl delete pods -l app=nothing"
    Then the output is "No resources found"

  Scenario: scale sets the scale subresource
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: shop
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: shop
        template:
          metadata:
            labels:
              app: shop
          spec:
            containers:
              - name: shop
                image: nginx:1.27
      """
    And I run "kubectl scale deployment shop --replicas=3"
    Then the output is "deployment.apps/shop scaled"
    When I run "kubectl get deploy shop -o jsonpath='{.spec.replicas}'"
    Then the output is "3"
    When I run "kubectl scale deployment shop"
    Then the command fails with "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"

  Scenario: kubectl's errors for unknown commands, flags and resource types
    When I run "kubectl gett pods"
    Then the command fails with "error: unknown command \"gett\" for \"kubectl\""
    When I run "kubectl get pods --bogus"
    Then the command fails with "error: unknown flag: --bogus"
    When I run "kubectl get foo"
    Then the command fails with "error: the server doesn't have a resource type \"foo\""
    When I run "kubectl get pods -o bogus"
    Then the command fails with "error: unable to match a printer suitable for the output format \"bogus\""

  Scenario: several kinds print one table each, names qualified by kind
    When I run "kubectl get svc,pods -l app=web"
    Then the output is:
      """
      NAME      READY   STATUS    RESTARTS   AGE
      pod/web   1/1     Running   0          2s
      """
    When I run "kubectl get svc kubernetes"
    Then the output is:
      """
      NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   2s
      """
    When I run "kubectl get pods -l app=nothing"
    Then the command succeeds
    And the output is ""
