/**
 * Placeholders in message templates: the upstream documentation writes
 * `XXX`, `XX`, `XXXX#XXXX`, `xxxxxx`, `{appkey}`, `{}` or `%s` where the live
 * API puts a real value. Validation and search both read them from here.
 */
export const PLACEHOLDER_SOURCE = String.raw`X{2,}|x{4,}|\{[A-Za-z_]*\}|%s`;

export function hasPlaceholder(template: string): boolean {
  return new RegExp(PLACEHOLDER_SOURCE).test(template);
}

/** Text as a literal inside a regular expression: the one escaping function of the project. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression that matches the template with real values in place of
 * its placeholders. Whitespace is flexible, case is ignored, and trailing
 * punctuation is optional, because that is how messages reach us in logs.
 */
export function templateToRegExp(template: string): RegExp {
  const placeholder = new RegExp(PLACEHOLDER_SOURCE, 'g');
  const trimmed = template.trim().replace(/[\s.,!。"]+$/u, '');
  let source = '';
  let last = 0;
  for (const match of trimmed.matchAll(placeholder)) {
    source += literal(trimmed.slice(last, match.index));
    source += '(.+?)';
    last = match.index + match[0].length;
  }
  source += literal(trimmed.slice(last));
  return new RegExp(`^\\s*${source}[\\s.,!。"]*$`, 'iu');
}

function literal(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s*');
}
