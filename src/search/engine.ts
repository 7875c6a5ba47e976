/**
 * The search engine: exact and template matching of messages first, then
 * type, status and endpoint, then full text (FlexSearch) with typo
 * tolerance. Every hit says why it is there. Plain TypeScript: the widget,
 * the search page, the command line and the tests all call this.
 */
import {Index} from 'flexsearch';
import {hasPlaceholder, PLACEHOLDER_SOURCE} from '../catalog/placeholders';
import type {SearchData, SearchDocument, SearchEndpoint} from './documents';
import {
  countFlags,
  featureFit,
  featuresOfEndpoint,
  featuresOfQuery,
  MODIFIER_FLAGS,
  namesCreating,
  operationsOf,
} from './features';
import {isExactMatch} from './match';
import {expectedStatus, hasReasonPhrase, isHtmlPage, parseQuery, type ParsedQuery} from './query';
import {conceptsOf, operationsNamed, operationsOfTitles, type NamedOperation} from './operations';
import {EndpointVerbs, opposableVerbs, opposedVerbs} from './opposed';
import {absentFit, absentThings, countedThings, thingsNamed} from './absent';
import {causeWords, countStatusWords, fittingCauses, weightInStatus, type StatusWords} from './causes';
import {entryFields, fieldFit, quotedFields, sentFields} from './fields';
import {countsAccumulated, creationScopes, scopeFit, scopesOf} from './scopes';
import {
  asQuota,
  entrySymptoms,
  flagOfKind,
  isReasonPhrase,
  sharesRestatement,
  symptomFit,
  asksSomeOf,
  saysSomeOf,
  asksMismatch,
  saysMismatch,
  questionSymptoms,
  withoutSymptoms,
} from './symptoms';
import {synonymsOf} from './synonyms';
import {expandTerms, primaryTermsOf, takeNew, type Seen} from './terms';
import {toldPartial, toldSymptoms, toldThings, untoldSymptoms} from './told';
import {askedLimit} from './asked';
import {emptyValueTold, fieldsTold} from './field-told';
import {retriedSymptoms, timeoutEntryPenalty, toldRetry} from './retried';
import {serverSaid} from './said';
import {isBareStatusLine} from './status-line';
import {countFit, entryLimits, questionCounts, type Count} from './counts';
import {compact, compileMatcher, type Matcher} from './templates';
import {
  canonicalize,
  editDistance,
  highlightTerms,
  indexTokens,
  normalizeMessage,
  queryTokens,
  stripChineseFiller,
  STOP_WORDS,
} from './text';

/** Why an entry is in the results, strongest first. */
export type MatchKind = 'exact' | 'template' | 'type' | 'status' | 'endpoint' | 'text' | 'fuzzy';

export interface SearchHit {
  doc: SearchDocument;
  match: MatchKind;
  score: number;
  /** The endpoint of this entry that the pasted request line names, when it names one. */
  endpoint?: string;
}

export interface SearchResponse {
  query: ParsedQuery;
  hits: SearchHit[];
  /** True when the top hit matched the message itself or its template. */
  exact: boolean;
  /** The generic entry of the status the query named (`http-401`), when there is one. */
  statusDoc?: SearchDocument;
  /** The query's words worth marking in the results. */
  terms: string[];
  /** The catalog's endpoint the pasted request line names (method and path), when it names one. */
  endpoint?: SearchEndpoint;
}

export interface SearchOptions {
  limit?: number;
  module?: string;
  status?: number;
}

/** An endpoint as a pasted path is compared with it: path segments after the app's two. */
interface Route {
  endpoint: number;
  method: string;
  segments: string[];
}

/** A pasted request, read the same way. */
interface Request {
  method?: string;
  segments: string[];
}

interface Prepared {
  doc: SearchDocument;
  /** Its place in the engine's list, as postings and scores name it. */
  index: number;
  messages: string[];
  matchers: Matcher[];
  /** Words of the message itself: a query with nearly all of them is that message, typos and all. */
  messageWords: Set<string>;
  /** Where each word occurs, as IN_* bit flags: one lookup per word when scoring. */
  fields: Map<string, number>;
  routes: Route[];
  /** The features (features.ts) of the entry's endpoints; 0 when it belongs to none or to too many to tell. */
  features: number;
  /** The operations (features.ts) of its endpoints when each is one (the blocklist, not the group); else 0. */
  operations: number;
  /** The kinds of failure (symptoms.ts) its message and summaries describe. */
  symptoms: number;
  /** Whose count its limit counts (scopes.ts), read from its summaries. */
  scopes: number;
  /** What it says does not exist (absent.ts), read from its message and Chinese summary. */
  absent: number;
  /** The request fields its summaries quote (fields.ts). */
  quoted: string[];
  /** The things its message and Chinese summary name (absent.ts): what its limit counts, when it has one. */
  things: number;
  /** Its summaries say it is about some of the items of a request (symptoms.ts). */
  someOf: boolean;
  /** Its summaries say what was sent does not match the request (symptoms.ts). */
  mismatch: boolean;
  /** Its message is a status's reason phrase (`Request Entity Too Large`): the gateway's answer, not the service's. */
  gateway: boolean;
}

const BASE: Record<MatchKind, number> = {
  exact: 1000,
  template: 900,
  type: 500,
  status: 300,
  endpoint: 250,
  text: 0,
  fuzzy: 0,
};

/** The weight (idf) of a word found in a third of all entries. */
const COMMON_WORD_WEIGHT = Math.log(4);

const IN_MESSAGE = 1;
const IN_PRIMARY = 2;
const IN_SECONDARY = 4;
/** In the entry's cause or fix (a secondary word that no endpoint's title or path brought). */
const IN_EXPLAINED = 8;
/** Where an entry says what went wrong: its message, summaries, cause and fix; not the endpoints that return it. */
const EXPLAINS = IN_MESSAGE | IN_PRIMARY | IN_EXPLAINED;
/** Only in the entry's typical situations: a caller's everyday words, so weaker evidence than its cause or fix. */
const IN_SITUATION = 16;
/** What a word found only in the secondary text adds, against 1 for a word of the message or summary. */
const SECONDARY_WEIGHT = 0.45;
const SITUATION_WEIGHT = 0.3;
/** Only in questions known to be about the entry (known-questions.ts): weighed as a situation, an asker's words. */
const IN_KNOWN_QUESTION = 32;
/** Marks, beside the flags above, that a word occurs in an entry at all (AskedFailure.subjectIn). */
const HAS_WORD = 128;

/** Longer pasted messages are not tried against templates: no real message is this long. */
const MAX_TEMPLATE_INPUT = 600;
const MAX_CONTAINED_INPUT = 3_000;

/**
 * The generic entry of a status named in a longer question: above a text
 * match on one shared word, below one that covers the question.
 */
const GENERIC_FALLBACK = 90;

/** What is left of a text match that shares none of the words saying what went wrong. */
const SYMPTOM_MISSED = 0.6;

/** An entry returned by endpoints of more features than this says nothing about which one a query names. */
const MAX_FEATURES = 4;

/** What a kind of failure that agrees with the question's (or not) adds to a text match (or takes away). */
const SYMPTOM_WEIGHT = 45;

/** An entry of the status received that means what the status expected means: as strong as a good text match. */
const MEANS_EXPECTED = 150;

/** What the generic entry of the status named loses when a specific entry of the status fits the question. */
const GENERIC_YIELDS = 30;

/** What a limit that counts what the question counts (the app's, one user's, a group's members) adds; another's loses as much. */
const SCOPE_WEIGHT = 25;

/** What an entry that says the same thing does not exist ("聊天室不存在") adds; one about another thing loses as much. */
const ABSENT_WEIGHT = 25;

/** What an entry that quotes the field a question quotes (`to`, `ext`) adds; one that quotes others loses as much. */
const FIELD_WEIGHT = 40;

/** What an entry about older responses' wording loses to the current entries in a question in plain words. */
const OLDER_WORDING = 15;

