/**
 * A synthetic catalog N times today's, for measuring what growth costs
 * (`npm run bench -- --scale 10`): every module is copied N-1 times with its
 * ids, endpoints and messages renamed, so the copy is a valid catalog of the
 * same shape. Never used for the published site: only `CATALOG_SCALE` turns it on.
 */
import {withAppTokenErrors} from './index';
import type {Endpoint, ErrorEntry, FeatureModule, Localized} from './types';

/** The copy number as a suffix or prefix: copy 2 of `groups` is `groups-s2`. */
const tag = (copy: number) => `s${copy}`;

const suffixed = (text: Localized, copy: number): Localized => ({
  zh: `${text.zh}（副本 ${copy}）`,
  en: `${text.en} (copy ${copy})`,
});

function copyEntry(entry: ErrorEntry, copy: number): ErrorEntry {
  return {
    ...entry,
    id: `${entry.id}-${tag(copy)}`,
    // A prefix keeps the message a valid template of its sample (trailing punctuation is optional there).
    message: entry.message ? `${tag(copy)} ${entry.message}` : tag(copy),
    sample: entry.sample === undefined ? undefined : `${tag(copy)} ${entry.sample}`,
    related: entry.related?.map((id) => `${id}-${tag(copy)}`),
    // The copy's endpoints list it explicitly (see scaleModules), so it does not also join every other copy.
    everyAppTokenEndpoint: undefined,
  };
}

function copyEndpoint(endpoint: Endpoint, moduleId: string, copy: number): Endpoint {
  const name = endpoint.id.slice(endpoint.id.indexOf('.') + 1);
  return {
    ...endpoint,
    id: `${moduleId}.${name}`,
    path: `/${tag(copy)}${endpoint.path}`,
    title: suffixed(endpoint.title, copy),
    // Every module is copied with the same number, so references across modules stay valid.
    errors: endpoint.errors.map((ref) => ({...ref, error: `${ref.error}-${tag(copy)}`})),
    // Its App Token errors are already in the list, copied with the rest.
    appTokenErrors: false,
  };
}

function copyModule(mod: FeatureModule, copy: number): FeatureModule {
  const id = `${mod.id}-${tag(copy)}`;
  return {
    ...mod,
    id,
    title: suffixed(mod.title, copy),
    entries: mod.entries.map((entry) => copyEntry(entry, copy)),
    endpoints: mod.endpoints.map((endpoint) => copyEndpoint(endpoint, id, copy)),
  };
}

/** The modules and `factor - 1` renamed copies of each; `factor` 1 is the catalog itself. */
export function scaleModules(modules: readonly FeatureModule[], factor: number): FeatureModule[] {
  const scaled = [...modules];
  // Copies start from the modules with the errors every App Token endpoint returns written out.
  const expanded = withAppTokenErrors(modules);
  for (let copy = 2; copy <= factor; copy++) scaled.push(...expanded.map((mod) => copyModule(mod, copy)));
  return scaled;
}

/** The factor `CATALOG_SCALE` asks for: 1 when unset; a clear error for anything but a whole number 1-50. */
export function catalogScaleFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.CATALOG_SCALE;
  if (raw === undefined || raw === '') return 1;
  const factor = Number(raw);
  if (!Number.isInteger(factor) || factor < 1 || factor > 50) {
    throw new Error(`CATALOG_SCALE must be a whole number from 1 to 50, not "${raw}".`);
  }
  return factor;
}
