/**
 * The data each generated page receives, already resolved to one language.
 * Pure functions of the catalog: tests call them without running Docusaurus,
 * and React components import only the types.
 */
import {provenanceOf, type Provenance} from '../../catalog/provenance';
import type {Catalog, Endpoint, ErrorEntry, FeatureModule, Language, Localized, Source} from '../../catalog';
import {statusLine} from '../../catalog/http-status';
import {endpointIdRedirects} from '../../catalog/redirects';
import {paths} from '../../links';

export interface EntrySummary {
  id: string;
  status: number;
  type: string;
  message: string;
  summary: string;
  /** Set only on a failure reason reported inside a 200 response. */
  partial?: true;
}

export interface EntryRow extends EntrySummary {
  moduleId: string;
  moduleTitle: string;
}

export interface EndpointRef {
  id: string;
  method: string;
  path: string;
  title: string;
  moduleId: string;
  moduleTitle: string;
  note?: string;
}

/** Where an entry is known from, as the page shows it. */
export interface ProvenanceData {
  provenance: Provenance;
  sources: Source[];
  partial?: true;
  older?: true;
}

export interface ErrorPageData {
  entry: EntrySummary & {
    cause: string;
    situations: string[];
    fix: string;
    note?: string;
    sample?: string;
    variants: string[];
  };
  provenance: ProvenanceData;
  module: {id: string; title: string};
  exampleResponse: string;
  endpoints: EndpointRef[];
  related: EntrySummary[];
  /** Other entries with the same status: where to look when this one is not quite it. */
  sameStatusCount: number;
}

export interface ModuleEndpointData {
  id: string;
  method: string;
  path: string;
  title: string;
  /** The error responses of the endpoint; failures it reports inside a 200 response are in `partialFailures`. */
  errors: (EntrySummary & {note?: string})[];
  /** How many partial failures (inside a 200 response) this endpoint reports. */
  partialCount: number;
}

/** A failure reason reported inside a 200 response, with the endpoints of this module that report it. */
export interface PartialFailureRow extends EntrySummary {
  endpoints: {id: string; title: string}[];
}

export interface ModulePageData {
  id: string;
  title: string;
  summary: string;
  sections: {id: string; title: string; intro?: string; endpoints: ModuleEndpointData[]; entries: EntrySummary[]}[];
  /** Failures reported inside a 200 response: listed apart from the error statuses. */
  partialFailures: PartialFailureRow[];
  endpointCount: number;
  entryCount: number;
  /** Old endpoint anchors of this page → where that endpoint is now (`/modules/<id>#<endpoint>`). */
  anchorRedirects: Record<string, string>;
}

export interface ModuleCard {
  id: string;
  title: string;
  summary: string;
  endpointCount: number;
  entryCount: number;
}

export interface CatalogPageData {
  entries: EntryRow[];
  modules: {id: string; title: string}[];
}

export interface HomePageData {
  modules: ModuleCard[];
  entryCount: number;
  endpointCount: number;
  /** The entries the most endpoints can return: what most visitors come for. */
  common: EntrySummary[];
}

function pick(text: Localized, lang: Language): string;
function pick(text: Localized | undefined, lang: Language): string | undefined;
function pick(text: Localized | undefined, lang: Language): string | undefined {
  return text?.[lang];
}

function summarize(entry: ErrorEntry, lang: Language): EntrySummary {
  return {
    id: entry.id,
    status: entry.status,
    type: entry.type,
    message: entry.message,
    summary: pick(entry.summary, lang),
    ...(entry.partial && {partial: true}),
  };
}

function provenanceData(entry: ErrorEntry): ProvenanceData {
  return {
    provenance: provenanceOf(entry),
    sources: entry.sources,
    ...(entry.partial && {partial: true}),
    ...(entry.older && {older: true}),
  };
}

/**
 * The response as the API sends it, with the sample filling the placeholders.
 * A partial failure is a field of a successful response whose shape differs by
 * endpoint, so only its status line is shown rather than an invented body.
 */
export function exampleResponse(entry: ErrorEntry): string {
  if (entry.partial || (!entry.type && !entry.message)) return statusLine(entry.status);
  const body = {
    error: entry.type,
    timestamp: 1732790400000,
    duration: 0,
    error_description: entry.sample ?? entry.message,
  };
  return `${statusLine(entry.status)}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}`;
}

export function buildErrorPageData(catalog: Catalog, entry: ErrorEntry, lang: Language): ErrorPageData {
  const mod = catalog.moduleOfEntry.get(entry.id)!;
  const endpoints = (catalog.usesOfEntry.get(entry.id) ?? []).map(({module, endpoint, note}) => ({
    ...endpointBasics(endpoint, lang),
    moduleId: module.id,
    moduleTitle: pick(module.title, lang),
    note: pick(note, lang),
  }));
  return {
    entry: {
      ...summarize(entry, lang),
      cause: pick(entry.cause, lang),
      situations: entry.situations.map((s) => pick(s, lang)),
      fix: pick(entry.fix, lang),
      note: pick(entry.note, lang),
      sample: entry.sample,
      variants: (entry.variants ?? []).map((v) => v.message ?? '').filter(Boolean),
    },
    provenance: provenanceData(entry),
    module: {id: mod.id, title: pick(mod.title, lang)},
    exampleResponse: exampleResponse(entry),
    endpoints,
    related: (entry.related ?? []).map((id) => summarize(catalog.entryById.get(id)!, lang)),
    sameStatusCount: catalog.entries.filter((e) => e.status === entry.status && e.id !== entry.id).length,
  };
}

