Feature: Image pull failures
  An image that cannot be pulled leaves the container waiting with ErrImagePull, then
  ImagePullBackOff while the pull back-off (10s, doubling) runs; an invalid reference gives
  InvalidImageName.

  Scenario: An unpullable image goes from ErrImagePull to ImagePullBackOff
    Given a cluster with 1 node
    And the image "example.com/app:2" becomes unpullable
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
          - name: app
            image: example.com/app:2
      """
    And 5 seconds pass
    Then the container "app" of pod "app" is waiting with reason "ImagePullBackOff"
    And the pod "app" has phase "Pending"
    And the pod "app" has an event "Pulling: Pulling image \"example.com/app:2\""
    And the pod "app" has an event "Failed: Failed to pull image \"example.com/app:2\": rpc error: code = NotFound desc = failed to pull and unpack image \"example.com/app:2\": failed to resolve reference \"example.com/app:2\": example.com/app:2: not found"
    And the pod "app" has an event "Failed: Error: ErrImagePull"
    And the pod "app" has an event "BackOff: Back-off pulling image \"example.com/app:2\""
    And the pod "app" has an event "Failed: Error: ImagePullBackOff"

  Scenario: An invalid image reference
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bad
      spec:
        containers:
          - name: app
            image: busyBOX
      """
    And 5 seconds pass
    Then the container "app" of pod "bad" is waiting with reason "InvalidImageName"
    And the pod "bad" has an event "InspectFailed: Failed to apply default image tag \"busyBOX\": couldn't parse image name \"busyBOX\": invalid reference format: repository name (library/busyBOX) must be lowercase"
    And the pod "bad" has an event "Failed: Error: InvalidImageName"
