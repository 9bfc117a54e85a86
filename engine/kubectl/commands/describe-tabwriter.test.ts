import { describe, it } from 'node:test';
import { expect } from 'expect';
import { tabwrite } from './describe-tabwriter.ts';

describe('tabwrite (Go text/tabwriter, padding 2)', () => {
  it('aligns a column block; a line without a tab ends the block', () => {
    expect(tabwrite('Name:\tweb\nNamespace:\tdefault\nPod Template:\n  Labels:\tapp=web\n')).toBe(
      'Name:       web\nNamespace:  default\nPod Template:\n  Labels:  app=web\n');
  });
  it('the Conditions table shares column 0 with OldReplicaSets/NewReplicaSet, as in real output', () => {
    expect(tabwrite('Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n  Available \tTrue\tMinimumReplicasAvailable\n  Progressing \tTrue\tNewReplicaSetAvailable\nOldReplicaSets:\t<none>\nNewReplicaSet:\tweb-1 (3/3 replicas created)\n')).toBe(
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-1 (3/3 replicas created)\n');
  });
});
