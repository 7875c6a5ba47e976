/**
 * Text normalisation and tokenisation shared by indexing and querying, so
 * both sides always agree. Latin words and numbers stay whole (`sig` never
 * matches `UserSign`, `4001` never matches `40010`); Chinese, which has no
 * spaces, is cut into overlapping character pairs so `过期` finds `已过期`.
 */
import {escapeRegExp} from '../catalog/placeholders';

const CURLY_QUOTES: [RegExp, string][] = [
  [/[‘’′]/g, "'"],
  [/[“”″]/g, '"'],
];

/** Full-width forms to ASCII and curly quotes to straight ones; keeps case. */
export function canonicalize(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, replacement] of CURLY_QUOTES) out = out.replace(pattern, replacement);
  return out;
}

/** For comparing a pasted message with a template: case, spacing and trailing punctuation do not count. */
export function normalizeMessage(text: string): string {
  return canonicalize(text)
    .toLowerCase()
    .replace(/\\n/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'`]+/, '')
    .replace(/[\s.,;:!?。，！？"'`\\]+$/u, '');
}

export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'be',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'it',
  'this',
  'that',
  'with',
  'by',
  'as',
  'at',
  'was',
  'has',
  'have',
  'not',
  'no',
  'can',
  'do',
  'does',
  'what',
  'why',
  'how',
  'i',
  'my',
  'you',
  'your',
  'me',
  'we',
  'our',
  'us',
  'they',
  'their',
  'them',
  'when',
  'error',
  'get',
  'got',
  'mean',
  'means',
  'too',
  'very',
]);
const CJK_STOP = new Set([
  '的',
  '了',
  '是',
  '在',
  '和',
  '或',
  '时',
  '中',
  '为',
  '与',
  '吗',
  '呢',
  '么',
  '什',
  '怎',
  '我',
]);

/**
 * Words of a Chinese question about how the error arrived, not what it says:
 * "返回 403", "报错", "提示", "调接口". They would match the catalog's
 * explanations, which use them too.
 */
const CJK_FILLER =
  /返回了?|报错了?|提示|出现|一直|总是|时候|怎么办|怎么|为什么|什么|如何|请问|是不是|不知道|调用|调接口|接口|(?<=\p{Script=Han}|\s|^)报(?=\s|\d)/gu;

/** A query without the filler words of Chinese questions. */
export function stripChineseFiller(text: string): string {
  return text.replace(CJK_FILLER, ' ');
}

const WORD = /\p{Script=Han}+|[\p{L}\p{N}_]+/gu;
const HAN = /\p{Script=Han}/u;

/** A particle (的, 了…): never a word of the index on its own. */
export function isStopCharacter(character: string): boolean {
  return CJK_STOP.has(character);
}

/**
 * A run of Chinese characters as the index and queries see it: each character (particles
 * left out) and each pair of neighbouring characters.
 */
function hanTokens(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (!CJK_STOP.has(word[i])) out.push(word[i]);
    if (i + 1 < word.length) out.push(word.slice(i, i + 2));
  }
  return out;
}

/** Tokens for the index: whole Latin words, snake_case parts, Chinese characters and character pairs. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of canonicalize(text).matchAll(WORD)) {
    const original = match[0];
    const word = original.toLowerCase();
    if (HAN.test(word)) {
      out.push(...hanTokens(word));
    } else {
      out.push(word);
      const singular = singularOf(word);
      if (singular) out.push(singular);
      if (word.includes('_')) out.push(...word.split('_').filter(Boolean));
      for (const part of camelParts(original)) out.push(part, ...(singularOf(part) ? [singularOf(part)!] : []));
    }
  }
  return out;
}

/** `addMembers` → `add`, `members`; `msgIdList` → `msg`, `id`, `list`: the words of a parameter name. */
function camelParts(word: string): string[] {
  if (!/[a-z][A-Z]/.test(word)) return [];
  return word
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_]+/)
    .filter((part) => part.length > 1);
}