const LIMIT = flagOfKind('limit');
const NOT_FOUND = flagOfKind('notFound');
const RESTATED = flagOfKind('restated');
const RATE = flagOfKind('rate');
const ADDRESS = flagOfKind('address');
/** Where an entry's own words are: its message, type and summaries, and its cause and fix. */
const SAID_IN = IN_MESSAGE | IN_PRIMARY | IN_EXPLAINED;
/** The share of what the server said, by weight, that an entry's own words must hold to be what was said. */
const SAID_SHARE = 0.4;
/** What an entry gains that holds what the server said. */
const SAID_WEIGHT = 30;
/** What an entry about some of a batch's items gains when a question says some of them failed. */
const SOME_OF_WEIGHT = 25;
/** What an entry saying the token or id does not match the request gains when a question says it came from elsewhere. */
const MISMATCH_WEIGHT = 25;
/** Kinds of failure after which a field may be told in words ("忘了带群 ID"): missing, empty or wrong. */
const NAMED_FIELDS = flagOfKind('missing') | flagOfKind('invalid');

/** What an entry a cause told in one's own words points at gains (causes.ts). */
const CAUSE_WEIGHT = 30;
/** The weight (idf) below which a word is too common in the catalog to tell a cause: one in a sixth of all entries. */
const CAUSE_WORD_WEIGHT = Math.log(7);

/** What an entry of a gateway's answer gains when the paste is an HTML error page. */
const GATEWAY_PAGE = 40;

/** What a limit that the count told exceeds adds; one the count stays within loses as much. */
const COUNT_WEIGHT = 30;

/** What an entry that the operation a question names in words returns gains (operations.ts). */
const OPERATION_WEIGHT = 25;
/** What an entry that only the opposite of the operation a question names returns loses (opposed.ts). */
const OPPOSED_WEIGHT = 30;

/** What an entry of a failed item inside a 200 gains when the question tells of a batch that partly failed. */
const PARTIAL_WEIGHT = 120;
/** What an entry reported inside a 200 loses when the request got an error status: what its message found gave. */
const ERROR_NOT_SUCCESS = BASE.template;

/** What a status that disagrees takes from an entry (one that agrees adds 60). */
const STATUS_DISAGREES = 30;

export class SearchEngine {
  private readonly prepared: Prepared[];
  private readonly exactMessages = new Map<string, number[]>();
  private readonly types = new Map<string, number[]>();
  /** Documents arrive tokenised (see documents.ts); queries are looked up one token at a time. */
  private readonly index = new Index({tokenize: 'strict', encode: splitTerms, resolution: 1, cache: false});
  /** Catalog words by length, for typo correction. */
  private readonly vocabulary = new Map<number, string[]>();
  /**
   * Inverse document frequency: a word most entries share says little about which one is meant. Read from a word's
   * postings when a query first asks for it (a query asks for a few dozen words, start-up would for all of them);
   * undefined for a word of the postings that is no primary or secondary word.
   */
  private readonly idf = new Map<string, number | undefined>();
  /** Words no entry has, each with whether it is a filler word mistyped ("dose"), read once. */
  private readonly misspeltStopWords = new Map<string, boolean>();
  /** The catalog's words, primary or secondary: exactly those with a weight. */
  private readonly allTokens = {has: (token: string) => this.idfOf(token) !== undefined};
  /** Every endpoint of the catalog, as a pasted path is compared with it. */
  private readonly routes: Route[];
  /** Each endpoint's title words, and its route as entries list it (its words are in `routeTokens`). */
  private readonly endpointTokens: {title: string[]; route: string}[];
  /** The words of each route, once however many endpoints and entries share it. */
  private readonly routeTokens = new Map<string, string[]>();
  /** First path segments of the catalog's endpoints (`chatgroups`, `users`): a pasted path starting with one has no app prefix. */
  private readonly resources: Set<string>;
  /** Every request field an entry quotes: a question's word that is one of them names a field. */
  private readonly knownFields = new Set<string>();
  /**
   * For each word, the entries that have it and where (entry, IN_* flags, entry, flags…): scoring a long paste
   * then visits only the entries each of its words occurs in, not every candidate for every word.
   */
  private readonly postings = new Map<string, number[]>();
  /**
   * Per status, how many of its specific entries have each word (causes.ts): counted for a status when a question
   * first needs it, as only questions naming a status and matching no message or type do.
   */
  private readonly statusWords = new Map<number, StatusWords | undefined>();
  /** The words of the endpoints' titles and paths: they name what was done (注册用户, 发送消息), not why it failed. */
  private readonly operationWords = new Set<string>();
  /** Each status's generic entry (`http-400`), by status. */
  private readonly genericOf = new Map<number, number>();
  /** The limits each entry's English summary states, with what they count (counts.ts). */
  private readonly limits: Count[][];
  /** Each endpoint's title as a question names it in words (operations.ts). */
  private readonly operations: NamedOperation[];
  /** The verbs of each endpoint's titles, read by the first question that names one (opposed.ts). */
  private endpointVerbs?: EndpointVerbs;

  constructor(readonly data: SearchData) {
    this.routes = (data.endpoints ?? []).map((e, i) => ({
      endpoint: i,
      method: e.method,
      segments: pathSegments(e.path).slice(2),
    }));
    this.resources = new Set(this.routes.map((r) => r.segments[0]).filter(Boolean));
    this.operations = operationsOfTitles((data.endpoints ?? []).map((e) => e.title));
    this.endpointTokens = (data.endpoints ?? []).map((e) => ({
      title: indexTokens(`${e.title.zh} ${e.title.en}`),
      route: `${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`,
    }));
    for (const {route} of this.endpointTokens)
      if (!this.routeTokens.has(route)) this.routeTokens.set(route, indexTokens(route));
    this.prepared = data.documents.map((doc, i) => this.prepare(doc, i));
    // Only limits are compared with counts: the other entries' numbers are not read.
    this.limits = this.prepared.map((p) => (p.symptoms & LIMIT ? entryLimits(p.doc.summary.en) : []));
    for (const p of this.prepared) for (const field of p.quoted) this.knownFields.add(field);
    this.indexWords();
    this.prepared.forEach((p, i) => isGenericEntry(p.doc) && this.genericOf.set(p.doc.status, i));
  }

  /** How many of the status's specific entries have each word in what they say went wrong; none without such entries. */
  private statusWordsOf(status: number): StatusWords | undefined {
    if (!this.statusWords.has(status)) {
      const entries = this.prepared
        .filter((p) => p.doc.status === status && !isGenericEntry(p.doc))
        .map((p) => ({status, words: wordsFlagged(p.fields, EXPLAINS)}));
      this.statusWords.set(status, countStatusWords(entries).get(status));
    }
    return this.statusWords.get(status);
  }

  /**
   * Each word's postings and the vocabulary, then from the postings the full-text index: one map lookup per word and
   * entry, the fewest start-up can do (the entries' words are the bulk of its work).
   */
  private indexWords(): void {
    const vocabulary = new Set<string>();
    this.prepared.forEach((p, i) => {
      p.fields.forEach((flags, token) => {
        const list = this.postings.get(token);
        if (list) list.push(i, flags);
        else this.postings.set(token, [i, flags]);
        if (flags & IN_PRIMARY && /^[a-z][a-z0-9_]{3,}$/.test(token)) vocabulary.add(token);
      });
    });
    for (const word of vocabulary) push(this.vocabulary, word.length, word);
    const indexed: [string, number[][]][] = [];
    for (const [token, list] of this.postings) {
      const entries = indexedEntries(list);
      if (entries.length > 0) indexed.push([token, [entries]]);
    }
    // The index as FlexSearch's import reads it: each word with its entries, in order, at its one resolution. Adding
    // the entries one by one would file every word of every entry a second time. Import takes the parsed form as
    // well as JSON (its own source says so; its typings name only the string), which spares a round trip.
    this.index.import('map', indexed as unknown as string);
    this.index.import('reg', this.prepared.map((_, i) => i) as unknown as string);
  }

  private weight(token: string): number {
    return this.idfOf(token) ?? Math.log(1 + this.prepared.length);
  }

  private idfOf(token: string): number | undefined {
    if (this.idf.has(token)) return this.idf.get(token);
    const postings = this.postings.get(token);
    if (!postings) return undefined;
    const df = indexedEntries(postings).length;
    const idf = df > 0 ? Math.log(1 + this.prepared.length / df) : undefined;
    this.idf.set(token, idf);
    return idf;
  }

