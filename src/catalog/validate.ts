/**
 * Validation of the whole catalog: schema and cross-references. Every problem
 * names the module, the entry or endpoint, and the field, so that a broken
 * entry fails the build with a message its author can act on.
 */
import {hasPlaceholder, templateToRegExp} from './placeholders';
import {HTTP_METHODS, LANGUAGES, SOURCE_KINDS, type ErrorEntry, type FeatureModule, type Localized} from './types';

export interface CatalogProblem {
  module: string;
  /** `entry <id>`, `endpoint <id>`, `section <id>` or `module`. */
  where: string;
  field: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The error catalog has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

export function formatProblem(p: CatalogProblem): string {
  return `[${p.module}] ${p.where}, field "${p.field}": ${p.message}`;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENDPOINT_ID_PATTERN = /^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Only statuses the API actually uses are plausible: 4xx and 5xx. */
const STATUS_RANGE = {min: 400, max: 599};
/** A partial failure is reported inside a successful response. */
const PARTIAL_STATUS = 200;
const REPO_PATTERN = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
const ISSUE_PATH_PATTERN = /^(?:issues|pull)\/\d+$/;

export function validateCatalog(modules: readonly FeatureModule[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const entryOwner = new Map<string, string>();
  const moduleIds = new Set<string>();
  const endpointIds = new Set<string>();
  const signatures = new Map<string, string>();

  for (const mod of modules) {
    const report = (where: string, field: string, message: string) =>
      problems.push({module: mod.id || '(no id)', where, field, message});

    if (!ID_PATTERN.test(mod.id ?? '')) report('module', 'id', `"${mod.id}" is not a lower-case kebab id`);
    if (moduleIds.has(mod.id)) report('module', 'id', `duplicate module id "${mod.id}"`);
    moduleIds.add(mod.id);
    checkLocalized(mod.title, 'module', 'title', report);
    checkLocalized(mod.summary, 'module', 'summary', report);
    if (![undefined, true, false].includes(mod.appTokenErrors)) {
      report('module', 'appTokenErrors', 'is true, false or left out');
    }

    const sectionIds = new Set<string>();
    for (const section of mod.sections ?? []) {
      const where = `section ${section.id}`;
      if (!ID_PATTERN.test(section.id ?? '')) report(where, 'id', `"${section.id}" is not a lower-case kebab id`);
      if (sectionIds.has(section.id)) report(where, 'id', 'duplicate section id');
      sectionIds.add(section.id);
      checkLocalized(section.title, where, 'title', report);
      if (section.intro) checkLocalized(section.intro, where, 'intro', report);
    }

    for (const entry of mod.entries ?? []) {
      const where = `entry ${entry.id}`;
      if (!ID_PATTERN.test(entry.id ?? '')) report(where, 'id', `"${entry.id}" is not a lower-case kebab id`);
      const owner = entryOwner.get(entry.id);
      if (owner) report(where, 'id', `duplicate error id, already defined in module "${owner}"`);
      else entryOwner.set(entry.id, mod.id);
      checkEntry(entry, where, report);
      if (entry.section !== undefined && !sectionIds.has(entry.section)) {
        report(where, 'section', `unknown section "${entry.section}"`);
      }
      const signature = `${entry.status} ${entry.type} ${entry.message}`;
      const same = signatures.get(signature);
      if (same) report(where, 'message', `same status, type and message as entry "${same}"`);
      signatures.set(signature, entry.id);
    }

    for (const endpoint of mod.endpoints ?? []) {
      const where = `endpoint ${endpoint.id}`;
      if (!ENDPOINT_ID_PATTERN.test(endpoint.id ?? '') || !endpoint.id.startsWith(`${mod.id}.`)) {
        report(where, 'id', `must look like "${mod.id}.kebab-name"`);
      }
      if (endpointIds.has(endpoint.id)) report(where, 'id', 'duplicate endpoint id');
      endpointIds.add(endpoint.id);
      if (!HTTP_METHODS.includes(endpoint.method))
        report(where, 'method', `"${endpoint.method}" is not an HTTP method`);
      if (!endpoint.path?.startsWith('/')) report(where, 'path', 'must start with "/"');
      checkLocalized(endpoint.title, where, 'title', report);
      if (!sectionIds.has(endpoint.section)) report(where, 'section', `unknown section "${endpoint.section}"`);
      if (![undefined, true, false].includes(endpoint.appTokenErrors)) {
        report(where, 'appTokenErrors', 'is true, false or left out');
      }
      const seen = new Set<string>();
      for (const ref of endpoint.errors ?? []) {
        if (seen.has(ref.error)) report(where, 'errors', `lists "${ref.error}" twice`);
        seen.add(ref.error);
        if (ref.note) checkLocalized(ref.note, where, `errors[${ref.error}].note`, report);
      }
    }
  }

  // Cross-references need every module's entries first.
  for (const mod of modules) {
    const report = (where: string, field: string, message: string) =>
      problems.push({module: mod.id, where, field, message});
    for (const endpoint of mod.endpoints ?? []) {
      for (const ref of endpoint.errors ?? []) {
        if (!entryOwner.has(ref.error)) report(`endpoint ${endpoint.id}`, 'errors', `unknown error id "${ref.error}"`);
      }
    }
    for (const entry of mod.entries ?? []) {
      for (const related of entry.related ?? []) {
        if (!entryOwner.has(related)) report(`entry ${entry.id}`, 'related', `unknown error id "${related}"`);
        if (related === entry.id) report(`entry ${entry.id}`, 'related', 'an entry cannot be related to itself');
      }
    }
  }
  return problems;
}

type Reporter = (where: string, field: string, message: string) => void;

function checkEntry(entry: ErrorEntry, where: string, report: Reporter): void {
  checkStatus(entry, where, report);
  checkSources(entry, where, report);
  if (typeof entry.type !== 'string') report(where, 'type', 'must be a string ("" when the API returns none)');
  if (typeof entry.message !== 'string') report(where, 'message', 'must be a string ("" for a bare status)');
  checkLocalized(entry.summary, where, 'summary', report);
  checkLocalized(entry.cause, where, 'cause', report);
  checkLocalized(entry.fix, where, 'fix', report);
  if (entry.note) checkLocalized(entry.note, where, 'note', report);
  checkSituations(entry, where, report);
  if (entry.variants?.length && !entry.note) {
    report(where, 'note', 'an entry that merges upstream variants must say why in a note');
  }
  if (typeof entry.message === 'string' && hasPlaceholder(entry.message)) {
    if (!entry.sample?.trim()) {
      report(where, 'sample', 'the message has a placeholder, so give a sample with real values');
    } else if (hasPlaceholder(entry.sample) || !templateToRegExp(entry.message).test(entry.sample)) {
      report(where, 'sample', `"${entry.sample}" does not fit the template "${entry.message}" with real values`);
    }
  }
}

function checkStatus(entry: ErrorEntry, where: string, report: Reporter): void {
  if (entry.partial !== undefined && entry.partial !== true) report(where, 'partial', 'is either true or left out');
  if (entry.older !== undefined && entry.older !== true) report(where, 'older', 'is either true or left out');
  if (entry.everyAppTokenEndpoint !== undefined && entry.everyAppTokenEndpoint !== true) {
    report(where, 'everyAppTokenEndpoint', 'is either true or left out');
  }
  if (entry.partial) {
    if (entry.status !== PARTIAL_STATUS) {
      report(where, 'status', `a partial failure comes inside a 200 response, not ${JSON.stringify(entry.status)}`);
    }
    if (!entry.message) report(where, 'message', 'a partial failure needs the reason the response gives');
    return;
  }
  if (!Number.isInteger(entry.status) || entry.status < STATUS_RANGE.min || entry.status > STATUS_RANGE.max) {
    const hint = entry.status === PARTIAL_STATUS ? ' (mark a failure inside a 200 response with partial: true)' : '';
    report(where, 'status', `${JSON.stringify(entry.status)} is not an HTTP error status (400-599)${hint}`);
  }
}

/** Every entry says where it is known from, pinned to a commit so the link never moves. */
function checkSources(entry: ErrorEntry, where: string, report: Reporter): void {
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) {
    report(where, 'sources', 'is missing: say where this error is known from (at least one source)');
    return;
  }
  entry.sources.forEach((source, i) => {
    const field = `sources[${i}]`;
    if (!SOURCE_KINDS.includes(source?.kind)) {
      report(where, `${field}.kind`, `"${source?.kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
    }
    if (!REPO_PATTERN.test(source?.repo ?? '')) report(where, `${field}.repo`, `"${source?.repo}" is not owner/name`);
    if (source?.kind === 'issue' && source.commit === undefined) {
      // An issue thread is not a file: it has no commit, and its path is the thread's.
      if (!ISSUE_PATH_PATTERN.test(source.path ?? '')) {
        report(
          where,
          `${field}.path`,
          `"${source.path}" is not an issue thread (issues/<number>); add a commit for a file`,
        );
      }
    } else if (!COMMIT_PATTERN.test(source?.commit ?? '')) {
      report(where, `${field}.commit`, `"${source?.commit}" is not a 40-digit lower-case hex commit`);
    }
    if (typeof source?.path !== 'string' || !source.path.trim() || source.path.startsWith('/')) {
      report(where, `${field}.path`, 'must be a file path inside the repository (no leading "/")');
    }
    if (source?.line !== undefined && (!Number.isInteger(source.line) || source.line < 1)) {
      report(where, `${field}.line`, `${JSON.stringify(source.line)} is not a line number`);
    }
  });
}

/** Enough situations to show a pattern, few enough to read at a glance. */
export const SITUATIONS = {min: 2, max: 5};

function checkSituations(entry: ErrorEntry, where: string, report: Reporter): void {
  if (!Array.isArray(entry.situations)) {
    report(where, 'situations', `is missing: give ${SITUATIONS.min} to ${SITUATIONS.max} sentences in both languages`);
    return;
  }
  const {length} = entry.situations;
  if (length < SITUATIONS.min || length > SITUATIONS.max) {
    report(where, 'situations', `has ${length}; give ${SITUATIONS.min} to ${SITUATIONS.max}`);
  }
  entry.situations.forEach((situation, i) => checkLocalized(situation, where, `situations[${i}]`, report));
}

function checkLocalized(text: Localized | undefined, where: string, field: string, report: Reporter): void {
  if (!text || typeof text !== 'object') {
    report(where, field, 'is missing (needs zh and en)');
    return;
  }
  for (const language of LANGUAGES) {
    const value = text[language];
    if (typeof value !== 'string' || !value.trim()) report(where, `${field}.${language}`, 'is empty');
  }
  if (text.zh && !/\p{Script=Han}/u.test(text.zh)) report(where, `${field}.zh`, 'has no Chinese text');
}
