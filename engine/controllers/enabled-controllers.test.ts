import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { enabledControllers, isControllerEnabled, type NamedController } from './enabled-controllers.ts';
import { controllers } from './index.ts';

const names = (list: readonly string[]): string[] =>
  enabledControllers(controllers, list).map((def) => controllers.find((c) => c.definition === def)!.name);

describe('--controllers (IsControllerEnabled)', () => {
  it('runs every controller by default, in the registry order', () => {
    expect(names(['*'])).toEqual(controllers.map((c) => c.name));
    expect(names(['*'])).toHaveLength(13);
  });

  it('leaves out a controller named with a dash, and runs only the named ones without a star', () => {
    expect(names(['*', '-garbage-collector-controller'])).not.toContain('garbage-collector-controller');
    expect(names(['*', '-garbage-collector-controller'])).toHaveLength(12);
    expect(names(['serviceaccount-controller', 'namespace-controller'])).toEqual(['namespace-controller', 'serviceaccount-controller']);
    expect(names([])).toEqual([]);
  });

  it('lets the first entry that names a controller decide', () => {
    expect(isControllerEnabled('a', ['-a', 'a', '*'])).toBe(false);
    expect(isControllerEnabled('a', ['a', '-a'])).toBe(true);
    expect(isControllerEnabled('a', ['*', '-b'])).toBe(true);
    expect(isControllerEnabled('a', ['b'])).toBe(false);
  });

  it('accepts the names from before 1.28 as aliases, a dash included', () => {
    expect(names(['*', '-garbagecollector', '-replicaset'])).toEqual(names(['*', '-garbage-collector-controller', '-replicaset-controller']));
    expect(names(['endpoint'])).toEqual(['endpoints-controller']);
  });

  it('refuses an unknown name with the options validation message, quoting it without the dash', () => {
    expect(() => names(['*', 'bogus-controller'])).toThrow('"bogus-controller" is not in the list of known controllers');
    expect(() => names(['-bogus'])).toThrow('"bogus" is not in the list of known controllers');
    expect(() => names([''])).toThrow('"" is not in the list of known controllers');
  });

  it('agrees with its rule for any list: an explicit entry first decides, else a star enables', () => {
    const all: NamedController[] = ['a', 'b', 'c'].map((name) => ({ name, aliases: [], definition: { name, start: () => undefined } }));
    const entry = fc.constantFrom('*', 'a', '-a', 'b', '-b', 'c', '-c');
    fc.assert(fc.property(fc.array(entry, { maxLength: 8 }), (list) => {
      for (const c of all) {
        const decisive = list.find((e) => e === c.name || e === `-${c.name}`);
        const expected = decisive === undefined ? list.includes('*') : decisive === c.name;
        expect(isControllerEnabled(c.name, list)).toBe(expected);
        expect(enabledControllers(all, list).some((d) => d.name === c.name)).toBe(expected);
      }
    }), { seed: 33, numRuns: 300 });
  });
});
