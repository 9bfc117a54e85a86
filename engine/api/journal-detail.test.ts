// Tests the journal detail of Endpoints: counts and the ready addresses as kubectl's ENDPOINTS
// column spells them (per port, subsets in order, headless without ports, IPv6 bracketed).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { journalDetail } from './journal-detail.ts';

const endpoints = (subsets: unknown[]) => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets });

describe('journalDetail of Endpoints', () => {
  it('lists each ready address per port, not the not-ready ones', () => {
    const detail = journalDetail(endpoints([
      { addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }], notReadyAddresses: [{ ip: '10.244.1.9' }], ports: [{ port: 80 }, { name: 'metrics', port: 9090 }] },
      { addresses: [{ ip: '10.244.1.4' }], ports: [{ port: 8080 }] },
    ]));
    expect(detail).toEqual({
      ready: 3, notReady: 1,
      addresses: ['10.244.1.2:80', '10.244.2.3:80', '10.244.1.2:9090', '10.244.2.3:9090', '10.244.1.4:8080'],
    });
  });
  it('bare IPs for a subset without ports, brackets around IPv6', () => {
    expect(journalDetail(endpoints([{ addresses: [{ ip: '10.244.1.2' }] }, { addresses: [{ ip: 'fd00::5' }], ports: [{ port: 443 }] }])))
      .toEqual({ ready: 2, notReady: 0, addresses: ['10.244.1.2', '[fd00::5]:443'] });
  });
  it('no subsets: no addresses', () => {
    expect(journalDetail(endpoints([]))).toEqual({ ready: 0, notReady: 0, addresses: [] });
    expect(journalDetail({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web' } })).toEqual({ ready: 0, notReady: 0, addresses: [] });
  });
});