  private prepare(doc: SearchDocument, i: number): Prepared {
    const templates = [doc.message, ...doc.variants].filter(Boolean);
    const messages = templates.map(normalizeMessage);
    for (const message of messages) push(this.exactMessages, message, i);
    if (doc.type) push(this.types, doc.type.toLowerCase(), i);
    // Each list of words is filed in turn with its flags, less the words of the lists before it: a word is looked up
    // and set once. Only the message's words, read another way, can fall on a word already there.
    const fields = new Map<string, number>();
    for (const t of primaryTermsOf(doc)) fields.set(t, IN_PRIMARY);
    const packed = splitTerms(doc.secondaryTerms);
    const questionsStart = packed.length - doc.questionTerms;
    const situationsStart = questionsStart - doc.situationTerms;
    expandTerms(packed.slice(0, situationsStart), filing(fields, IN_SECONDARY | IN_EXPLAINED));
    expandTerms(
      packed.slice(situationsStart, questionsStart),
      filing(fields, IN_SECONDARY | IN_EXPLAINED | IN_SITUATION),
    );
    for (const t of takeNew(this.endpointWords(doc), filing(fields, IN_SECONDARY))) this.operationWords.add(t);
    expandTerms(packed.slice(questionsStart), filing(fields, IN_SECONDARY | IN_KNOWN_QUESTION));
    const messageWords = new Set(queryTokens(templates.join(' ').replace(new RegExp(PLACEHOLDER_SOURCE, 'g'), ' ')));
    for (const t of messageWords) fields.set(t, (fields.get(t) ?? 0) | IN_MESSAGE);
    // What the entry says, read by the rules below: its message (and variants), and its two summaries.
    const messageText = templates.join('\n');
    const summaries = `${doc.summary.zh}\n${doc.summary.en}`;
    const routes = (doc.endpoints ?? []).map((k) => this.routes[k]).filter(Boolean);
    let features = 0;
    let operations = 0;
    let onlyOperations = routes.length > 0;
    for (const r of routes) {
      const own = featuresOfEndpoint(r.method, r.segments);
      features |= own;
      operations |= operationsOf(own);
      onlyOperations &&= operationsOf(own) !== 0;
    }
    return {
      doc,
      index: i,
      messages,
      matchers: templates.filter(hasPlaceholder).map((t) => compileMatcher(t, doc.sample)),
      messageWords,
      fields,
      routes,
      features: countFlags(features & ~MODIFIER_FLAGS) > MAX_FEATURES ? 0 : features,
      operations: onlyOperations ? operations : 0,
      symptoms: entrySymptoms(messageText, summaries),
      scopes: scopesOf(summaries),
      // The Chinese summary names the missing thing just before "不存在"; English puts clauses between.
      absent: !isGenericEntry(doc) ? absentThings(`${messageText}\n${doc.summary.zh}`) : 0,
      quoted: entryFields(summaries, messageText),
      someOf: saysSomeOf(summaries),
      mismatch: saysMismatch(summaries),
      things: thingsNamed(`${messageText}\n${doc.summary.zh}`),
      gateway: templates.some(isReasonPhrase),
    };
  }

  /**
   * The words of the titles and routes of the endpoints that return the entry (what was being done when it came
   * back): those of every title, then those of each route once. Each endpoint's words are read once, with the
   * engine, not for every entry it returns.
   */
  private endpointWords(doc: SearchDocument): string[] {
    const words: string[] = [];
    const routes = new Set<string>();
    for (const k of doc.endpoints) {
      const own = this.endpointTokens[k];
      for (const t of own.title) words.push(t);
      routes.add(own.route);
    }
    for (const route of routes) for (const t of this.routeTokens.get(route)!) words.push(t);
    return words;
  }

  search(input: unknown, options: SearchOptions = {}): SearchResponse {
    const query = parseQuery(input);
    const scores = new Map<number, {score: number; match: MatchKind}>();
    const bump = (i: number, kind: MatchKind, score: number) => {
      const current = scores.get(i);
      if (!current || score > current.score) scores.set(i, {score, match: kind});
    };

    const request = this.readRequest(query);
    const messageMatched = this.matchMessages(query, bump);
    const knownTypes = this.typesIn(query);
    for (const type of knownTypes) for (const i of this.types.get(type) ?? []) bump(i, 'type', BASE.type);
    if (request) this.matchEndpoint(request, bump);
    // A type the catalog does not know (the web framework's own, or misspelt) says no more than the status.
    const unknownType = query.type !== undefined && knownTypes.length === 0;
    if (query.status && !messageMatched && knownTypes.length === 0) {
      const mostlyStatus = unknownType || isMostlyStatus(query);
      this.prepared.forEach((p, i) => {
        if (p.doc.status !== query.status) return;
        // With more words than a status, the generic entry stands for "nothing more specific fits".
        if (p.doc.id === `http-${query.status}`) bump(i, 'status', mostlyStatus ? BASE.status + 100 : GENERIC_FALLBACK);
        else if (mostlyStatus) bump(i, 'status', BASE.status);
      });
    }
    // "answered 500 instead of 405": the entries of the status received that mean what the one expected means (an
    // unsupported method) are candidates, whatever words they use for it.
    const instead = query.status && !messageMatched && knownTypes.length === 0 ? this.expectedSymptoms(query) : 0;
    if (instead)
      this.prepared.forEach((p, i) => {
        if (p.doc.status === query.status && !isGenericEntry(p.doc) && p.symptoms & instead)
          bump(i, 'text', MEANS_EXPECTED);
      });
    // With the message matched, full text would only reorder the weaker hits below it.
    if (messageMatched !== 'whole') this.matchText(query, knownTypes, scores, bump);
    this.applyAgreement(query, knownTypes, scores, request);
    // A client's status line with no body (status-line.ts) says no more than its status either.
    if ((unknownType || isBareStatusLine(query.input)) && query.status && !messageMatched)
      this.leadWithGeneric(query.status, scores);

    const byRank = (a: [number, {score: number}], b: [number, {score: number}]) => {
      if (a[1].score !== b[1].score) return b[1].score - a[1].score;
      const x = this.prepared[a[0]].doc;
      const y = this.prepared[b[0]].doc;
      return x.status - y.status || (x.id < y.id ? -1 : 1);
    };
    // Ranked first and cut to the hits shown: only those need to say which of their endpoints the request named.
    const shown = [...scores.entries()].filter(
      ([i]) =>
        (!options.module || this.prepared[i].doc.module === options.module) &&
        (!options.status || this.prepared[i].doc.status === options.status),
    );
    const hits = firstRanked(shown, options.limit ?? 10, byRank).map(([i, s]): SearchHit => {
      const endpoint = request ? this.endpointOf(this.prepared[i], request) : undefined;
      return {doc: this.prepared[i].doc, match: s.match, score: s.score, ...(endpoint ? {endpoint} : {})};
    });
    const generic = query.status ? this.genericOf.get(query.status) : undefined;
    const statusDoc = generic === undefined ? undefined : this.prepared[generic].doc;
    const exact = hits.length > 0 && isExactMatch(hits[0].match);
    const endpoint = request ? this.requestEndpoint(request, hits[0]) : undefined;
    return {
      query,
      hits,
      exact,
      statusDoc,
      terms: highlightTerms(query.description ?? query.text),
      ...(endpoint ? {endpoint} : {}),
    };
  }

  /**
   * A body whose type the catalog does not know says no more than its status: the status's generic entry leads,
   * whatever words its description shares with the status's specific entries (their situations tell many).
   */
  private leadWithGeneric(status: number, scores: Map<number, {score: number; match: MatchKind}>): void {
    const generic = this.genericOf.get(status);
    const own = generic === undefined ? undefined : scores.get(generic);
    if (!own) return;
    for (const [i, {score}] of scores) if (i !== generic && score >= own.score) own.score = score + 1;
  }

