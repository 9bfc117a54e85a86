// Steps for ConfigMaps and Secrets: create them directly, and check stored data (Secret data is
// compared base64-encoded, as the API stores it), types, labels and patches.
// Quota and namespace steps live in policy.steps.ts; shared readers in support/policy-objects.ts.
import { expect } from 'expect';
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1.js';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';
import { attempt, get } from './support/policy-objects.ts';

defineStep({
  pattern: 'I create configmap {string} in namespace {string}',
  description: 'Creates a ConfigMap with one data key (`a: b`).',
  example: 'When I create configmap "test-configmap" in namespace "quota-e2e"',
}, function (this: KubespecWorld, name: string, namespace: string) {
  this.cluster.client.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data: { a: 'b' } });
});

defineStep({
  pattern: 'I create secret {string} in namespace {string}',
  description: 'Creates an Opaque Secret with one data key.',
  example: 'When I create secret "test-secret" in namespace "quota-e2e"',
}, function (this: KubespecWorld, name: string, namespace: string) {
  this.cluster.client.create('secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, data: { 'secret-key': 'dmFsdWU=' } });
});

defineStep({
  pattern: 'the secret {string} in namespace {string} has data {string} = {string}',
  description: 'One key of a stored Secret\'s data, base64-encoded as the API returns it.',
  example: 'Then the secret "db" in namespace "default" has data "password" = "czNjcjN0"',
}, function (this: KubespecWorld, name: string, namespace: string, key: string, value: string) {
  expect(get<Secret>(this, 'secrets', namespace, name).data?.[key]).toBe(value);
});

defineStep({
  pattern: 'the secret {string} in namespace {string} has type {string}',
  description: 'A stored Secret\'s type (Opaque when none was given).',
  example: 'Then the secret "db" in namespace "default" has type "Opaque"',
}, function (this: KubespecWorld, name: string, namespace: string, type: string) {
  expect(get<Secret>(this, 'secrets', namespace, name).type).toBe(type);
});

defineStep({
  pattern: 'the secret {string} in namespace {string} has no stringData',
  description: 'stringData is write-only: it never appears on a stored Secret.',
  example: 'Then the secret "db" in namespace "default" has no stringData',
}, function (this: KubespecWorld, name: string, namespace: string) {
  expect(get<Secret>(this, 'secrets', namespace, name).stringData).toBeUndefined();
});

defineStep({
  pattern: 'the configmap {string} in namespace {string} has data {string} = {string}',
  description: 'One key of a stored ConfigMap\'s data.',
  example: 'Then the configmap "app-config" in namespace "default" has data "mode" = "fast"',
}, function (this: KubespecWorld, name: string, namespace: string, key: string, value: string) {
  expect(get<ConfigMap>(this, 'configmaps', namespace, name).data?.[key]).toBe(value);
});

defineStep({
  pattern: 'I patch the secret {string} in namespace {string} with data {string} = {string} and label {string} = {string}',
  description: 'A merge patch of one data key (base64) and one label.',
  example: 'When I patch the secret "s" in namespace "default" with data "key" = "bmV3" and label "testsecret" = "true"',
}, function (this: KubespecWorld, name: string, namespace: string, key: string, value: string, label: string, labelValue: string) {
  this.cluster.client.patch('secrets', namespace, name, 'merge', { metadata: { labels: { [label]: labelValue } }, data: { [key]: value } });
});

defineStep({
  pattern: '{word} labelled {string} in namespace {string} number {int}',
  description: 'How many objects of a resource (plural) match a label selector in the namespace.',
  example: 'Then secrets labelled "testsecret-constant=true" in namespace "default" number 1',
}, function (this: KubespecWorld, resource: string, labelSelector: string, namespace: string, count: number) {
  expect(this.cluster.client.list(resource, { namespace, labelSelector }).items.length).toBe(count);
});

defineStep({
  pattern: 'I delete {word} labelled {string} in namespace {string}',
  description: 'deletecollection of a resource (plural) by label selector.',
  example: 'When I delete secrets labelled "testsecret-constant=true" in namespace "default"',
}, function (this: KubespecWorld, resource: string, labelSelector: string, namespace: string) {
  this.cluster.client.deleteCollection(resource, { namespace, labelSelector });
});

defineStep({
  pattern: 'I try to set data {string} = {string} on configmap {string} in namespace {string}',
  description: 'A merge patch of one ConfigMap data key; a refusal is remembered for "the command is refused with:".',
  example: 'When I try to set data "level" = "debug" on configmap "frozen" in namespace "default"',
}, function (this: KubespecWorld, key: string, value: string, name: string, namespace: string) {
  attempt(this, () => this.cluster.client.patch('configmaps', namespace, name, 'merge', { data: { [key]: value } }));
});
