/**
 * The machine-readable catalog (`/catalog.json`), its JSON Schema
 * (`/catalog.schema.json`) and `/llms.txt`, written beside the built site.
 * Pure functions of the catalog; the plugin writes their output in postBuild.
 */
import {provenanceOf, SOURCE_KINDS, type Catalog, type ErrorEntry, type Localized, type Source} from '../../catalog';
import {absoluteUrl, absoluteUrls, paths, sourceUrl, type SiteAddress} from '../../links';

/** Raised when the shape of catalog.json changes incompatibly. */
export const CATALOG_FORMAT_VERSION = 1;

type Urls = {zh: string; en: string};

export interface CatalogJson {
  $schema: string;
  version: number;
  site: string;
  languages: ['zh', 'en'];
  modules: {
    id: string;
    title: Localized;
    summary: Localized;
    url: Urls;
    endpoints: {
      id: string;
      method: string;
      path: string;
      title: Localized;
      section: string;
      url: Urls;
      errors: {id: string; note?: Localized}[];
    }[];
  }[];
  entries: {
    id: string;
    status: number;
    type: string;
    message: string;
    sample?: string;
    module: string;
    summary: Localized;
    cause: Localized;
    situations: Localized[];
    fix: Localized;
    note?: Localized;
    variants?: string[];
    related?: string[];
    /** Where the entry is known from, each with its public address. */
    sources: (Source & {url: string})[];
    /** `documented` when a source is documentation of the service, else `observed`. */
    provenance: 'documented' | 'observed';
    partial?: true;
    older?: true;
    url: Urls;
  }[];
}

/** The site's own address (origin and base path), as `site` in catalog.json: `https://host/docs/im-errors`. */
function siteOf(address: SiteAddress): string {
  return absoluteUrl(address, paths.home()).replace(/\/$/, '');
}

export function buildCatalogJson(catalog: Catalog, address: SiteAddress): CatalogJson {
  return {
    $schema: absoluteUrl(address, paths.catalogSchema()),
    version: CATALOG_FORMAT_VERSION,
    site: siteOf(address),
    languages: ['zh', 'en'],
    modules: catalog.modules.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      url: absoluteUrls(address, paths.module(m.id)),
      endpoints: m.endpoints.map((e) => ({
        id: e.id,
        method: e.method,
        path: e.path,
        title: e.title,
        section: e.section,
        url: absoluteUrls(address, paths.module(m.id, e.id)),
        errors: e.errors.map((r) => (r.note ? {id: r.error, note: r.note} : {id: r.error})),
      })),
    })),
    entries: catalog.entries.map((e) => entryJson(e, catalog.moduleOfEntry.get(e.id)!.id, address)),
  };
}

function entryJson(e: ErrorEntry, module: string, address: SiteAddress): CatalogJson['entries'][number] {
  const variants = (e.variants ?? []).map((v) => v.message ?? '').filter(Boolean);
  return {
    id: e.id,
    status: e.status,
    type: e.type,
    message: e.message,
    ...(e.sample ? {sample: e.sample} : {}),
    module,
    summary: e.summary,
    cause: e.cause,
    situations: e.situations,
    fix: e.fix,
    ...(e.note ? {note: e.note} : {}),
    ...(variants.length ? {variants} : {}),
    ...(e.related?.length ? {related: e.related} : {}),
    sources: e.sources.map((source) => ({...source, url: sourceUrl(source)})),
    provenance: provenanceOf(e),
    ...(e.partial ? {partial: true as const} : {}),
    ...(e.older ? {older: true as const} : {}),
    url: absoluteUrls(address, paths.error(e.id)),
  };
}

