/**
 * The catalog as the rest of the project sees it: validated once, with the
 * derived views pages and search need (entry by id, owning module, endpoints
 * that return an entry).
 */
import {allModules} from './modules';
import {CatalogError, validateCatalog} from './validate';
import type {Endpoint, ErrorEntry, FeatureModule} from './types';

export * from './types';
export {provenanceOf, type Provenance} from './provenance';
export {CatalogError, formatProblem, validateCatalog} from './validate';

/** An endpoint that returns an entry, with the endpoint-specific note if any. */
export interface EndpointUse {
  module: FeatureModule;
  endpoint: Endpoint;
  note?: Endpoint['errors'][number]['note'];
}

export interface Catalog {
  modules: readonly FeatureModule[];
  entries: readonly ErrorEntry[];
  entryById: ReadonlyMap<string, ErrorEntry>;
  moduleOfEntry: ReadonlyMap<string, FeatureModule>;
  usesOfEntry: ReadonlyMap<string, readonly EndpointUse[]>;
}

/** Validates the modules and builds the derived views; throws CatalogError naming every broken field. */
export function loadCatalog(modules: readonly FeatureModule[] = allModules): Catalog {
  const problems = validateCatalog(modules);
  if (problems.length > 0) throw new CatalogError(problems);
  return indexCatalog(modules);
}

/** The derived views alone, for modules already known to be valid. */
export function indexCatalog(declared: readonly FeatureModule[]): Catalog {
  const modules = withAppTokenErrors(declared);
  const entries: ErrorEntry[] = [];
  const entryById = new Map<string, ErrorEntry>();
  const moduleOfEntry = new Map<string, FeatureModule>();
  const usesOfEntry = new Map<string, EndpointUse[]>();
  for (const mod of modules) {
    for (const entry of mod.entries) {
      entries.push(entry);
      entryById.set(entry.id, entry);
      moduleOfEntry.set(entry.id, mod);
      usesOfEntry.set(entry.id, []);
    }
  }
  for (const mod of modules) {
    for (const endpoint of mod.endpoints) {
      for (const ref of endpoint.errors) {
        usesOfEntry.get(ref.error)?.push({module: mod, endpoint, note: ref.note});
      }
    }
  }
  entries.sort(compareEntries);
  return {modules, entries, entryById, moduleOfEntry, usesOfEntry};
}

/**
 * The modules with each error flagged `everyAppTokenEndpoint` added to every
 * endpoint that takes an App Token and does not list it already (an endpoint
 * lists it itself only to add a note or to keep its place). It goes after the
 * 400 errors that open the endpoint's list: the docs' tables put the request
 * errors first and the token error next.
 */
export function withAppTokenErrors(modules: readonly FeatureModule[]): FeatureModule[] {
  const implied = modules.flatMap((m) => m.entries).filter((e) => e.everyAppTokenEndpoint);
  const statusOf = new Map(modules.flatMap((m) => m.entries.map((e) => [e.id, e.status] as const)));
  const addTo = (endpoint: Endpoint): Endpoint => {
    const missing = implied.filter((entry) => !endpoint.errors.some((ref) => ref.error === entry.id));
    if (missing.length === 0) return endpoint;
    const errors = [...endpoint.errors];
    const leading400 = errors.findIndex((ref) => statusOf.get(ref.error) !== 400);
    errors.splice(leading400 < 0 ? errors.length : leading400, 0, ...missing.map((entry) => ({error: entry.id})));
    return {...endpoint, errors};
  };
  return modules.map((mod) => ({
    ...mod,
    endpoints: mod.endpoints.map((endpoint) =>
      (endpoint.appTokenErrors ?? mod.appTokenErrors ?? true) ? addTo(endpoint) : endpoint,
    ),
  }));
}

/**
 * Status first, then type and message: the order a reader scans a table in.
 * Failures reported inside a 200 response come after every error status.
 */
export function compareEntries(a: ErrorEntry, b: ErrorEntry): number {
  return (
    Number(Boolean(a.partial)) - Number(Boolean(b.partial)) ||
    a.status - b.status ||
    a.type.localeCompare(b.type) ||
    a.message.localeCompare(b.message)
  );
}
