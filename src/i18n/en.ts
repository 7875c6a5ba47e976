/**
 * The interface strings in English. Typed by the Chinese ones: a string missing here, or
 * one that Chinese does not have, fails `tsc`. A message with `|` has one form per English
 * plural category: singular, then plural.
 */
import type {Messages} from './messages';
import {notFoundPageEn} from './not-found';

export const en: Messages = {
  ...notFoundPageEn,
  'list.separator': ', ',
  'sentence.end': '.',

  'home.title': 'Paste the error, get the explanation',
  'home.description':
    'Error reference for the IM REST API: what every error means, why it happens and how to fix it, by endpoint and feature module, in Chinese and English.',
  'home.headline': 'Paste the error, get the explanation',
  'home.lead':
    'Your server called the IM REST API and got an error back? Paste it below: the whole JSON body, the message, the error type, the status, or a description in English or Chinese.',
  'home.try': 'Try:',
  'home.stats': '{entries} errors · {endpoints} endpoints · {modules} feature modules',
  'home.guideLink': 'How to handle errors',
  'home.common': 'Most common errors',

  'catalog.description':
    'All {count} errors of the IM REST API: status, error type, message and meaning, filterable by module and status.',
  'catalog.filter.placeholder': 'Filter by error type, message or meaning…',
  'catalog.filter.label': 'Filter',
  'catalog.filter.allStatuses': 'All statuses',
  'catalog.filter.allModules': 'All modules',
  'catalog.filter.status': 'Status',
  'catalog.filter.module': 'Module',
  'catalog.shownOf': 'Showing {shown} of {total}',
  'catalog.noRows': 'No error matches these filters.',
  'catalog.clearFilters': 'Clear filters',
  'catalog.column.status': 'Status',
  'catalog.column.type': 'Error type',
  'catalog.column.message': 'Message',
  'catalog.column.meaning': 'Meaning',
  'catalog.column.module': 'Module',

  'modules.description': 'Browse the IM REST API by feature module: its endpoints and the errors each can return.',
  'module.endpointsCount': '{count} endpoint|{count} endpoints',
  'module.entriesCount': '{count} error|{count} errors',
  'module.onThisPage': 'Endpoints on this page',
  'module.errorsOfEndpoint': 'Errors',
  'module.noErrorsDocumented': 'No errors specific to this endpoint are documented; the general errors apply.',
  'module.generalErrorsHint': 'General errors (expired tokens, rate limits and more) apply to every endpoint: see',
  'module.back': 'Back to module',
  'module.general': 'General errors',

  'error.noType': '(none)',
  'error.statusOnly': '(status only)',
  'error.module': 'Module',
  'error.meaning': 'Meaning',
  'error.cause': 'Likely causes',
  'error.situations': 'Typical situations',
  'error.fix': 'How to fix it',
  'error.note': 'Note',
  'error.example': 'Example response',
  'error.exampleHint': 'The service answers roughly like this, with sample values in place of the placeholders:',
  'error.endpoints': 'Endpoints that return this error',
  'error.endpointsNone': 'Any endpoint can return this error.',
  'error.endpointsMany':
    '{count} endpoint returns this error, grouped by module:|{count} endpoints return this error, grouped by module:',
  'error.related': 'Related errors',
  'error.variants': 'Other spellings in the upstream documentation',
  'error.sameStatus': '{count} other error uses status {status}|{count} other errors use status {status}',
  'error.glossaryHint':
    'The terms on this page (chat group, chat room, thread, allowlist, mute…) are defined, with their Chinese names, in the ',
  'error.glossary': 'glossary',
  'error.description': '{status} {type} "{message}": {summary}',
  'error.descriptionWithoutMessage': '{status} {type}: {summary}',
  'error.ticketMeaning': 'Meaning',

  'search.button': 'Search errors…',
  'search.title': 'Search errors',
  'search.description': 'Paste an error response, a message, an error type or a status to find its explanation.',
  'search.placeholder': 'Paste a response body, error_description, error type or status…',
  'search.hint':
    'Paste a whole JSON response body, a message with real values in it, an error type (such as forbidden_op), a status, or describe the problem in English or Chinese.',
  'search.loading': 'Loading search…',
  'search.loadError': 'Search could not be loaded. Check your connection; typing again retries.',
  'search.timeout': 'Search is taking too long to load: the connection may be slow or down. Typing again retries.',
  'search.results': 'Search results',
  'search.queryCut': 'This is long: only the first {max} characters are used.',
  'search.needsJavaScript': 'Search and filtering need JavaScript. Without it, browse:',
  'search.noExactMatch': 'No error matches exactly; these are the closest.',
  'search.tellApartByStatus':
    'This message belongs to {count} errors, with statuses {statuses}: pick the one with the HTTP status you received.',
  'search.noResults': 'No related error found.',
  'search.statusMeaning': 'See what status {status} means in general',
  'search.seeAllResults': 'See all results on the search page →',
  'search.keyboardHelp': '↑↓ select · Enter open · Shift+Enter new line · Esc close',
  'search.close': 'Close search',
  'search.resultCount': '{count} result|{count} results',
  'search.match.exact': 'exact message',
  'search.match.template': 'message matches',
  'search.match.type': 'error type',
  'search.match.status': 'status',
  'search.match.endpoint': 'endpoint',
  'search.match.text': 'text',
  'search.match.fuzzy': 'close match',

  'copy.done': 'Copied',
  'copy.failed': 'Copy failed',
  'copy.link': 'Copy link',
  'copy.forTicket': 'Copy for a ticket',
  'copy.body': 'Copy body',
  'copy.endpointLink': 'Copy the link to "{title}"',

  'redirect.title': 'This error has moved',
  'redirect.text': 'This error has a new address; taking you to',

  'provenance.kind.docsTable': 'Docs error table',
  'provenance.kind.docsProse': 'Docs text',
  'provenance.kind.sisterDocs': 'Sister docs (other brands)',
  'provenance.kind.testSuite': 'Public test suite',
  'provenance.kind.issue': 'User report',
  'provenance.observed': 'Observed, undocumented',
  'provenance.labels.title': 'Where this error is known from: see Sources on this page',
  'provenance.older': 'Older behaviour',
  'provenance.partial': 'Partial failure (inside a 200 response)',
  'provenance.sources.title': 'Sources',
  'provenance.sources.hint': 'This error appears in the documents and records below (links point to a fixed version).',
  'provenance.sources.observedHint':
    'No documentation mentions this error; the sources below record the service returning it.',
  'provenance.partialFailures.title': 'Partial failures',
  'provenance.partialFailures.intro':
    'In these cases the HTTP status is 200: the request as a whole succeeded, and the reason an item failed is in the response body, so check each item.',
  'provenance.partialFailures.endpoints': 'Endpoints: ',
  'provenance.partialFailures.endpointNote':
    'This endpoint can also report {count} kind of partial failure inside a 200 response|This endpoint can also report {count} kinds of partial failure inside a 200 response',
  'provenance.partialFailures.others':
    '{count} other partial failure reported inside a 200 response|{count} other partial failures reported inside a 200 response',
  'provenance.tag.observed': 'Undocumented',
  'provenance.partialStatusOption': '{status} (partial failure)',
};
