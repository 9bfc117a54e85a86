@workloads
Feature: Choosing the controllers kube-controller-manager runs
  Each behaviour of a Deployment belongs to one controller, and kube-controller-manager's
  --controllers flag shows which: "*" runs them all, "-name" leaves one out. Turn one off and
  its part of the work simply never happens, while everything else goes on.

  Scenario: Without the ReplicaSet controller a Deployment gets its ReplicaSet but no pods
    Given kube-controller-manager runs with --controllers="*,-replicaset-controller"
    And a cluster with 2 nodes
    When I apply the manifest "fixtures/workloads/web-deployment.yaml"
    And the cluster settles
    Then the deployment "web" has 1 replica set
    And there are 0 pods labelled "app=web"
    And the invariant "replicaset-owns-replicas" was violated

  Scenario: Without the Deployment controller the ReplicaSet is never made
    Given kube-controller-manager runs with --controllers="*,-deployment-controller"
    And a cluster with 2 nodes
    When I apply the manifest "fixtures/workloads/web-deployment.yaml"
    And the cluster settles
    Then the deployment "web" has 0 replica sets
    And there are 0 pods labelled "app=web"

  @skip-invariant=owner-references-resolve:no-garbage-collector-runs-to-resolve-them
  Scenario: Without the garbage collector a deleted Deployment leaves its ReplicaSet and pods behind
    Given kube-controller-manager runs with --controllers="*,-garbage-collector-controller"
    And a cluster with 2 nodes
    When I apply the manifest "fixtures/workloads/web-deployment.yaml"
    And the cluster settles
    And I delete the deployment "web" with propagation policy Background
    And the cluster settles
    Then the deployment "web" does not exist
    And there are 2 pods labelled "app=web"

  Scenario: Without the garbage collector foreground deletion never finishes
    Given kube-controller-manager runs with --controllers="*,-garbage-collector-controller"
    And a cluster with 2 nodes
    When I apply the manifest "fixtures/workloads/web-deployment.yaml"
    And the cluster settles
    And I delete the deployment "web" with propagation policy Foreground
    And the cluster settles
    Then the deployment "web" exists with finalizer "foregroundDeletion"
    And there are 2 pods labelled "app=web"
