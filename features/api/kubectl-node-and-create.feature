Feature: kubectl cordon, run and create deployment
  `kubectl cordon` marks a node unschedulable so new pods go elsewhere; `kubectl run` creates one
  pod; `kubectl create deployment` creates a Deployment labelled app=NAME. Messages as kubectl 1.32.

  Scenario: A cordoned node takes no new pod
    Given a cluster with 2 nodes
    When I run "kubectl cordon node-1"
    Then the output is "node/node-1 cordoned"
    When I run "kubectl cordon node-1"
    Then the output is "node/node-1 already cordoned"
    When I run "kubectl run web --image=nginx:1.27"
    Then the output is "pod/web created"
    And the cluster settles
    Then pod "web" is scheduled on "node-2"
    When I run "kubectl uncordon node-1"
    Then the output is "node/node-1 uncordoned"
    When I run "kubectl uncordon node-1"
    Then the output is "node/node-1 already uncordoned"
    When I run "kubectl cordon node-9"
    Then the command fails with "Error from server (NotFound): nodes \"node-9\" not found"

  Scenario: kubectl run labels the pod run=NAME and sets the restart policy
    Given a cluster with 1 node
    When I run "kubectl run once --image=busybox:1.36 --restart=Never --labels=tier=batch,app=once -- sh -c 'echo hi'"
    Then the output is "pod/once created"
    When I run "kubectl get pod once -o jsonpath='{.metadata.labels.tier} {.spec.restartPolicy} {.spec.containers[0].args[1]}'"
    Then the output is "batch Never -c"
    When the cluster settles
    Then the pod "once" has phase "Succeeded"
    When I run "kubectl logs once"
    Then the output is "hi"
    When I run "kubectl run plain --image=busybox:1.36 -- sleep 3600"
    And I run "kubectl get pod plain -o jsonpath='{.metadata.labels.run} {.spec.restartPolicy}'"
    Then the output is "plain Always"
    When I run "kubectl run noimage"
    Then the command fails with "error: --image is required"

  Scenario: kubectl create deployment then it becomes available
    Given a cluster with 2 nodes
    When I run "kubectl create deployment web --image=nginx:1.27 --replicas=3 --port=80"
    Then the output is "deployment.apps/web created"
    When the cluster settles
    Then the deployment "web" has 3 available replicas
    When I run "kubectl get deployment web -o jsonpath='{.spec.selector.matchLabels.app} {.spec.template.spec.containers[0].name} {.spec.template.spec.containers[0].ports[0].containerPort}'"
    Then the output is "web nginx 80"