  /**
   * Exact and template matches of the pasted message. Returns 'whole' when the
   * paste is a message, 'inside' when a message was found within a longer
   * text, or false.
   */
  private matchMessages(
    query: ParsedQuery,
    bump: (i: number, kind: MatchKind, score: number) => void,
  ): 'whole' | 'inside' | false {
    let whole = false;
    let literal = false;
    const templates: {i: number; matcher: Matcher; score: number}[] = [];
    for (const candidate of messageCandidates(query)) {
      const exact = this.exactMessages.get(candidate);
      if (exact) {
        for (const i of exact) bump(i, 'exact', BASE.exact + specificity(candidate.length));
        whole = literal = true;
        continue;
      }
      if (candidate.length > MAX_TEMPLATE_INPUT) continue;
      // A template's longest literal must be in the text: a substring test spares most regular expressions.
      const compactCandidate = compact(candidate);
      this.prepared.forEach((p, i) => {
        for (const m of p.matchers) {
          if (compactCandidate.includes(m.compactAnchor) && m.anchored.test(candidate))
            templates.push({i, matcher: m, score: BASE.template + specificity(m.literalLength)});
        }
      });
    }
    whole ||= templates.length > 0;
    if (literal) {
      for (const t of templates) bump(t.i, 'template', t.score);
      return 'whole';
    }
    // Not a whole message (or only a template's): perhaps a log line with a message inside it.
    const text = normalizeMessage(query.description ?? query.text);
    const literals: {i: number; message: string; score: number}[] = [];
    if (text.length >= 8 && text.length <= MAX_CONTAINED_INPUT) {
      this.prepared.forEach((p, i) => {
        for (const message of p.messages) {
          if (message.length >= 10 && containsWords(text, message)) {
            // The more of the paste the message explains, the surer the match.
            literals.push({i, message, score: BASE.exact - 300 + Math.round((300 * message.length) / text.length)});
          }
        }
        if (whole) return;
        for (const m of p.matchers) {
          if (m.anchor.length >= 6 && text.includes(m.anchor) && m.loose.test(text)) {
            templates.push({i, matcher: m, score: BASE.template - 50 + specificity(m.literalLength)});
          }
        }
      });
    }
    for (const t of templates) bump(t.i, 'template', t.score);
    for (const l of literals) {
      // A message found word for word outranks a template whose placeholder would swallow the words around
      // it: `XX is violation, please change it.` explains "group announcement is violation…" only loosely.
      const swallowing = templates.filter((t) => t.i !== l.i && t.matcher.literals.every((x) => l.message.includes(x)));
      bump(l.i, 'exact', Math.max(l.score, ...swallowing.map((t) => t.score + 5)));
    }
    if (whole) return 'whole';
    return literals.length > 0 || templates.length > 0 ? 'inside' : false;
  }

  /** Error types named in the query: the body's `error` field, or a known type written out. */
  private typesIn(query: ParsedQuery): string[] {
    if (query.type) {
      const type = query.type.toLowerCase();
      return this.types.has(type) ? [type] : [];
    }
    const text = ` ${canonicalize(query.text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_]+/gu, ' ')} `;
    if (text.length > 200) return [];
    // Most types are one word; a few have spaces ("service open exception").
    const words = new Set(text.split(' '));
    return [...this.types.keys()].filter(
      (type) => words.has(type) || (type.includes(' ') && text.includes(` ${type} `)),
    );
  }

  /** The pasted request line as path segments after the app's two (`/app-id/<id>/…` or `/<org>/<app>/…`). */
  private readRequest(query: ParsedQuery): Request | undefined {
    if (!query.path) return undefined;
    const segments = pathSegments(query.path);
    // A path pasted without the app's part starts with a resource (`/chatgroups/…`).
    const own = segments.length > 0 && this.resources.has(segments[0].toLowerCase()) && segments[0] !== 'app-id';
    // A path without its leading slash is one written in a question: a resource must begin it ("users/batch/status").
    if (!own && !query.path.startsWith('/')) return undefined;
    const rest = own ? segments : segments.slice(2);
    return rest.length > 0 ? {method: query.method, segments: rest} : undefined;
  }

  private matchEndpoint(request: Request, bump: (i: number, kind: MatchKind, score: number) => void): void {
    this.prepared.forEach((p, i) => {
      if (p.routes.some((r) => routeMatches(r, request))) bump(i, 'endpoint', BASE.endpoint);
    });
  }

  /** The entry's endpoint that the request names, preferring one whose method agrees. */
  private endpointOf(p: Prepared, request: Request): string | undefined {
    const route = p.routes.find((r) => routeMatches(r, request));
    return route ? this.data.endpoints[route.endpoint].id : undefined;
  }

  /** The endpoint the request names: the top result's when it has one, else the first of the catalog's. */
  private requestEndpoint(request: Request, top: SearchHit | undefined): SearchEndpoint | undefined {
    const id = top?.endpoint;
    if (id) return this.data.endpoints.find((e) => e.id === id);
    const route = this.routes.find((r) => routeMatches(r, request));
    return route ? this.data.endpoints[route.endpoint] : undefined;
  }

  /** Full text: FlexSearch finds the candidates, coverage of the query's words ranks them. */
  private matchText(
    query: ParsedQuery,
    knownTypes: string[],
    scores: Map<number, {score: number; match: MatchKind}>,
    bump: (i: number, kind: MatchKind, score: number) => void,
  ): void {
    const text = stripChineseFiller((query.description ?? query.text).slice(0, 1_000));
    const corrected = new Map<string, string[]>();
    // The status and the type were already weighed; the rest of the words decide among their entries.
    const recognised = new Set([String(query.status), ...knownTypes]);
    const tokens = queryTokens(text)
      .slice(0, 40)
      .filter((token) => !recognised.has(token) && !this.isMisspeltStopWord(token));
    if (tokens.length === 0) return;
    const typos = this.correctTypos(tokens);
    for (const [token, near] of typos) corrected.set(token, near);
    for (const token of tokens) {
      const alternatives = [...(synonymsOf(token) ?? []), ...this.otherForms(token)];
      if (alternatives.length > 0) corrected.set(token, [...(corrected.get(token) ?? [token]), ...alternatives]);
    }
    // Single Chinese characters only score; candidates come from words and character pairs.
    const searchTokens = new Set(
      [...tokens, ...[...corrected.values()].flat()].filter(
        (t) => this.allTokens.has(t) && !/^\p{Script=Han}$/u.test(t),
      ),
    );
    if (searchTokens.size === 0) return;
    // One lookup per word, united: FlexSearch's multi-word query intersects,
    // and scoring below wants every entry that has any of the words.
    // Words most entries share (df above a third) would make nearly every entry a candidate
    // for little gain; they still count in the scores below.
    const informative = [...searchTokens].filter((t) => this.weight(t) >= COMMON_WORD_WEIGHT);
    const seen = new Uint8Array(this.prepared.length);
    const candidates: number[] = [];
    for (const token of informative.length > 0 ? informative : searchTokens) {
      for (const id of this.index.search(token, {limit: 1_000}) as number[]) {
        if (seen[id]) continue;
        seen[id] = 1;
        candidates.push(id);
      }
    }
    const options = tokens.map((token) => corrected.get(token) ?? [token]);
    // Words that say what went wrong ("too long", "太多", "not enabled"): an entry that matches none of them
    // shares only the subject ("公告") and is the wrong answer for this symptom.
    const symptoms = tokens.flatMap((token, k) => (synonymsOf(token) ? [k] : []));
    // A parameter name (`delete_roam`) quoted in a question points at the one message that names it.
    const weights = options.map(
      (list, k) => Math.max(...list.map((t) => this.weight(t))) * (tokens[k].includes('_') ? 2 : 1),
    );
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const isSymptom = tokens.map((_, k) => symptoms.includes(k));
    const isTypo = tokens.map((token) => typos.has(token));
    const words = this.wordMatches(options, candidates, weights, isSymptom, isTypo);
    // The words of what a question quotes ("Getting \"too many query\" from the presence API"): a message, perhaps.
    const quotes = quotedSpans(text)
      .map((span) => queryTokens(span).filter((t) => tokens.includes(t)))
      .filter((quoted) => quoted.length >= 2);
    for (const i of candidates) {
      const p = this.prepared[i];
      const matched = words.matched[i];
      const inPrimary = words.inPrimary[i];
      const inMessage = words.inMessage[i];
      const viaTypo = words.viaTypo[i] === 1;
      const symptomFound = words.symptomFound[i] === 1;
      if (matched === 0) continue;
      // Words found in the message itself count a little extra: the message is what people quote.
      let textScore = Math.round(
        (200 * matched) / totalWeight + (inPrimary === tokens.length ? 20 : 0) + (30 * inMessage) / tokens.length,
      );
      // Only a query mostly made of the entry's own words can be its message, or a part it quotes ("too many query").
      const likeness = Math.max(
        inPrimary * 2 >= tokens.length ? messageLikeness(p.messageWords, tokens, corrected) : 0,
        ...quotes.map((quoted) => messageLikeness(p.messageWords, quoted, corrected)),
      );
      // Ties between equally alike messages go to the one sharing the rarer words.
      if (likeness >= 0.8)
        textScore = Math.max(textScore, 800 + Math.round(100 * likeness) + Math.round(textScore / 10));
      if (symptoms.length > 0 && !symptomFound) textScore = Math.round(textScore * SYMPTOM_MISSED);
      const current = scores.get(i);
      // An entry found by the request's endpoint and by its words keeps the stronger of the two, not a quarter of
      // the words: the endpoint's own entry must not fall behind a look-alike that only its words found.
      if (current?.match === 'endpoint' && textScore > current.score)
        scores.set(i, {score: textScore + Math.round(current.score / 4), match: viaTypo ? 'fuzzy' : 'text'});
      // The generic entry of the status named stands for "nothing more specific fits": its definition shares words
      // with every question about the status ("限流", "参数"), and they say nothing about which entry fits.
      else if (current && !(current.match === 'status' && isGenericEntry(p.doc)))
        current.score += Math.round(textScore / 4);
      else bump(i, viaTypo ? 'fuzzy' : 'text', textScore);
    }
  }

