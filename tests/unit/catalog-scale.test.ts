/** The synthetic larger catalog of `npm run bench -- --scale N`: valid, N times the size, same shape. */
import {describe, expect, it} from 'vitest';
import {indexCatalog, validateCatalog, type FeatureModule} from '../../src/catalog';
import {allModules} from '../../src/catalog/modules';
import {catalogScaleFromEnv, scaleModules} from '../../src/catalog/scale';

describe('scaled catalog', () => {
  const scaled = scaleModules(allModules, 3);
  const count = (mods: readonly FeatureModule[], pick: (m: FeatureModule) => unknown[]) =>
    mods.reduce((sum, mod) => sum + pick(mod).length, 0);

  it('passes every check of the catalog validator', () => {
    expect(validateCatalog(scaled)).toEqual([]);
  });

  it('has three times the modules, entries, endpoints and references', () => {
    expect(scaled).toHaveLength(3 * allModules.length);
    expect(count(scaled, (m) => m.entries)).toBe(3 * count(allModules, (m) => m.entries));
    expect(count(scaled, (m) => m.endpoints)).toBe(3 * count(allModules, (m) => m.endpoints));
    const catalog = indexCatalog(scaled);
    const original = indexCatalog(allModules);
    for (const entry of original.entries) {
      expect(catalog.usesOfEntry.get(`${entry.id}-s3`)?.length).toBe(original.usesOfEntry.get(entry.id)?.length);
    }
  });

  it('is the catalog itself at factor 1, and deterministic', () => {
    expect(scaleModules(allModules, 1)).toEqual([...allModules]);
    expect(JSON.stringify(scaleModules(allModules, 2))).toBe(JSON.stringify(scaleModules(allModules, 2)));
  });

  it('reads CATALOG_SCALE, refusing anything but a whole number from 1 to 50', () => {
    expect(catalogScaleFromEnv({})).toBe(1);
    expect(catalogScaleFromEnv({CATALOG_SCALE: '10'})).toBe(10);
    for (const bad of ['0', '2.5', 'ten', '-1', '51']) {
      expect(() => catalogScaleFromEnv({CATALOG_SCALE: bad}), bad).toThrow(/CATALOG_SCALE must be/);
    }
  });
});
