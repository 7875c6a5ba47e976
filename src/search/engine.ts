/**
 * The search engine: exact and template matching of messages first, then
 * type, status and endpoint, then full text (FlexSearch) with typo
 * tolerance. Every hit says why it is there. Plain TypeScript: the widget,
 * the search page, the command line and the tests all call this.
 */
import {Index} from 'flexsearch';
import {escapeRegExp, hasPlaceholder, PLACEHOLDER_SOURCE, templateToRegExp} from '../catalog/placeholders';
import type {SearchData, SearchDocument} from './documents';
import {isExactMatch} from './match';
import {parseQuery, type ParsedQuery} from './query';
import {synonymsOf} from './synonyms';
import {canonicalize, editDistance, highlightTerms, normalizeMessage, queryTokens, STOP_WORDS} from './text';

/** Why an entry is in the results, strongest first. */
export type MatchKind = 'exact' | 'template' | 'type' | 'status' | 'endpoint' | 'text' | 'fuzzy';

export interface SearchHit {
  doc: SearchDocument;
  match: MatchKind;
  score: number;
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
}

export interface SearchOptions {
  limit?: number;
  module?: string;
  status?: number;
}

interface Matcher {
  anchored: RegExp;
  loose: RegExp;
  /** The longest literal part, lower case: a cheap test before running `loose`. */
  anchor: string;
  literalLength: number;
}

interface Prepared {
  doc: SearchDocument;
  messages: string[];
  matchers: Matcher[];
  /** Words of the message itself: a query with nearly all of them is that message, typos and all. */
  messageWords: Set<string>;
  /** Where each word occurs, as IN_* bit flags: one lookup per word when scoring. */
  fields: Map<string, number>;
  routes: {method: string; pattern: RegExp}[];
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

/** Longer pasted messages are not tried against templates: no real message is this long. */
const MAX_TEMPLATE_INPUT = 600;
const MAX_CONTAINED_INPUT = 3_000;

export class SearchEngine {
  private readonly prepared: Prepared[];
  private readonly exactMessages = new Map<string, number[]>();
  private readonly types = new Map<string, number[]>();
  /** Documents arrive tokenised (see documents.ts); queries are looked up one token at a time. */
  private readonly index = new Index({tokenize: 'strict', encode: splitTerms, resolution: 1, cache: false});
  /** Catalog words by length, for typo correction. */
  private readonly vocabulary = new Map<number, string[]>();
  private readonly allTokens = new Set<string>();
  /** Inverse document frequency: a word most entries share says little about which one is meant. */
  private readonly idf = new Map<string, number>();

  constructor(readonly data: SearchData) {
    this.prepared = data.documents.map((doc, i) => this.prepare(doc, i));
    const vocabulary = new Set<string>();
    for (const p of this.prepared) {
      for (const [token, flags] of p.fields)
        if (flags & IN_PRIMARY && /^[a-z][a-z0-9_]{3,}$/.test(token)) vocabulary.add(token);
    }
    for (const word of vocabulary) push(this.vocabulary, word.length, word);
    const documentFrequency = new Map<string, number>();
    for (const p of this.prepared) {
      for (const [token, flags] of p.fields)
        if (flags & (IN_PRIMARY | IN_SECONDARY)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
    const n = this.prepared.length;
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + n / df));
  }

  private weight(token: string): number {
    return this.idf.get(token) ?? Math.log(1 + this.prepared.length);
  }

  private prepare(doc: SearchDocument, i: number): Prepared {
    const templates = [doc.message, ...doc.variants].filter(Boolean);
    const messages = templates.map(normalizeMessage);
    for (const message of messages) push(this.exactMessages, message, i);
    if (doc.type) push(this.types, doc.type.toLowerCase(), i);
    const primary = splitTerms(doc.primaryTerms);
    const secondary = splitTerms(doc.secondaryTerms);
    this.index.add(i, `${doc.primaryTerms} ${doc.secondaryTerms}`);
    for (const t of primary) this.allTokens.add(t);
    for (const t of secondary) this.allTokens.add(t);
    const messageWords = new Set(queryTokens(templates.join(' ').replace(new RegExp(PLACEHOLDER_SOURCE, 'g'), ' ')));
    const fields = new Map<string, number>();
    const mark = (tokens: Iterable<string>, flag: number) => {
      for (const t of tokens) fields.set(t, (fields.get(t) ?? 0) | flag);
    };
    mark(secondary, IN_SECONDARY);
    mark(primary, IN_PRIMARY);
    mark(messageWords, IN_MESSAGE);
    return {
      doc,
      messages,
      matchers: templates.filter(hasPlaceholder).map(compileMatcher),
      messageWords,
      fields,
      routes: doc.routes.map(compileRoute),
    };
  }