  /**
   * How the query's words (any of their alternatives) occur in each candidate, summed word by word in the query's
   * order: read from the words' postings, so that words no entry has (ids, timestamps, most of a long paste) and
   * entries without a word cost nothing.
   */
  private wordMatches(
    options: string[][],
    candidates: readonly number[],
    weights: readonly number[],
    isSymptom: readonly boolean[],
    isTypo: readonly boolean[],
  ): WordMatches {
    const n = this.prepared.length;
    const isCandidate = new Uint8Array(n);
    for (const i of candidates) isCandidate[i] = 1;
    const words: WordMatches = {
      matched: new Float64Array(n),
      inPrimary: new Uint16Array(n),
      inMessage: new Uint16Array(n),
      viaTypo: new Uint8Array(n),
      symptomFound: new Uint8Array(n),
    };
    // One word's IN_* flags per entry (all its alternatives), and the entries it touched: reset after each word.
    const flags = new Uint8Array(n);
    const isTouched = new Uint8Array(n);
    const touched: number[] = [];
    options.forEach((alternatives, k) => {
      for (const t of new Set(alternatives)) {
        const postings = this.postings.get(t) ?? [];
        for (let j = 0; j < postings.length; j += 2) {
          const i = postings[j];
          if (!isCandidate[i]) continue;
          if (!isTouched[i]) {
            isTouched[i] = 1;
            touched.push(i);
          }
          flags[i] |= postings[j + 1];
        }
      }
      for (const i of touched) {
        const f = flags[i];
        flags[i] = 0;
        isTouched[i] = 0;
        if (f && isSymptom[k]) words.symptomFound[i] = 1;
        if (f & IN_MESSAGE) words.inMessage[i] += 1;
        if (f & IN_PRIMARY) {
          words.matched[i] += weights[k];
          words.inPrimary[i] += 1;
        } else if (f & IN_SECONDARY) words.matched[i] += secondaryWeight(f) * weights[k];
        else continue;
        if (isTypo[k]) words.viaTypo[i] = 1;
      }
      touched.length = 0;
    });
    return words;
  }

  /**
   * What a question says went wrong (symptoms.ts) and about what (its
   * subject), and whether it seems to quote its status from memory: no entry
   * under the status named fits both.
   */
  private askedFailure(
    query: ParsedQuery,
    knownTypes: string[],
    scores: Map<number, {score: number; match: MatchKind}>,
    features: number,
  ): AskedFailure {
    // A type written out (`forbidden_op`) is not a symptom ("forbidden"): the type was weighed already.
    const text = knownTypes.reduce(
      (t, type) => t.replace(type, ' '),
      (query.description ?? query.text).slice(0, 1_000).toLowerCase(),
    );
    // A reason phrase ("400 Bad Request") that is all a question says about the failure restates the status.
    // Causes told as events ("a group we dissolved", "没买消息漫游") count as the kinds they describe (told.ts).
    let symptoms =
      (questionSymptoms(text) | toldSymptoms(text) | askedLimit(text)) & ~untoldSymptoms(text) ||
      (query.status && hasReasonPhrase(query.input) ? RESTATED : 0);
    // A retry meets what its first attempt left (retried.ts): the thing exists, or is gone, or is still being changed.
    symptoms = retriedSymptoms(text, symptoms, query.status) | emptyValueTold(text);
    const named = symptoms & LIMIT ? scopesOf(text) : 0;
    const scopes = symptoms & LIMIT && namesCreating(features) ? creationScopes(text, named) : named;
    // "他加入的子区太多": what one user has joined is a quota, not the items of one request.
    if (scopes && countsAccumulated(text, scopes)) symptoms = asQuota(symptoms);
    const asked: AskedFailure = {
      status: query.status,
      symptoms,
      subjectIn: this.wordsIn(symptoms ? this.subjectOf(text, query.status) : []),
      scopes,
      absent: symptoms & NOT_FOUND ? absentThings(text) | toldThings(text) : 0,
      counted: symptoms & LIMIT ? countedThings(text) : 0,
      someOf: symptoms !== 0 && asksSomeOf(text),
      mismatch: asksMismatch(text),
      specificFits: false,
      // Fields named as fields or by their empty values ("the type field", "usernames: []"), too (field-told.ts).
      quoted: [
        ...new Set([
          ...quotedFields(query.description ?? query.text, (symptoms & NAMED_FIELDS) !== 0),
          ...fieldsTold(query.description ?? query.text),
        ]),
      ].filter((f) => this.knownFields.has(f)),
      sent: sentFields(query.description ?? query.text).filter((f) => this.knownFields.has(f)),
      misquoted: false,
      said: serverSaid(query.description ?? query.text),
    };
    asked.misquoted =
      query.status !== undefined &&
      symptoms !== 0 &&
      ![...scores.keys()].some(
        (i) => this.prepared[i].doc.status === query.status && fitsAsked(asked, this.prepared[i]),
      );
    return asked;
  }

  /** The kinds of failure of the status a question says it expected instead of the one it got ("500 instead of 405"). */
  private expectedSymptoms(query: ParsedQuery): number {
    const expected = expectedStatus(query.input);
    const generic = expected && expected !== query.status ? this.genericOf.get(expected) : undefined;
    return generic === undefined ? 0 : this.prepared[generic].symptoms & ~RESTATED;
  }

  /**
   * Whether an entry of the status named, other than its generic one, fits the question: it fits both the
   * subject and the symptom, or, when the question names no symptom, it belongs to the feature named
   * ("撤回接口 返回 500" and the recall's own 500). When no entry of the status names the question's subject
   * (a 429 on any endpoint), the subject only says where it happened, and the symptom alone fits ("被限流").
   */
  private specificFits(
    asked: AskedFailure,
    features: number,
    scores: Map<number, {score: number; match: MatchKind}>,
  ): boolean {
    if (asked.status === undefined || asked.symptoms === RESTATED) return false;
    let symptomOnly = false;
    for (const i of scores.keys()) {
      const p = this.prepared[i];
      if (p.doc.status !== asked.status || isGenericEntry(p.doc)) continue;
      if (asked.symptoms ? fitsAsked(asked, p) : features && featureFit(features, p.features, p.operations) >= 1)
        return true;
      symptomOnly ||= asked.symptoms !== 0 && symptomFit(asked.symptoms, p.symptoms) === 1;
    }
    return symptomOnly && !this.statusNamesSubject(asked);
  }

