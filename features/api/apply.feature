Feature: Applying manifests
  Manifests are real Kubernetes YAML: several documents in one file and `kind: List` both work,
  and bad input gets the message kubectl would print, naming the file.

  Scenario: A multi-document manifest with a List creates every object
    Given a cluster with 1 node
    When I apply the manifest "fixtures/api/settings.yaml"
    Then the output is:
      """
      configmap/settings created
      configmap/limits created
      """
    When I run "kubectl get configmaps -o name"
    Then the output is:
      """
      configmap/limits
      configmap/settings
      """

  Scenario: A pod is scheduled and reported running
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    And the cluster settles
    Then I run "kubectl get pod web -o name"
    And the output is "pod/web"

  Scenario: A manifest without a kind is refused with kubectl's message
    Given a cluster with 1 node
    When I try to apply:
      """
      apiVersion: v1
      metadata:
        name: nameless
      """
    Then the command fails with "error validating data: [kind not set]"

  Scenario: A missing fixture names the path
    Given a cluster with 1 node
    When I run "kubectl apply -f fixtures/api/no-such-file.yaml"
    Then the command fails with "the path \"fixtures/api/no-such-file.yaml\" does not exist"