/** `threads` → `thread`, `chatrooms` → `chatroom`: enough stemming for plural nouns, nothing more. */
export function singularOf(word: string): string | undefined {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || /\d/.test(word)) return undefined;
  // "queries" → "query", "entries" → "entry": the word a message says in the singular.
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/**
 * Tokens of a query: like the index, but English filler words are dropped
 * and plural nouns become singular.
 */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of canonicalize(text).matchAll(WORD)) {
    const original = match[0];
    const word = original.toLowerCase();
    if (HAN.test(word)) {
      // Single characters too: Chinese queries are not cut where the catalog's words are (改 in 能改几次).
      out.push(...hanTokens(word));
    } else if (/^\d+(?:kb|mb|gb)$/.test(word)) {
      // "5KB" as the catalog writes it, "5 KB": the unit is the word that matters.
      out.push(word.replace(/^\d+/, ''));
    } else if (!STOP_WORDS.has(word) && !/^\d{1,2}$/.test(word)) {
      // One- and two-digit numbers say nothing on their own (they are counts and limits everywhere). A plural of a
      // filler word ("ours", "gets") is filler too.
      for (const part of [word, ...camelParts(original)]) {
        const token = singularOf(part) ?? part;
        if (!STOP_WORDS.has(part) && !STOP_WORDS.has(token)) out.push(token);
      }
    }
  }
  return [...new Set(out)];
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (`dose` → `does`), the commonest typo; stops early once above `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows reused across calls: typo correction runs this for every unknown word against many catalog words.
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1)) as typeof rows;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Words worth marking in results: Latin words of three letters or more that carry meaning
 * (not "are", "not", "the"), and the character pairs of Chinese runs, as the index sees them.
 */
export function highlightTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of text.slice(0, 2_000).matchAll(WORD)) {
    const word = match[0];
    if (HAN.test(word)) {
      for (const token of hanTokens(word)) {
        if (token.length === 2 && !CJK_STOP.has(token[0]) && !CJK_STOP.has(token[1])) terms.add(token);
      }
    } else if (word.length >= 3 && !STOP_WORDS.has(word.toLowerCase())) {
      terms.add(word);
    }
  }
  return [...terms].slice(0, 20);
}

/** A piece of a result's text, marked when it is one of the query's words. */
export interface MarkedPart {
  text: string;
  marked: boolean;
}

/**
 * The text cut where the query's words are (`highlightTerms`), case aside. A Chinese pair is marked wherever it is, as
 * Chinese words are not set apart, and pairs that overlap mark one run (被解 and 解散 in 已被解散); a Latin word only
 * where a word starts ("member" in "members", not "our" in "resource").
 */
export function markedParts(text: string, terms: readonly string[]): MarkedPart[] {
  const mark = new Uint8Array(text.length);
  for (const term of terms) {
    if (term.length < 2) continue;
    for (const m of text.matchAll(termPattern(term))) mark.fill(1, m.index, m.index + m[0].length);
  }
  const parts: MarkedPart[] = [];
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    while (j < text.length && mark[j] === mark[i]) j++;
    parts.push({text: text.slice(i, j), marked: mark[i] === 1});
    i = j;
  }
  return parts.length > 0 ? parts : [{text, marked: false}];
}

/** Each term's pattern, compiled once: every result of every keystroke marks the same few terms. */
const TERM_PATTERNS = new Map<string, RegExp>();

function termPattern(term: string): RegExp {
  let pattern = TERM_PATTERNS.get(term);
  if (!pattern) {
    if (TERM_PATTERNS.size >= 500) TERM_PATTERNS.clear();
    const start = HAN.test(term) ? '' : '(?<![\\p{L}\\p{N}_])';
    pattern = new RegExp(`${start}${escapeRegExp(term)}`, 'giu');
    TERM_PATTERNS.set(term, pattern);
  }
  return pattern;
}

/** Particles that end a phrase or a question and begin or end no word of the catalog. */
const CJK_PARTICLES = /[的了是吗呢么我]/u;

/**
 * A Chinese character pair with a particle in it ("件的", "说了"), or that ends in 时 ("用户时": "when"): it
 * straddles two words. 时 begins words (时钟, 时间).
 */
export function straddlesFiller(token: string): boolean {
  return /^\p{Script=Han}{2}$/u.test(token) && (CJK_PARTICLES.test(token) || token[1] === '时');
}
