/**
 * The catalog's data model. Every fact (status, type, message, method, path)
 * is copied verbatim from what the API returns; every sentence exists in both
 * languages and is written for this reference.
 */

/** The two languages every human-readable sentence must exist in. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A sentence or short text in both languages. Markdown is not interpreted. */
export type Localized = Record<Language, string>;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Where an entry is known from. */
export type SourceKind =
  | 'docs-table' // a row of the docs' error tables (../shared/upstream/error-rows.json)
  | 'docs-prose' // the same docs, outside the tables
  | 'sister-docs' // the service's documentation under its other brands
  | 'test-suite' // a public test suite that asserted the real response
  | 'issue'; // a user's report

/** Every kind of source, for validation and for labels. */
export const SOURCE_KINDS: readonly SourceKind[] = ['docs-table', 'docs-prose', 'sister-docs', 'test-suite', 'issue'];

export interface Source {
  kind: SourceKind;
  repo: string; // owner/name on GitHub
  path: string; // file in that repository
  /** 40 hex, pinning the file; left out only for an issue thread (`path` is then `issues/<number>`), which has no commit. */
  commit?: string;
  line?: number;
}

/**
 * Stable, readable id of an error entry, e.g. `401-auth-bad-access-token-corrupt`:
 * one of the ids listed in the generated `error-ids.ts` (`npm run catalog-ids`),
 * so that `tsc` rejects a reference to an id that does not exist.
 */
import type {ErrorId} from './error-ids';

export type {ErrorId};

/**
 * The types below take the type of an error reference as a parameter: the
 * published modules use `ErrorId` (see `CatalogModule`), while validation,
 * tests and tools read any string, since a reference may be wrong.
 */

/**
 * One error signature (status, type, message) = one canonical page,
 * however many endpoints return it.
 */
export interface ErrorEntry<Ref extends string = string> {
  id: string;
  /** HTTP status code the API answers with. */
  status: number;
  /** The `error` field of the response body; '' where the API returns none. */
  type: string;
  /**
   * The `error_description` as a template: placeholders such as `XXX`, `XX`,
   * `{appkey}` stand for values the live API fills in. '' for a bare status.
   */
  message: string;
  /** One line: what the error means. Used in tables, previews and search results. */
  summary: Localized;
  /** Why it happens: the likely causes. */
  cause: Localized;
  /** What to do: concrete, actionable steps. */
  fix: Localized;
  /**
   * Concrete situations in which callers meet this error, told the way a developer would tell them in a
   * ticket (what they did, what they had set up): two to five, each one sentence in both languages.
   * Shown on the entry's page, and searched, so that a question in one's own words finds the entry.
   */
  situations: Localized[];
  /**
   * The message as the live API would return it, placeholders filled with
   * plausible values. Required when the message contains a placeholder.
   */
  sample?: string;
  /** Section of the owning module this entry is listed under (module pages without endpoints). */
  section?: string;
  /** Other spellings of the same error found in the upstream tables, merged into this entry. */
  variants?: ErrorVariant[];
  /** Why this entry differs from the upstream tables, when it does. */
  note?: Localized;
  related?: Ref[];
  /**
   * Returned by every endpoint that takes an App Token, so endpoints do not list
   * it one by one: the catalog adds it to each endpoint when it is indexed, except
   * where a module or endpoint sets `appTokenErrors: false`.
   */
  everyAppTokenEndpoint?: true;
  /** Where this error is known from: at least one source, pinned to a commit. */
  sources: Source[];
  /** A failure reason reported inside a successful 200 response, not an error status. */
  partial?: true;
  /** Behaviour seen in older responses of the API. */
  older?: true;
}

/** An upstream spelling of an error that this catalog merged into one entry. */
export interface ErrorVariant {
  status?: number;
  type?: string;
  message?: string;
}

/** An endpoint's reference to an error it can return. */
export interface EndpointError<Ref extends string = string> {
  error: Ref;
  /** What is specific to this endpoint (which parameter, which limit). */
  note?: Localized;
}

/** One REST endpoint. */
export interface Endpoint<Ref extends string = string> {
  /** Stable id `<module>.<kebab-name>`; also the anchor on the module page. */
  id: string;
  method: HttpMethod;
  /** Path exactly as documented, placeholders in braces. */
  path: string;
  title: Localized;
  /** Section id within the module. */
  section: string;
  errors: EndpointError<Ref>[];
  /**
   * `false` where the docs' error table of this endpoint lists none of the
   * errors flagged `everyAppTokenEndpoint`, and the reference follows it;
   * overrides the module's setting.
   */
  appTokenErrors?: boolean;
}

/** A heading on a module page grouping endpoints (or, for the general module, entries). */
export interface ModuleSection {
  id: string;
  title: Localized;
  /** Optional introduction shown under the heading. */
  intro?: Localized;
}

/** A feature module: one page of the reference. */
export interface FeatureModule<Ref extends string = string> {
  id: string;
  title: Localized;
  summary: Localized;
  sections: ModuleSection[];
  endpoints: Endpoint<Ref>[];
  /** The error entries this module owns (each entry is owned by exactly one module). */
  entries: ErrorEntry<Ref>[];
  /**
   * `false` where the docs' error tables of this module list none of the errors
   * flagged `everyAppTokenEndpoint` (its endpoints still take an App Token).
   */
  appTokenErrors?: boolean;
}

/** A module of the published catalog: each error it references is a known id. */
export type CatalogModule = FeatureModule<ErrorId>;
