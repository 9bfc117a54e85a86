Feature: Evicting pods through the pods/eviction subresource
  An eviction is a graceful delete that first asks the pod's PodDisruptionBudget: the pod gets the
  DisruptionTarget condition and its controller replaces it, unless the budget allows no
  disruption, in which case the API server answers 429 TooManyRequests.

  Background:
    Given a cluster with 2 nodes
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
      """
    And the cluster settles
    Then the deployment "web" has 3 available replicas

  Scenario: An evicted pod of a Deployment is marked DisruptionTarget and replaced
    When a pod of deployment "web" is evicted
    Then the evicted pod has condition DisruptionTarget True with reason "EvictionByEvictionAPI" and message "Eviction API: evicting"
    When the cluster settles
    Then the deployment "web" has 3 pods
    And the deployment "web" has 3 available replicas

  Scenario: A budget of minAvailable equal to the replica count refuses the eviction
    When I apply:
      """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: web-pdb
      spec:
        minAvailable: 3
        selector:
          matchLabels:
            app: web
      """
    And I try to evict a pod of deployment "web"
    Then the command fails with "Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget."
    And the deployment "web" has 3 pods

  Scenario: A bare pod without a budget is evicted; a missing pod is not found
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        containers:
          - name: app
            image: nginx:1.27
      """
    And the cluster settles
    And I try to evict pod "solo"
    Then the command succeeds
    When the cluster settles
    Then the pod "solo" no longer exists
    When I try to evict pod "solo"
    Then the command fails with "Error from server (NotFound): pods \"solo\" not found"