  /**
   * The entries of the status named, not its generic one, that have in their own text (message, type, summaries,
   * cause and fix) most of what the question says the server said, weighed by rarity: the asker translated their
   * message.
   */
  private entriesSaid(asked: AskedFailure, scores: Map<number, {score: number; match: MatchKind}>): number[] {
    // Character pairs and Latin words: a single Chinese character says little of a message.
    const words = [...new Set(queryTokens(asked.said ?? ''))].filter(
      (t) => !/^\p{Script=Han}$/u.test(t) && this.weight(t) >= COMMON_WORD_WEIGHT,
    );
    const total = words.reduce((sum, t) => sum + this.weight(t), 0);
    if (total === 0) return [];
    return [...scores.keys()].filter((i) => {
      const p = this.prepared[i];
      if (p.doc.status !== asked.status || isGenericEntry(p.doc)) return false;
      const covered = words.reduce((sum, t) => sum + ((p.fields.get(t) ?? 0) & SAID_IN ? this.weight(t) : 0), 0);
      return covered >= SAID_SHARE * total;
    });
  }

  /**
   * The specific entries of the status named that the question's own words point at (causes.ts): the words one
   * shares with the question weigh enough within the status, and no more than a few others come near it. Only
   * asked when the status's generic entry is in the running (no message or type was matched).
   */
  private causeFitting(
    query: ParsedQuery,
    asked: AskedFailure,
    scores: Map<number, {score: number; match: MatchKind}>,
  ): number[] {
    const status = asked.status;
    if (status === undefined || scores.get(this.genericOf.get(status) ?? -1)?.match !== 'status') return [];
    const counts = this.statusWordsOf(status);
    if (!counts) return [];
    const words = causeWords((query.description ?? query.text).slice(0, 1_000), status);
    const options = words.map((w) => [w, ...(synonymsOf(w) ?? []), ...this.otherForms(w)]);
    // A word most of the catalog shares (发送, 消息, 群组) names what was done, not why it failed.
    const weights = options.map((o) =>
      Math.max(...o.map((t) => this.weight(t))) >= CAUSE_WORD_WEIGHT && !this.operationWords.has(o[0])
        ? weightInStatus(counts, o)
        : 0,
    );
    // A question that names a kind of failure ("一次 15 个人") wants an entry of that kind.
    const kind = asked.symptoms & ~RESTATED;
    const fits: {i: number; fit: number}[] = [];
    for (const i of scores.keys()) {
      const p = this.prepared[i];
      if (p.doc.status !== status || isGenericEntry(p.doc)) continue;
      if (kind && symptomFit(kind, p.symptoms) <= 0) continue;
      let fit = 0;
      for (let k = 0; k < options.length; k++)
        if (weights[k] && options[k].some((t) => (p.fields.get(t) ?? 0) & EXPLAINS)) fit += weights[k];
      if (fit > 0) fits.push({i, fit});
    }
    return fittingCauses(fits, counts.entries);
  }

  /** Whether an entry of the status named, not its generic one, names a word of the question's subject. */
  private statusNamesSubject(asked: AskedFailure): boolean {
    return this.prepared.some(
      (p) =>
        p.doc.status === asked.status &&
        !isGenericEntry(p.doc) &&
        (asked.subjectIn[p.index] & (IN_PRIMARY | IN_MESSAGE)) !== 0,
    );
  }

  /** Per entry, the IN_* flags of these words in it, and HAS_WORD when any of them occurs: read from the postings. */
  private wordsIn(words: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.prepared.length);
    for (const word of new Set(words)) {
      const postings = this.postings.get(word) ?? [];
      for (let j = 0; j < postings.length; j += 2) flags[postings[j]] |= postings[j + 1] | HAS_WORD;
    }
    return flags;
  }

  /** The words of a question that name what failed, not how: neither symptoms, filler, numbers nor the status. */
  private subjectOf(text: string, status: number | undefined): string[] {
    // As many words as full text weighs (matchText): a longer paste says no more about its subject.
    return queryTokens(stripChineseFiller(withoutSymptoms(text)))
      .filter((t) => t.length > 1 && t !== String(status) && !/^\d+$/.test(t) && this.allTokens.has(t))
      .slice(0, 40);
  }

  /** `joined` also as `join`, `editing` as `edit`: the catalog's forms of a word the query inflects differently. */
  private otherForms(token: string): string[] {
    if (!/^[a-z]{5,}$/.test(token)) return [];
    const stems = [
      token.replace(/ed$/, ''),
      token.replace(/d$/, ''),
      token.replace(/ing$/, ''),
      token.replace(/ing$/, 'e'),
    ];
    return stems.filter(
      (stem) => stem !== token && stem.length >= 3 && !STOP_WORDS.has(stem) && this.allTokens.has(stem),
    );
  }

  /** `dose` for `does`: a filler word with a typo is still a filler word. */
  private isMisspeltStopWord(token: string): boolean {
    if (this.allTokens.has(token) || token.length < 4) return false;
    let misspelt = this.misspeltStopWords.get(token);
    if (misspelt === undefined) {
      misspelt = [...STOP_WORDS].some((stop) => stop.length >= 3 && editDistance(token, stop, 1) <= 1);
      // Bounded: a long paste brings many words no entry has.
      if (this.misspeltStopWords.size >= 5_000) this.misspeltStopWords.clear();
      this.misspeltStopWords.set(token, misspelt);
    }
    return misspelt;
  }

  /** For each unknown Latin word, the catalog words within one or two edits. */
  private correctTypos(tokens: string[]): Map<string, string[]> {
    const corrected = new Map<string, string[]>();
    for (const token of tokens) {
      if (this.allTokens.has(token) || token.length < 4 || !/^[a-z]+$/.test(token)) continue;
      const near = this.nearWords(token);
      if (near.length > 0) corrected.set(token, near);
    }
    return corrected;
  }

  private nearWords(token: string): string[] {
    const max = token.length >= 7 ? 2 : 1;
    const near: string[] = [];
    for (let length = token.length - max; length <= token.length + max; length++) {
      for (const word of this.vocabulary.get(length) ?? []) {
        // A typo rarely hits both of the first two letters.
        if (word[0] !== token[0] && word[1] !== token[1]) continue;
        if (editDistance(token, word, max) <= max) near.push(word);
      }
    }
    return near.slice(0, 5);
  }

  /**
   * What the paste says besides the message steers among the entries found:
   * a status or type that agrees lifts an entry, one that disagrees lowers
   * it; so do the request's path (the endpoint itself, or the same resource)
   * and the features a question names.
   */
  private applyAgreement(
    query: ParsedQuery,
    knownTypes: string[],
    scores: Map<number, {score: number; match: MatchKind}>,
    request: Request | undefined,
  ): void {
    const features = featuresOfQuery(query.text || query.description || '');
    const asked = this.askedFailure(query, knownTypes, scores, features);
    // What the question says the server said, translated: the entries whose own words hold it fit (said.ts).
    const said = asked.said && asked.status !== undefined ? this.entriesSaid(asked, scores) : [];
    asked.specificFits = said.length > 0 || this.specificFits(asked, features, scores);
    // The words a question uses for its cause decide only where its kind of failure did not.
    const causes = asked.specificFits ? [] : this.causeFitting(query, asked, scores);
    asked.specificFits ||= causes.length > 0;
    const htmlPage = isHtmlPage(query.input);
    // A batch that partly failed inside a 200 (told.ts): the entries of a failed item in a successful answer.
    const partial = !query.status && toldPartial(query.description ?? query.text);
    // Counts told ("75 accounts", "1000 个用户 ID") against the limits they exceed (counts.ts).
    const counts = questionCounts(query.description ?? query.text, query.status);
    // The operation a question names in words ("封禁群组接口"), when no request line names its endpoint.
    const concepts = request ? new Set<string>() : conceptsOf(query.text || query.description || '');
    const named = operationsNamed(concepts, this.operations);
    // Its verbs, against entries only their opposites return ("解除禁言" is not about the mute endpoint's limit).
    const verbs = opposableVerbs(concepts);
    const opposed = opposedVerbs(verbs);
    const retried = toldRetry(query.description ?? query.text, query.status);
    if (opposed.size > 0) this.endpointVerbs ??= new EndpointVerbs((this.data.endpoints ?? []).map((e) => e.title));
    for (const [i, s] of scores) {
      const p = this.prepared[i];
      const doc = p.doc;
      if (query.status && doc.status === query.status) s.score = sameStatus(s.score, asked, p, s.match) + 60;
      else if (query.status) s.score = otherStatus(s.score, asked, s.match);
      // An error status received is no success: a failure reported inside a 200 (one item of a batch) is not what the
      // request got, even where the question quotes its message ("returns 400 saying the ID already exists").
      if (query.status && query.status >= 400 && doc.status < 400) s.score -= ERROR_NOT_SUCCESS;
      // A failure reported inside a successful response is rarely what a question about an error means.
      else if (doc.status < 400 && s.match !== 'exact' && s.match !== 'template')
        s.score += partial ? PARTIAL_WEIGHT : -30;
      // An entry of another status than the one named, found by the endpoint alone, is not lifted by it either.
      const endpointOnly = s.match === 'endpoint' && query.status !== undefined && doc.status !== query.status;
      if (request && !endpointOnly) s.score += pathAgreement(p.routes, request);
      if (causes.includes(i)) s.score += CAUSE_WEIGHT;
      if (said.includes(i)) s.score += SAID_WEIGHT;
      // A timeout told as why a request was retried is not what the retry got (retried.ts).
      if (s.match !== 'exact' && s.match !== 'template') s.score -= timeoutEntryPenalty(retried, doc.status);
      // A gateway's HTML page: its entry (the reason phrase for a message) or the status's, not the service's JSON.
      if (htmlPage && query.status === doc.status) s.score += p.gateway || isGenericEntry(doc) ? GATEWAY_PAGE : 0;
      if (s.match !== 'exact' && s.match !== 'template') {
        s.score += Math.round(40 * featureFit(features, p.features, p.operations));
        s.score += symptomAgreement(asked, p);
        if (asked.symptoms & p.symptoms & LIMIT) s.score += Math.round(SCOPE_WEIGHT * scopeFit(asked.scopes, p.scopes));
        if (asked.absent) s.score += Math.round(ABSENT_WEIGHT * absentFit(asked.absent, p.absent));
        // "名单里有两个人已经退群了": an entry about some of a batch's items, not a single one.
        if (asked.someOf && p.someOf) s.score += SOME_OF_WEIGHT;
        // "测试环境的 token 拿到正式环境用": the entry that says the token does not match the request.
        if (asked.mismatch && p.mismatch) s.score += MISMATCH_WEIGHT;
        // "建了十万个子区": a limit of how many there are is about the thing counted.
        if (asked.counted && p.symptoms & LIMIT)
          s.score += Math.round(SCOPE_WEIGHT * absentFit(asked.counted, p.things));
        if (asked.quoted.length > 0) s.score += Math.round(FIELD_WEIGHT * fieldFit(asked.quoted, p.quoted));
        // "只传了 channel 和 type": an entry that wants only fields that were sent is not what went wrong.
        if (asked.sent.length > 0 && p.quoted.length > 0 && p.quoted.every((f) => asked.sent.includes(f)))
          s.score -= FIELD_WEIGHT;
        if (counts.length > 0 && p.symptoms & LIMIT)
          s.score += Math.round(COUNT_WEIGHT * countFit(counts, this.limits[i]));
        // An entry whose endpoints are known, none of them the one named, comes from elsewhere.
        if (named.size > 0 && !anyEndpoint(p) && !doc.endpoints.some((k) => named.has(k))) s.score -= OPERATION_WEIGHT;
        if (opposed.size > 0 && !anyEndpoint(p) && this.endpointVerbs?.opposes(doc.endpoints, verbs, opposed))
          s.score -= OPPOSED_WEIGHT;
      }
      // An entry kept for the wording of older responses is rarely what a question in one's own words is about.
      if (doc.older && (s.match === 'text' || s.match === 'fuzzy')) s.score -= OLDER_WORDING;
      // A question that names no feature is less likely about an error that only some features return.
      // Less still about one only an operation returns (a broadcast, a blocklist): people name the operation.
      if (!features && p.features && (s.match === 'text' || s.match === 'fuzzy')) s.score -= p.operations ? 30 : 10;
      if (knownTypes.length === 0) continue;
      const sameType = knownTypes.includes(doc.type.toLowerCase());
      if (sameType && s.match !== 'type') s.score += 80;
      // A named type that disagrees counts against a text match (a matching message still wins).
      if (!sameType && s.match !== 'exact' && s.match !== 'template') s.score -= 150;
    }
  }
}