  search(input: unknown, options: SearchOptions = {}): SearchResponse {
    const query = parseQuery(input);
    const scores = new Map<number, {score: number; match: MatchKind}>();
    const bump = (i: number, kind: MatchKind, score: number) => {
      const current = scores.get(i);
      if (!current || score > current.score) scores.set(i, {score, match: kind});
    };

    const messageMatched = this.matchMessages(query, bump);
    const knownTypes = this.typesIn(query);
    for (const type of knownTypes) for (const i of this.types.get(type) ?? []) bump(i, 'type', BASE.type);
    if (query.path) this.matchEndpoint(query, bump);
    if (query.status && !messageMatched && knownTypes.length === 0 && isMostlyStatus(query)) {
      this.prepared.forEach((p, i) => {
        if (p.doc.status !== query.status) return;
        bump(i, 'status', p.doc.id === `http-${query.status}` ? BASE.status + 100 : BASE.status);
      });
    }
    // With the message matched, full text would only reorder the weaker hits below it.
    if (messageMatched !== 'whole') this.matchText(query, knownTypes, scores, bump);
    this.applyAgreement(query, knownTypes, scores);

    const hits = [...scores.entries()]
      .map(([i, s]) => ({doc: this.prepared[i].doc, match: s.match, score: s.score}))
      .filter(
        (hit) =>
          (!options.module || hit.doc.module === options.module) &&
          (!options.status || hit.doc.status === options.status),
      )
      .sort((a, b) => b.score - a.score || a.doc.status - b.doc.status || (a.doc.id < b.doc.id ? -1 : 1))
      .slice(0, options.limit ?? 10);
    const statusDoc = query.status ? this.prepared.find((p) => p.doc.id === `http-${query.status}`)?.doc : undefined;
    const exact = hits.length > 0 && isExactMatch(hits[0].match);
    return {query, hits, exact, statusDoc, terms: highlightTerms(query.description ?? query.text)};
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
    const candidates = messageCandidates(query);
    let matched = false;
    for (const candidate of candidates) {
      const exact = this.exactMessages.get(candidate);
      if (exact) {
        for (const i of exact) bump(i, 'exact', BASE.exact + specificity(candidate.length));
        matched = true;
        continue;
      }
      if (candidate.length <= MAX_TEMPLATE_INPUT) {
        this.prepared.forEach((p, i) => {
          for (const m of p.matchers) {
            if (m.anchored.test(candidate)) {
              bump(i, 'template', BASE.template + specificity(m.literalLength));
              matched = true;
            }
          }
        });
      }
    }
    if (matched) return 'whole';
    // Not a whole message: perhaps a log line with the message inside it.
    const text = normalizeMessage(query.description ?? query.text);
    if (text.length < 8 || text.length > MAX_CONTAINED_INPUT) return false;
    this.prepared.forEach((p, i) => {
      for (const message of p.messages) {
        if (message.length >= 10 && text.includes(message)) {
          // The more of the paste the message explains, the surer the match.
          bump(i, 'exact', BASE.exact - 300 + Math.round((300 * message.length) / text.length));
          matched = true;
        }
      }
      for (const m of p.matchers) {
        if (m.anchor.length >= 6 && text.includes(m.anchor) && m.loose.test(text)) {
          bump(i, 'template', BASE.template - 50 + specificity(m.literalLength));
          matched = true;
        }
      }
    });
    return matched ? 'inside' : false;
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
    return [...this.types.keys()].filter((type) => text.includes(` ${type} `));
  }

  private matchEndpoint(query: ParsedQuery, bump: (i: number, kind: MatchKind, score: number) => void): void {
    const path = query.path!.split('?')[0];
    this.prepared.forEach((p, i) => {
      if (p.routes.some((r) => r.pattern.test(path) && (!query.method || r.method === query.method))) {
        bump(i, 'endpoint', BASE.endpoint);
      }
    });
  }

