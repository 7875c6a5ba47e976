/**
 * Message templates as the search engine matches them. A placeholder stands
 * for one value: where the entry's sample shows that value is a single word
 * (an id, a name, an app key), the placeholder does not stretch over spaces,
 * so `XX is violation` cannot swallow "group announcement" or a whole log
 * prefix. A placeholder between brackets (`users [XX]`) takes anything up to
 * the closing bracket: there the API puts a list.
 */
import {PLACEHOLDER_SOURCE, templateToRegExp} from '../catalog/placeholders';
import {canonicalize, normalizeMessage} from './text';

export interface Matcher {
  /** The whole paste is the message. */
  anchored: RegExp;
  /** The message somewhere inside a longer paste. */
  loose: RegExp;
  /** The longest literal part, lower case: a cheap test before running `loose`. */
  anchor: string;
  /** The same without whitespace: every text `anchored` matches, without its whitespace, contains it. */
  compactAnchor: string;
  /** Every literal part, normalised: what a literal message must contain for this template to be swallowing it. */
  literals: string[];
  literalLength: number;
}

/** One value: no spaces, no Chinese, none of the punctuation that sits around a value in a sentence. */
const SINGLE_VALUE = String.raw`([^\s\p{Script=Han},;:"'()[\]{}<>]+?)`;

const CLOSERS: Record<string, string> = {'[': ']', '(': ')', '{': '}', '"': '"', "'": "'", '<': '>'};

/**
 * The literal parts at once; the expressions when first tested. Compiling them, and reading the sample with another,
 * is most of what an engine's templates cost at start-up, and a query tests only those whose anchor it contains.
 */
export function compileMatcher(template: string, sample?: string): Matcher {
  const canonical = canonicalize(template);
  const parts = canonical.split(new RegExp(PLACEHOLDER_SOURCE));
  const literals = parts.map((s) => normalizeMessage(s));
  const anchor = literals.reduce((a, b) => (b.length > a.length ? b : a), '');
  let compiled: Pick<Matcher, 'anchored' | 'loose'> | undefined;
  const expressions = () => (compiled ??= templateExpressions(canonical, parts, sample));
  return {
    get anchored() {
      return expressions().anchored;
    },
    get loose() {
      return expressions().loose;
    },
    anchor,
    compactAnchor: compact(anchor),
    literals: literals.filter(Boolean),
    literalLength: literals.join('').length,
  };
}

/** The whole paste as the message, and the message inside a longer paste. */
function templateExpressions(canonical: string, parts: string[], sample?: string): Pick<Matcher, 'anchored' | 'loose'> {
  const singles = singleValues(canonical, sample);
  let source = '';
  parts.forEach((part, k) => {
    const text = k === parts.length - 1 ? part.replace(/[\s.,!。"]+$/u, '') : part;
    source += escapeLiteral(k === 0 ? text.replace(/^\s+/, '') : text);
    if (k === parts.length - 1) return;
    const closer = CLOSERS[part.at(-1) ?? ''];
    if (closer && parts[k + 1].startsWith(closer)) source += `([^${escapeClass(closer)}]+?)`;
    else source += singles[k] ? SINGLE_VALUE : '(.+?)';
  });
  return {anchored: new RegExp(`^\\s*${source}[\\s.,!。"]*$`, 'iu'), loose: new RegExp(source, 'iu')};
}

/** A normalised text without its whitespace, which templates match loosely (`\s*`). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** For each placeholder, whether the sample fills it with one word. Without a sample that fits, none are. */
function singleValues(template: string, sample: string | undefined): boolean[] {
  const count = (template.match(new RegExp(PLACEHOLDER_SOURCE, 'g')) ?? []).length;
  const filled = sample ? templateToRegExp(template).exec(canonicalize(sample)) : null;
  return Array.from({length: count}, (_, k) => filled !== null && !/\s/.test(filled[k + 1]?.trim() ?? ' '));
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
}

function escapeClass(ch: string): string {
  return ch.replace(/[\]\\^-]/g, '\\$&');
}
