import { describe, it } from 'node:test';
import { expect } from 'expect';
import { missingServiceAccounts } from './default-service-account.ts';

describe('default service account', () => {
  it('creates default in an Active namespace that lacks it', () => {
    expect(missingServiceAccounts({ metadata: { name: 'team' }, status: { phase: 'Active' } }, [])).toEqual([
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'team' } },
    ]);
  });
  it('does nothing when it exists or the namespace terminates', () => {
    expect(missingServiceAccounts({ metadata: { name: 'team' } }, ['default'])).toEqual([]);
    expect(missingServiceAccounts({ metadata: { name: 'team' }, status: { phase: 'Terminating' } }, [])).toEqual([]);
  });
});
