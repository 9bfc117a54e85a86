// Tests the cluster view's data: Service endpoints at each instant from the journal's Endpoints
// lines (a real recorded run), and the text shown for journals without addresses.
import { test } from 'node:test';
import { expect } from 'expect';
import { clusterPayload, readyEndpoints } from './cluster-view.ts';
import { serviceModel } from '../format/fixture-run.ts';
import { allScenarios } from '../model/run-model.ts';

test('every Endpoints write gives the ready addresses of its Service at that instant', () => {
  const journal = allScenarios(serviceModel())[0]?.journal ?? [];
  expect(clusterPayload(journal).endpoints).toEqual([
    [0, 'default/kubernetes', '172.18.0.2:6443'],
    [0, 'default/web', '<none>'],
    [500, 'default/web', '<none>'],
    [2800, 'default/web', '10.244.1.2:80, 10.244.2.2:80'],
    [3300, 'default/web', '10.244.1.2:80, 10.244.2.2:80'],
    [3600, 'default/web', '10.244.1.2:80, 10.244.1.3:80, 10.244.2.2:80'],
  ]);
});

test('a journal recorded before addresses were journalled shows the ready count', () => {
  expect(readyEndpoints({ ready: 2, notReady: 1 })).toBe('2 ready (addresses not journalled)');
  expect(readyEndpoints({ ready: 0, notReady: 1 })).toBe('<none>');
  expect(readyEndpoints({ ready: 1, notReady: 0, addresses: ['[fd00::1]:443'] })).toBe('[fd00::1]:443');
});