function endpointBasics(endpoint: Endpoint, lang: Language) {
  return {id: endpoint.id, method: endpoint.method, path: endpoint.path, title: pick(endpoint.title, lang)};
}

export function buildModulePageData(catalog: Catalog, mod: FeatureModule, lang: Language): ModulePageData {
  return {
    id: mod.id,
    title: pick(mod.title, lang),
    summary: pick(mod.summary, lang),
    sections: mod.sections.map((section) => ({
      id: section.id,
      title: pick(section.title, lang),
      intro: pick(section.intro, lang),
      endpoints: mod.endpoints
        .filter((e) => e.section === section.id)
        .map((endpoint) => endpointData(catalog, endpoint, lang)),
      entries: mod.entries.filter((e) => e.section === section.id && !e.partial).map((e) => summarize(e, lang)),
    })),
    partialFailures: partialFailuresOf(catalog, mod, lang),
    endpointCount: mod.endpoints.length,
    entryCount: errorsOfModule(mod).length,
    anchorRedirects: anchorRedirectsOf(catalog, mod.id),
  };
}

function endpointData(catalog: Catalog, endpoint: Endpoint, lang: Language): ModuleEndpointData {
  const refs = endpoint.errors.map((ref) => ({entry: catalog.entryById.get(ref.error)!, note: ref.note}));
  return {
    ...endpointBasics(endpoint, lang),
    errors: refs
      .filter(({entry}) => !entry.partial)
      .map(({entry, note}) => ({...summarize(entry, lang), note: pick(note, lang)})),
    partialCount: refs.filter(({entry}) => entry.partial).length,
  };
}

/** The module's own partial failures and those its endpoints report, each once, in catalog order. */
function partialFailuresOf(catalog: Catalog, mod: FeatureModule, lang: Language): PartialFailureRow[] {
  const owned = new Set(mod.entries.filter((e) => e.partial).map((e) => e.id));
  return catalog.entries
    .filter((entry) => entry.partial)
    .map((entry) => ({
      entry,
      endpoints: mod.endpoints.filter((ep) => ep.errors.some((ref) => ref.error === entry.id)),
    }))
    .filter(({entry, endpoints}) => owned.has(entry.id) || endpoints.length > 0)
    .map(({entry, endpoints}) => ({
      ...summarize(entry, lang),
      endpoints: endpoints.map((ep) => ({id: ep.id, title: pick(ep.title, lang)})),
    }));
}

function anchorRedirectsOf(catalog: Catalog, moduleId: string): Record<string, string> {
  const moduleOfEndpoint = new Map(catalog.modules.flatMap((m) => m.endpoints.map((e) => [e.id, m.id] as const)));
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(endpointIdRedirects)) {
    if (from.startsWith(`${moduleId}.`) && moduleOfEndpoint.has(to))
      out[from] = paths.module(moduleOfEndpoint.get(to)!, to);
  }
  return out;
}

/**
 * The errors of a module, as its card and its page count them: the entries it owns
 * and every entry its endpoints can return (a general error such as an expired token
 * counts for each module whose endpoints list it), each once.
 */
export function errorsOfModule(mod: FeatureModule): string[] {
  return [
    ...new Set([...mod.entries.map((e) => e.id), ...mod.endpoints.flatMap((ep) => ep.errors.map((r) => r.error))]),
  ];
}

export function buildModuleCards(catalog: Catalog, lang: Language): ModuleCard[] {
  return catalog.modules.map((mod) => ({
    id: mod.id,
    title: pick(mod.title, lang),
    summary: pick(mod.summary, lang),
    endpointCount: mod.endpoints.length,
    entryCount: errorsOfModule(mod).length,
  }));
}

export function buildCatalogPageData(catalog: Catalog, lang: Language): CatalogPageData {
  return {
    entries: catalog.entries.map((entry) => {
      const mod = catalog.moduleOfEntry.get(entry.id)!;
      return {...summarize(entry, lang), moduleId: mod.id, moduleTitle: pick(mod.title, lang)};
    }),
    modules: catalog.modules.map((m) => ({id: m.id, title: pick(m.title, lang)})),
  };
}

export function buildHomePageData(catalog: Catalog, lang: Language): HomePageData {
  const byUse = [...catalog.entries]
    .filter((e) => e.type)
    .sort((a, b) => (catalog.usesOfEntry.get(b.id)?.length ?? 0) - (catalog.usesOfEntry.get(a.id)?.length ?? 0));
  return {
    modules: buildModuleCards(catalog, lang),
    entryCount: catalog.entries.length,
    endpointCount: catalog.modules.reduce((n, m) => n + m.endpoints.length, 0),
    common: byUse.slice(0, 6).map((e) => summarize(e, lang)),
  };
}