const localized = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: {zh: {type: 'string', minLength: 1}, en: {type: 'string', minLength: 1}},
};
const urlPair = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: {zh: {type: 'string', pattern: '^https?://'}, en: {type: 'string', pattern: '^https?://'}},
};
const id = {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'};
const source = {
  type: 'object',
  required: ['kind', 'repo', 'path', 'url'],
  additionalProperties: false,
  // A file is pinned to a commit; only an issue thread (path `issues/<number>`) has none.
  if: {properties: {kind: {const: 'issue'}}, required: ['kind']},
  else: {properties: {commit: {type: 'string'}}, required: ['commit']},
  properties: {
    kind: {
      enum: [...SOURCE_KINDS],
      description:
        'docs-table: a row of the docs error tables; docs-prose: the same docs outside the tables; sister-docs: the ' +
        "service's docs under its other brands; test-suite: a public test suite that asserted the response; issue: a user's report.",
    },
    repo: {type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$', description: 'owner/name on GitHub'},
    path: {type: 'string', minLength: 1},
    commit: {type: 'string', pattern: '^[0-9a-f]{40}$'},
    line: {type: 'integer', minimum: 1},
    url: {type: 'string', pattern: '^https://'},
  },
};

/** JSON Schema (draft 2020-12) of catalog.json. */
export function catalogSchema(address: SiteAddress): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(address, paths.catalogSchema()),
    title: 'IM REST API error catalog',
    description: 'Every feature module, endpoint and error entry of the reference, in Chinese (zh) and English (en).',
    type: 'object',
    required: ['$schema', 'version', 'site', 'languages', 'modules', 'entries'],
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      version: {const: CATALOG_FORMAT_VERSION},
      site: {type: 'string', pattern: '^https?://'},
      languages: {const: ['zh', 'en']},
      modules: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'summary', 'url', 'endpoints'],
          additionalProperties: false,
          properties: {
            id,
            title: localized,
            summary: localized,
            url: urlPair,
            endpoints: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'method', 'path', 'title', 'section', 'url', 'errors'],
                additionalProperties: false,
                properties: {
                  id: {type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9]+(?:-[a-z0-9]+)*$'},
                  method: {enum: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']},
                  path: {type: 'string', pattern: '^/'},
                  title: localized,
                  section: id,
                  url: urlPair,
                  errors: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      additionalProperties: false,
                      properties: {id, note: localized},
                    },
                  },
                },
              },
            },
          },
        },
      },
      entries: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'id',
            'status',
            'type',
            'message',
            'module',
            'summary',
            'cause',
            'situations',
            'fix',
            'sources',
            'provenance',
            'url',
          ],
          additionalProperties: false,
          // A partial failure is reported inside a 200 response; every other entry is an error status.
          if: {properties: {partial: {const: true}}, required: ['partial']},
          then: {properties: {status: {type: 'integer', const: 200}}},
          else: {properties: {status: {type: 'integer', minimum: 400, maximum: 599}}},
          properties: {
            id,
            status: {type: 'integer'},
            type: {type: 'string', description: "The response's `error` field; empty for a bare status."},
            message: {
              type: 'string',
              description: 'The `error_description` as a template; XXX, {appkey} and the like are placeholders.',
            },
            sample: {type: 'string', description: 'The message with plausible values in its placeholders.'},
            module: id,
            summary: localized,
            cause: localized,
            situations: {type: 'array', minItems: 2, maxItems: 5, items: localized},
            fix: localized,
            note: localized,
            variants: {type: 'array', items: {type: 'string'}},
            related: {type: 'array', items: id},
            sources: {type: 'array', minItems: 1, items: source},
            provenance: {
              enum: ['documented', 'observed'],
              description:
                'documented: a source is documentation of the service; observed: seen in real responses only.',
            },
            partial: {const: true, description: 'A failure reason reported inside a successful (200) response.'},
            older: {const: true, description: 'Behaviour seen in older responses of the API.'},
            url: urlPair,
          },
        },
      },
    },
  };
}

/** `/llms.txt`: what the reference is and where everything is, for AI assistants. */
export function buildLlmsTxt(catalog: Catalog, address: SiteAddress): string {
  const at = (path: string, lang: 'zh' | 'en' = 'zh') => absoluteUrl(address, path, lang);
  const lines = [
    '# IM REST API Error Reference',
    '',
    '> Every error the IM (instant messaging) cloud service REST API returns: HTTP status, error type (`error`),',
    '> message (`error_description`, placeholders such as XXX stand for real values), what it means, why it happens',
    `> and how to fix it. Chinese pages at ${at(paths.home())}, English at ${at(paths.home(), 'en')}.`,
    '',
    `- Machine-readable catalog (both languages): ${at(paths.catalogJson())} (schema: ${at(paths.catalogSchema())})`,
    `- Search by pasted error: ${at(paths.search())}?q=<url-encoded text or JSON body>`,
    `- Open the entry for a raw error: ${at(paths.search())}?status=<status>&error=<error>&error_description=<message>`,
    '',
    '## Feature modules',
    '',
    ...catalog.modules.map((m) => `- [${m.title.en}](${at(paths.module(m.id), 'en')}): ${m.summary.en}`),
    '',
    '## Errors',
    '',
    ...catalog.entries.map(
      (e) =>
        `- [${[e.status, e.type, e.message && `"${e.message}"`].filter(Boolean).join(' ')}](${at(paths.error(e.id), 'en')}): ${e.summary.en}`,
    ),
    '',
  ];
  return lines.join('\n');
}
