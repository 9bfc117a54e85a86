Feature: Label and field selectors
  `kubectl get -l` and `--field-selector` are parsed by the API server exactly as Kubernetes'
  labels.Parse and fields.ParseSelector do: set-based and equality requirements are ANDed, a
  missing label counts as "not equal" and "not in", and a malformed selector is refused with
  Kubernetes' own message.

  Background:
    Given a cluster with 1 node
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels: {app: web, tier: frontend}
      spec:
        containers: [{name: web, image: "nginx:1.27"}]
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
        labels: {app: api, tier: backend}
      spec:
        containers: [{name: api, image: "example/api:2.1"}]
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: db
        labels: {app: db, tier: backend, legacy: "true"}
      spec:
        containers: [{name: db, image: "postgres:17"}]
      """

  Scenario: A set-based selector picks the pods whose label is in the set
    When I run "kubectl get pods -l 'app in (web,api)' -o name"
    Then the output is:
      """
      pod/api
      pod/web
      """

  Scenario: A missing label satisfies notin and !=
    When I run "kubectl get pods -l 'legacy notin (true)' -o name"
    Then the output is:
      """
      pod/api
      pod/web
      """
    When I run "kubectl get pods -l 'legacy!=true' -o name"
    Then the output is:
      """
      pod/api
      pod/web
      """

  Scenario Outline: Requirements are ANDed: <selector>
    When I run "kubectl get pods -l '<selector>' -o name"
    Then the output is "<pods>"

    Examples:
      | selector                    | pods    |
      | tier=backend,!legacy        | pod/api |
      | tier==backend,legacy        | pod/db  |
      | tier!=backend               | pod/web |
      | app notin (web,db), tier    | pod/api |
      | app in (web, db),legacy=true | pod/db  |
      | app in (web),tier=backend   |         |

  Scenario: A field selector matches object fields
    When I run "kubectl get pods --field-selector metadata.name=api -o name"
    Then the output is "pod/api"
    When I run "kubectl get pods --field-selector=metadata.name!=api,metadata.namespace=default -o name"
    Then the output is:
      """
      pod/db
      pod/web
      """

  Scenario Outline: A malformed selector is refused with Kubernetes' message
    When I run "kubectl get pods <flag> '<selector>'"
    Then the command fails with "<message>"

    Examples:
      | flag             | selector         | message                                                                        |
      | -l               | app in web       | unable to parse requirement: found 'web' expected: '('                         |
      | -l               | app in (web      | unable to parse requirement: found '', expected: ',' or ')'                    |
      | -l               | app=web,         | found '', expected: identifier after ','                                       |
      | -l               | app=web tier=db  | found 'tier', expected: ',' or 'end of string'                                 |
      | -l               | app ~ web        | unable to parse requirement: found '~', expected: in, notin, =, ==, !=, gt, lt |
      | --field-selector | metadata.name    | invalid selector: 'metadata.name'; can't understand 'metadata.name'            |
      | --field-selector | metadata.name=a=b | invalid field selector: unescaped character in value: 61                      |
