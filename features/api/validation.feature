Feature: Bad input is refused the way the API server refuses it
  The API server decodes strictly (unknown or mistyped fields), defaults, then validates each
  kind. Every refusal below carries the exact text a Kubernetes 1.33 server sends.

  Background:
    Given a cluster with 1 node

  Scenario: A misspelled LimitRange field is an unknown field (the seeds' quota notes)
    When I try to apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: defaults
      spec:
        limits:
          - type: Container
            defaulyRequest:
              cpu: 100m
      """
    Then the command fails with "LimitRange in version \"v1\" cannot be handled as a LimitRange: strict decoding error: unknown field \"spec.limits[0].defaulyRequest\""

  Scenario: Several unknown fields are listed in document order
    When I try to apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replica: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                imag: nginx:1.27
      """
    Then the command fails with "strict decoding error: unknown field \"spec.replica\", unknown field \"spec.template.spec.containers[0].imag\""

  Scenario: A string where a number belongs is a decoding error
    When I try to apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: "3"
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    Then the command fails with "Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"

  Scenario: A number as a label value is a decoding error
    When I try to apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        labels:
          version: 2
      """
    Then the command fails with "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string"

  Scenario: A bad quantity is refused while decoding
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources:
              limits:
                cpu: 2 cores
      """
    Then the command fails with "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"

  Scenario: Negative replicas are invalid
    When I try to apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: -1
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    Then the command fails with "The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"

  Scenario: The selector must match the template labels
    When I try to apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: api}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    Then the command fails with "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"api\"}: `selector` does not match template `labels`"

  Scenario: maxSurge and maxUnavailable may not both be 0
    When I try to apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        strategy:
          rollingUpdate: {maxSurge: 0, maxUnavailable: 0}
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """
    Then the command fails with "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0"

  Scenario: Object names must be DNS subdomains
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: Bad_Name
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    Then the command fails with "The Pod \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"

  Scenario: Several errors are reported together, one per line as kubectl prints them
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        restartPolicy: Sometimes
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: Sometimes
      """
    Then the command fails with "* spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\""
    And the command fails with "* spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""

  Scenario: A probe needs exactly one handler
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            livenessProbe:
              periodSeconds: 5
      """
    Then the command fails with "spec.containers[0].livenessProbe: Required value: must specify a handler type"

  Scenario: Requests may not exceed limits
    When I try to apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources:
              requests: {cpu: "1"}
              limits: {cpu: 500m}
      """
    Then the command fails with "spec.containers[0].resources.requests: Invalid value: \"1\": must be less than or equal to cpu limit of 500m"

  Scenario: A Job's pods may not restart Always, which is the PodSpec default
    When I try to apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: once
      spec:
        template:
          spec:
            containers:
              - name: work
                image: busybox:1.36
      """
    Then the command fails with "spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""

  Scenario: Service ports must be unique per protocol
    When I try to apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector: {app: web}
        ports:
          - {name: http, port: 80}
          - {name: alt, port: 80}
      """
    Then the command fails with "spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", Protocol:\"TCP\""

  Scenario: ConfigMap keys are restricted
    When I try to apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      data:
        "log level": debug
      """
    Then the command fails with "data[log level]: Invalid value: \"log level\": a valid config key must consist of alphanumeric characters, '-', '_' or '.'"

  Scenario: A valid LimitRange is stored with its defaults filled in
    When I apply:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: defaults
      spec:
        limits:
          - type: Container
            max: {cpu: "2"}
      """
    Then the command succeeds

  Scenario: A CronJob schedule must parse
    When I try to apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: nightly
      spec:
        schedule: "0 25 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: work
                    image: busybox:1.36
      """
    Then the command fails with "The CronJob \"nightly\" is invalid: spec.schedule: Invalid value: \"0 25 * * *\": end of range (25) above maximum (23): 25"

  Scenario: A CronJob names its time zone in spec.timeZone, not in the schedule
    When I try to apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: nightly
      spec:
        schedule: "CRON_TZ=Europe/Paris 0 3 * * *"
        timeZone: Europe/Pariss
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: work
                    image: busybox:1.36
      """
    Then the command fails with "The CronJob \"nightly\" is invalid:"
    And the command fails with "* spec.schedule: Invalid value: \"CRON_TZ=Europe/Paris 0 3 * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"
    And the command fails with "* spec.timeZone: Invalid value: \"Europe/Pariss\": unknown time zone Europe/Pariss"
