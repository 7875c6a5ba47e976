/**
 * What the search engine knows about each entry, derived from the catalog at
 * build time. Both languages are always included: people paste Chinese into
 * the English site and the reverse.
 */
import {provenanceOf, type Catalog, type Localized, type Provenance} from '../catalog';
import {withoutSentClause} from './fields';
import {compactTerms, primaryTermsOf} from './terms';
import {SYNONYM_WORDS} from './synonyms';
import {indexTokens, STOP_WORDS} from './text';
import type {KnownQuestions} from './known-questions';

export interface SearchDocument {
  id: string;
  status: number;
  type: string;
  message: string;
  /** Other spellings of the message (upstream variants). */
  variants: string[];
  /** The message with real values, where it has placeholders: shows which placeholders hold a single word. */
  sample?: string;
  module: string;
  summary: Localized;
  /**
   * The words of cause, fix and situations (both languages): what the entry says went wrong, in plain words.
   * Tokenised at build time, each once and not those of message, type and summaries, which the engine reads from
   * those fields (see terms.ts for what else is left out)…
   */
  secondaryTerms: string;
  /**
   * …the last so many of which (before the questions' words) only the situations have: a caller's words, weaker evidence
   * than the cause's…
   */
  situationTerms: number;
  /** …and after them, the words only the questions known to be about the entry have (see known-questions.ts). */
  questionTerms: number;
  /** The endpoints that return the entry, as indexes into SearchData.endpoints. */
  endpoints: number[];
  /** Whether documentation says the API returns it, or it is only seen in real responses. Not searched. */
  provenance: Provenance;
  /** Set on behaviour of older responses. Not searched. */
  older?: true;
  /** Set on a failure reported inside a 200 response. Not searched. */
  partial?: true;
}

/** An endpoint of the catalog, so that a result can say which one a pasted request line named. */
export interface SearchEndpoint {
  id: string;
  method: string;
  /** As documented, placeholders in braces, without the query string… */
  path: string;
  /** …which is here, where it has one. */
  query?: string;
  /** What the endpoint does: its words name the operation a question is about (注册用户, 发送消息). */
  title: Localized;
}

export interface SearchData {
  version: 1;
  documents: SearchDocument[];
  endpoints: SearchEndpoint[];
  modules: {id: string; title: Localized}[];
}

/**
 * A word of fewer known questions than this is left out: met only a few times, it is unlikely to be met again (most
 * such Chinese pairs straddle two words), and the search data has room for the others only. Chosen by leaving one
 * tuning set out at a time (tests/relevance/README.md).
 */
const MIN_QUESTIONS_PER_WORD = 4;

/** How many of the questions have each word. */
function questionsPerWord(questions: KnownQuestions): Map<string, number> {
  const count = new Map<string, number>();
  for (const list of Object.values(questions))
    for (const question of list) for (const t of new Set(indexTokens(question))) count.set(t, (count.get(t) ?? 0) + 1);
  return count;
}

/**
 * `questions`: questions known to be about an entry, by entry id (the published site's are in
 * known-questions.data.json). An id the catalog does not have fails the build, naming it.
 */
/**
 * Whether a query can look a word up. Queries drop filler words, and the plurals of filler words ("ours", "gets"),
 * (text.ts `queryTokens`), so the index need not carry them: they were a fifth of the secondary words' bytes ("and",
 * "you", "with", "your"…). A filler word a synonym stands for stays ("too" for 太): synonyms are looked up as they are.
 */
function lookedUp(word: string): boolean {
  return !STOP_WORDS.has(word) || SYNONYM_WORDS.has(word);
}

export function buildSearchData(catalog: Catalog, questions: KnownQuestions = {}): SearchData {
  const ids = new Set(catalog.entries.map((e) => e.id));
  const unknown = Object.keys(questions).filter((id) => !ids.has(id));
  if (unknown.length > 0)
    throw new Error(`Known questions name entries the catalog does not have: ${unknown.join(', ')}`);
  const endpoints: SearchEndpoint[] = catalog.modules.flatMap((m) =>
    m.endpoints.map((e) => {
      const [path, query] = e.path.split('?');
      return {id: e.id, method: e.method, path, ...(query ? {query} : {}), title: e.title};
    }),
  );
  const endpointIndex = new Map(endpoints.map((e, i) => [e.id, i]));
  // What a question says was sent is not what went wrong (fields.ts): left out before its words are counted.
  const told: KnownQuestions = Object.fromEntries(
    Object.entries(questions).map(([id, list]) => [id, list.map(withoutSentClause)]),
  );
  const askedBy = questionsPerWord(told);
  const documents = catalog.entries.map((entry): SearchDocument => {
    const uses = catalog.usesOfEntry.get(entry.id) ?? [];
    const variants = (entry.variants ?? []).map((v) => v.message ?? '').filter(Boolean);
    const seen = new Set(primaryTermsOf({...entry, variants}));
    // Each word once, in the first of: cause and fix; the situations (told in the words a caller uses, they count
    // as the entry's own explanation too); the questions known to be about it. The engine reads the words of the
    // endpoints that return the entry from `endpoints`, where each is once however many entries it returns.
    const segment = (texts: readonly string[], keep: (word: string) => boolean = () => true) => {
      const words = indexTokens(texts.join('\n')).filter((t) => !seen.has(t) && lookedUp(t) && keep(t));
      for (const t of words) seen.add(t);
      return compactTerms([...new Set(words)]);
    };
    const causeAndFix = segment([entry.cause.zh, entry.fix.zh, entry.cause.en, entry.fix.en]);
    const situations = segment(entry.situations.flatMap((s) => [s.zh, s.en]));
    // A question names the thing and tells the symptom in everyday words; the values in it (a status, an id, a
    // count) are the asker's, not the entry's.
    const asked = segment(told[entry.id] ?? [], (t) => !/\d/.test(t) && askedBy.get(t)! >= MIN_QUESTIONS_PER_WORD);
    return {
      id: entry.id,
      status: entry.status,
      type: entry.type,
      message: entry.message,
      variants,
      ...(entry.sample ? {sample: entry.sample} : {}),
      module: catalog.moduleOfEntry.get(entry.id)!.id,
      summary: entry.summary,
      secondaryTerms: [...causeAndFix, ...situations, ...asked].join(' '),
      situationTerms: situations.length,
      questionTerms: asked.length,
      endpoints: [...new Set(uses.map((u) => endpointIndex.get(u.endpoint.id)!))],
      provenance: provenanceOf(entry),
      ...(entry.older && {older: true}),
      ...(entry.partial && {partial: true}),
    };
  });
  return {
    version: 1,
    documents,
    endpoints,
    modules: catalog.modules.map((m) => ({id: m.id, title: m.title})),
  };
}
