// Tests for image reference parsing and InvalidImageName messages.
import { test } from 'node:test';
import { expect } from 'expect';
import { parseImageRef } from './image-ref.ts';

test('untagged images get :latest and a familiar name', () => {
  expect(parseImageRef('nginx')).toEqual({ ok: true, ref: { pullName: 'nginx:latest', repository: 'nginx' } });
  expect(parseImageRef('docker.io/library/nginx:1.25')).toEqual({
    ok: true, ref: { pullName: 'docker.io/library/nginx:1.25', repository: 'nginx', tag: '1.25' },
  });
  expect(parseImageRef('registry.k8s.io/pause:3.10')).toMatchObject({ ok: true, ref: { repository: 'registry.k8s.io/pause', tag: '3.10' } });
  expect(parseImageRef('localhost:5000/app')).toMatchObject({ ok: true, ref: { repository: 'localhost:5000/app', pullName: 'localhost:5000/app:latest' } });
  expect(parseImageRef('bitnami/redis:7.2')).toMatchObject({ ok: true, ref: { repository: 'bitnami/redis' } });
});

test('invalid references give the kubelet InvalidImageName text', () => {
  expect(parseImageRef('busyBOX')).toEqual({
    ok: false,
    message: 'Failed to apply default image tag "busyBOX": couldn\'t parse image name "busyBOX": invalid reference format: repository name (library/busyBOX) must be lowercase',
  });
  expect(parseImageRef('registry.hub.docker.com/library//nginx:latest')).toEqual({
    ok: false,
    message: 'Failed to apply default image tag "registry.hub.docker.com/library//nginx:latest": couldn\'t parse image name "registry.hub.docker.com/library//nginx:latest": invalid reference format',
  });
  expect(parseImageRef(':sha-0b293ab').ok).toBe(false);
  expect(parseImageRef('nginx:bad tag').ok).toBe(false);
});