/** Per entry (indexed by its place), how the query's words occur in it (engine.wordMatches). */
interface WordMatches {
  /** The weights of the words it has, a word only in secondary text weighing less (secondaryWeight). */
  matched: Float64Array;
  /** How many of the query's words are in its message, title or type (IN_PRIMARY). */
  inPrimary: Uint16Array;
  /** How many are in its message itself. */
  inMessage: Uint16Array;
  /** 1 when a word it has was a typo corrected. */
  viaTypo: Uint8Array;
  /** 1 when it has one of the words that say what went wrong. */
  symptomFound: Uint8Array;
}

/** What a question says went wrong, read once for all its candidates. */
interface AskedFailure {
  status?: number;
  /** Its kinds of failure (symptoms.ts). */
  symptoms: number;
  /**
   * Per entry, where the question's words that name what failed ("修改群公告") occur in it: their IN_* flags, and
   * HAS_WORD if any occurs at all.
   */
  subjectIn: Uint8Array;
  /** Whose count the limit it asks about counts (scopes.ts); 0 when it asks about no limit. */
  scopes: number;
  /** What it says does not exist (absent.ts); 0 when it says nothing is missing. */
  absent: number;
  /** The things it counts when it asks about a limit ("十万个子区"); 0 otherwise. */
  counted: number;
  /** It says some of the items of its request failed ("名单里有两个人已经退群了"). */
  someOf: boolean;
  /** It says what it used was made for another App, project or environment (symptoms.ts). */
  mismatch: boolean;
  /** The request fields it quotes that some entry quotes too (fields.ts). */
  quoted: string[];
  /** The fields it says were sent ("只传了 channel 和 type"); some entry quotes each. */
  sent: string[];
  /** No entry under the status named fits both: the status is likely quoted from memory. */
  misquoted: boolean;
  /** What it says the server said ("提示不允许开放注册", said.ts). */
  said?: string;
  /** An entry under the status named, not its generic one, fits (engine.specificFits). */
  specificFits: boolean;
}

/**
 * An entry any endpoint may return whatever endpoints it lists: a status's generic entry, a rate limit (counted
 * per app, across endpoints), or one that lists none (a response seen live, its endpoint unknown).
 */
function anyEndpoint(p: Prepared): boolean {
  return isGenericEntry(p.doc) || (p.symptoms & RATE) !== 0 || p.doc.endpoints.length === 0;
}

/** A status's generic entry (`http-400`): no error type and no message, only what the status means. */
function isGenericEntry(doc: SearchDocument): boolean {
  return !doc.type && !doc.message;
}

/**
 * The score of an entry under another status than the one named. A question that says nothing else about
 * the failure ("获取好友列表 返回 500") has only the status to say what went wrong: an entry of another
 * status found by its words shares no more than the subject, and keeps half its score.
 */
function otherStatus(score: number, asked: AskedFailure, match: MatchKind): number {
  // Found by the request's endpoint alone, it shares only where the call went ("response code: 504 for URL: …/chatgroups").
  const subjectOnly = match === 'endpoint' || (!asked.symptoms && (match === 'text' || match === 'fuzzy'));
  return (subjectOnly ? Math.round(score / 2) : score) - STATUS_DISAGREES;
}

/**
 * The score of an entry under the status named. When all a question says of the failure restates its
 * status ("注册用户 返回 400 Bad Request"), a specific entry that does not restate it too was found by the
 * subject alone, which several entries of the status share: it keeps half its score, and the status's
 * generic entry is the answer.
 */