  /** Full text: FlexSearch finds the candidates, coverage of the query's words ranks them. */
  private matchText(
    query: ParsedQuery,
    knownTypes: string[],
    scores: Map<number, {score: number; match: MatchKind}>,
    bump: (i: number, kind: MatchKind, score: number) => void,
  ): void {
    const text = (query.description ?? query.text).slice(0, 1_000);
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
    const candidates = new Set<number>();
    for (const token of informative.length > 0 ? informative : searchTokens) {
      for (const id of this.index.search(token, {limit: 1_000}) as number[]) candidates.add(id);
    }
    const options = tokens.map((token) => corrected.get(token) ?? [token]);
    const weights = options.map((list) => Math.max(...list.map((t) => this.weight(t))));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    for (const i of candidates) {
      const p = this.prepared[i];
      let matched = 0;
      let inPrimary = 0;
      let inMessage = 0;
      let viaTypo = false;
      for (let k = 0; k < tokens.length; k++) {
        let flags = 0;
        for (const t of options[k]) flags |= p.fields.get(t) ?? 0;
        if (flags & IN_MESSAGE) inMessage += 1;
        if (flags & IN_PRIMARY) {
          matched += weights[k];
          inPrimary += 1;
        } else if (flags & IN_SECONDARY) matched += 0.45 * weights[k];
        else continue;
        if (typos.has(tokens[k])) viaTypo = true;
      }
      if (matched === 0) continue;
      // Words found in the message itself count a little extra: the message is what people quote.
      let textScore = Math.round(
        (200 * matched) / totalWeight + (inPrimary === tokens.length ? 20 : 0) + (30 * inMessage) / tokens.length,
      );
      // Only a query mostly made of the entry's own words can be its message.
      if (inPrimary * 2 >= tokens.length) {
        const likeness = messageLikeness(p.messageWords, tokens, corrected);
        // Ties between equally alike messages go to the one sharing the rarer words.
        if (likeness >= 0.8)
          textScore = Math.max(textScore, 800 + Math.round(100 * likeness) + Math.round(textScore / 10));
      }
      const current = scores.get(i);
      if (current) current.score += Math.round(textScore / 4);
      else bump(i, viaTypo ? 'fuzzy' : 'text', textScore);
    }
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
    return stems.filter((stem) => stem !== token && stem.length >= 3 && this.allTokens.has(stem));
  }

  /** `dose` for `does`: a filler word with a typo is still a filler word. */
  private isMisspeltStopWord(token: string): boolean {
    if (this.allTokens.has(token) || token.length < 4) return false;
    for (const stop of STOP_WORDS) if (stop.length >= 3 && editDistance(token, stop, 1) <= 1) return true;
    return false;
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

  /** A status or type in the paste that agrees with an entry lifts it; one that disagrees lowers it a little. */
  private applyAgreement(
    query: ParsedQuery,
    knownTypes: string[],
    scores: Map<number, {score: number; match: MatchKind}>,
  ): void {
    for (const [i, s] of scores) {
      const doc = this.prepared[i].doc;
      if (query.status) s.score += doc.status === query.status ? 60 : -30;
      if (knownTypes.length === 0) continue;
      const sameType = knownTypes.includes(doc.type.toLowerCase());
      if (sameType && s.match !== 'type') s.score += 80;
      // A named type that disagrees counts against a text match (a matching message still wins).
      if (!sameType && s.match !== 'exact' && s.match !== 'template') s.score -= 150;
    }
  }
}

function splitTerms(terms: string): string[] {
  return terms ? terms.split(' ') : [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * How much the query is the entry's message: the smaller of the share of
 * query words found in the message and the share of message words found in
 * the query (typo corrections count).
 */
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
  return words.length <= 4;
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

function compileMatcher(template: string): Matcher {
  const canonical = canonicalize(template);
  const literals = canonical.split(new RegExp(PLACEHOLDER_SOURCE)).map((s) => normalizeMessage(s));
  const anchor = literals.reduce((a, b) => (b.length > a.length ? b : a), '');
  const anchored = templateToRegExp(canonical);
  const loose = new RegExp(anchored.source.replace(/^\^\\s\*/, '').replace(/\[[^\]]*\]\*\$$/, ''), 'iu');
  return {anchored, loose, anchor, literalLength: literals.join('').length};
}

function compileRoute(route: string): {method: string; pattern: RegExp} {
  const [method, path] = route.split(' ');
  const source = path
    .split('?')[0]
    .split(/\{[^}]*\}/)
    .map(escapeRegExp)
    .join('[^/]+');
  return {method, pattern: new RegExp(`^${source}/?$`, 'i')};
}
