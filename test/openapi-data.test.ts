// engine/api/openapi/openapi-v3.json (what `kubectl explain` reads) is generated from the
// kubernetes-models devDependency for the registered kinds; this test fails when a kind was added
// to the registry, or the package changed, without `npm run openapi:data`.
import { test } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { buildOpenApiData, formatOpenApiData, OPENAPI_DATA_FILE } from './support/openapi/build-openapi-data.ts';

test('the committed OpenAPI v3 data matches what the generator builds', () => {
  expect(readFileSync(OPENAPI_DATA_FILE, 'utf8') === formatOpenApiData(buildOpenApiData())).toBe(true);
});

test('the data covers every registered kind with a group-version-kind and reaches every referenced definition', () => {
  const data = buildOpenApiData();
  const refs = new Set<string>();
  const walk = (p: { ref?: string; items?: object; additionalProperties?: object }): void => {
    if (p.ref) refs.add(p.ref);
    if (p.items) walk(p.items);
    if (p.additionalProperties) walk(p.additionalProperties);
  };
  for (const d of Object.values(data.definitions)) for (const p of Object.values(d.properties ?? {})) walk(p);
  expect([...refs].filter((r) => !(r in data.definitions))).toEqual([]);
  expect(data.groupVersions['apps/v1']?.deployments).toBe('io.k8s.api.apps.v1.Deployment');
  expect(data.definitions['io.k8s.api.apps.v1.Deployment']?.gvk).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment' });
  expect(data.definitions['io.k8s.api.apps.v1.DeploymentStrategy']?.properties?.type?.enum).toEqual(['Recreate', 'RollingUpdate']);
  expect(data.definitions['io.k8s.api.core.v1.PodSpec']?.required).toEqual(['containers']);
});
