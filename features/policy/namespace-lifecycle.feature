@policy
Feature: Namespace lifecycle
  Deleting a namespace marks it Terminating, refuses new content, deletes its pods first and then
  everything else, and finally removes the namespace. The built-in namespaces cannot be deleted.

  Background:
    Given a cluster with 2 nodes
    And the namespace "team-a" exists

  Scenario: Every new namespace gets a default ServiceAccount and is Active
    Then the namespace "team-a" has phase "Active"
    And the serviceaccount "default" exists in namespace "team-a"

  Scenario: Deleting a namespace removes its content and then the namespace
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: api
        namespace: team-a
      spec:
        selector: {app: api}
        ports:
        - port: 80
      """
    And I create 2 pods "api" in namespace "team-a" requesting cpu "100m" and memory "64Mi"
    And the cluster settles
    And I delete the namespace "team-a"
    Then the namespace "team-a" has phase "Terminating"
    When I try to create pod "late" in namespace "team-a" requesting cpu "100m" and memory "64Mi"
    Then the command is refused with:
      """
      pods "late" is forbidden: unable to create new content in namespace team-a because it is being terminated
      """
    When the cluster settles
    Then the namespace "team-a" does not exist

  Scenario Outline: The built-in namespace <name> cannot be deleted
    When I try to delete the namespace "<name>"
    Then the command is refused with:
      """
      namespaces "<name>" is forbidden: this namespace may not be deleted
      """

    Examples:
      | name        |
      | default     |
      | kube-system |
      | kube-public |

  Scenario: A pod naming a missing ServiceAccount is refused
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: robot
        namespace: team-a
      spec:
        serviceAccountName: robot
        containers:
        - name: app
          image: nginx
      """
    Then the command is refused with:
      """
      pods "robot" is forbidden: error looking up service account team-a/robot: serviceaccount "robot" not found
      """