function sameStatus(score: number, asked: AskedFailure, p: Prepared, match: MatchKind): number {
  const restatedOnly = asked.symptoms === RESTATED && !(p.symptoms & RESTATED);
  return restatedOnly && !isGenericEntry(p.doc) && (match === 'text' || match === 'fuzzy')
    ? Math.round(score / 2)
    : score;
}

/** An entry whose own summary or message says both what the question is about and what went wrong. */
function fitsAsked(asked: AskedFailure, p: Prepared): boolean {
  if (symptomFit(asked.symptoms, p.symptoms) !== 1) return false;
  // A wrong address is its own subject: the words around it (a path, "the server") name no feature.
  if (asked.symptoms & p.symptoms & ADDRESS) return true;
  return (asked.subjectIn[p.index] & (IN_PRIMARY | IN_MESSAGE)) !== 0;
}

/**
 * What the kind of failure a question describes adds to an entry (or takes
 * away): a neighbour's limit loses. The symptom counts with the status or
 * with the subject: "返回 403 没有权限" is not about a 401 entry that shares
 * only "permission", while "修改群公告 报 400 太长" still wants the
 * announcement's limit (a 403).
 */
function symptomAgreement(asked: AskedFailure, p: Prepared): number {
  const otherStatus = asked.status !== undefined && p.doc.status !== asked.status;
  // A status restated in words ("请求错误") is that status's: another status's own name ("服务器内部错误") is no match.
  const fit = symptomFit(asked.symptoms, otherStatus ? p.symptoms & ~RESTATED : p.symptoms);
  // Under a status, its generic entry stands for "nothing more specific fits": words that restate the status
  // lift it, and it yields to a specific entry that fits.
  if (asked.status !== undefined && isGenericEntry(p.doc)) {
    if (sharesRestatement(asked.symptoms, p.symptoms)) return SYMPTOM_WEIGHT;
    return asked.specificFits ? -GENERIC_YIELDS : 0;
  }
  const alone = otherStatus && !asked.subjectIn[p.index];
  let score = fit < 0 || !alone ? Math.round(SYMPTOM_WEIGHT * fit) : 0;
  // People quote a status from memory: when nothing under it fits, an entry that does is not held back.
  if (asked.misquoted && otherStatus && fitsAsked(asked, p)) score += STATUS_DISAGREES;
  return score;
}

/** The request's own endpoint lifts an entry most; an endpoint of the same resource (`/chatgroups/…/users`) less. */
function pathAgreement(routes: Route[], request: Request): number {
  if (routes.length === 0) return 0;
  let best = 0;
  for (const r of routes) {
    if (routeMatches(r, request)) return 70;
    best = Math.max(best, sharedLead(r.segments, request.segments));
  }
  return best > 0 ? 15 * Math.min(best, 3) : -20;
}

/** How many leading literal segments agree (a placeholder in the route agrees with any value). */
function sharedLead(route: string[], pasted: string[]): number {
  let shared = 0;
  for (let k = 0; k < route.length && k < pasted.length; k++) {
    if (isPlaceholderSegment(route[k])) continue;
    if (route[k].toLowerCase() !== pasted[k].toLowerCase()) break;
    shared += 1;
  }
  return shared;
}

function routeMatches(route: Route, request: Request): boolean {
  if (request.method && route.method !== request.method) return false;
  if (route.segments.length !== request.segments.length) return false;
  return route.segments.every(
    (seg, k) => isPlaceholderSegment(seg) || seg.toLowerCase() === request.segments[k].toLowerCase(),
  );
}

function isPlaceholderSegment(segment: string): boolean {
  return segment.includes('{');
}

function pathSegments(path: string): string[] {
  return path.split('?')[0].split('/').filter(Boolean);
}

/** `text` contains `message` as whole words: "batch size 10" is not in "batch size 100". */
/**
 * The first `limit` items in the order `compare` gives, as sorting them all and cutting would: a search scores a
 * hundred entries or more and shows ten.
 */
export function firstRanked<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (limit <= 0) return first;
  for (const item of items) {
    if (first.length === limit && compare(item, first[limit - 1]) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]) < 0) at -= 1;
    first.splice(at, 0, item);
    if (first.length > limit) first.pop();
  }
  return first;
}

function containsWords(text: string, message: string): boolean {
  const word = /[\p{L}\p{N}_]/u;
  for (let at = text.indexOf(message); at !== -1; at = text.indexOf(message, at + 1)) {
    const before = at > 0 && word.test(text[at - 1]) && word.test(message[0]);
    const end = at + message.length;
    const after = end < text.length && word.test(text[end]) && word.test(message[message.length - 1]);
    if (!before && !after) return true;
  }
  return false;
}

/** The words of an entry's `fields` with any of these flags. */
function wordsFlagged(fields: Map<string, number>, flags: number): string[] {
  const words: string[] = [];
  fields.forEach((own, word) => own & flags && words.push(word));
  return words;
}

/** Files the words `takeNew` and `expandTerms` take into an entry's `fields`, with these flags. */
function filing(fields: Map<string, number>, flags: number): Seen {
  return {has: (word) => fields.has(word), add: (word) => fields.set(word, flags)};
}

/** What a word found only in an entry's secondary words adds, by where it is found (see SECONDARY_WEIGHT). */
function secondaryWeight(flags: number): number {
  return flags & (IN_SITUATION | IN_KNOWN_QUESTION) ? SITUATION_WEIGHT : SECONDARY_WEIGHT;
}

/** The entries of a word's postings that have it as a primary or secondary word: those the full-text index holds. */
function indexedEntries(postings: readonly number[]): number[] {
  const entries: number[] = [];
  for (let j = 0; j < postings.length; j += 2)
    if (postings[j + 1] & (IN_PRIMARY | IN_SECONDARY)) entries.push(postings[j]);
  return entries;
}

function splitTerms(terms: string): string[] {
  return terms ? terms.split(' ') : [];
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/**
 * How much the query is the entry's message: the smaller of the share of
 * query words found in the message and the share of message words found in
 * the query (typo corrections count).
 */
/** What a text quotes between double or Chinese quotation marks (a few, each of a few words). */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/["“「『]([^"“”「」『』\n]{4,120})["”」』]/g)].slice(0, 5).map((m) => m[1]);
}

function messageLikeness(messageWords: Set<string>, tokens: string[], corrected: Map<string, string[]>): number {
  if (messageWords.size < 2) return 0;
  let inMessage = 0;
  let counted = 0;
  const covered = new Set<string>();
  for (const token of tokens) {
    // Numbers and IDs are the real values in placeholders: neither for nor against.
    if (/\d/.test(token) && !messageWords.has(token)) continue;
    counted += 1;
    const hit = (corrected.get(token) ?? [token]).find((t) => messageWords.has(t));
    if (hit) {
      inMessage += 1;
      covered.add(hit);
    }
  }
  return counted === 0 ? 0 : Math.min(inMessage / counted, covered.size / messageWords.size);
}

/** A query that is a status and little else ("401", "HTTP/1.1 404 Not Found", "状态码 500"). */
function isMostlyStatus(query: ParsedQuery): boolean {
  const words = queryTokens(query.text).filter(
    (t) => !/^\d+$/.test(t) && !/^(http|status|code|not|found|状态|态码|错误|误码)$/.test(t),
  );
  // A feature named ("500 when editing a message") is what failed: its entries under the status compete.
  return words.length <= 4 && !featuresOfQuery(query.text);
}

/** A longer literal is a more specific match: prefer it among several. */
function specificity(length: number): number {
  return Math.min(length, 200) / 4;
}

function messageCandidates(query: ParsedQuery): string[] {
  const raw =
    query.description !== undefined ? [query.description] : [query.text, ...query.text.split(/\n+/).slice(0, 30)];
  const out = new Set<string>();
  for (const text of raw) {
    const normalized = normalizeMessage(text);
    if (!normalized) continue;
    out.add(normalized);
    // "403 forbidden_op message send reach limit": the message after a status and a type.
    const stripped = normalized.replace(/^(?:[45]\d\d\s+)?(?:[a-z]+_[a-z_]+\s+)?/, '');
    if (stripped && stripped !== normalized) out.add(stripped);
  }
  return [...out];
}
