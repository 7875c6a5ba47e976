/**
 * The site's content security policy, computed from a build.
 *
 * Docusaurus inlines a few small scripts into every page (the one that sets the
 * colour mode before the first paint differs per locale) and writes a few
 * `style` attributes into the server-rendered HTML (its hidden SVG sprite).
 * The policy allows exactly those, by their sha256 hashes, and nothing else
 * that is inline; everything else must come from the site itself.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

export interface InlineHashes {
  /** `'sha256-…'` of every inline script the browser runs. */
  scripts: string[];
  /** `'sha256-…'` of every `style="…"` attribute in the HTML as served. */
  styleAttributes: string[];
  /** `'sha256-…'` of every `<style>` element. */
  styles: string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs; anything else (`application/ld+json`) is data and needs no permission. */
function isExecutable(attributes: string): boolean {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** Attribute values as the browser reads them (the hash is over the decoded text). */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The inline code of one HTML document, hashed. */
export function hashesOfHtml(html: string): InlineHashes {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (isExecutable(attributes) && body.length > 0) scripts.push(sha256(body));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(sha256(body));
  // Markup only: a script's text may contain the characters `style="` without being an attribute.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const match of markup.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    styleAttributes.push(sha256(decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')));
  }
  return {scripts, styleAttributes, styles};
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every inline hash of a built site, each once, in a stable order. */
export function inlineHashes(siteDir: string): InlineHashes {
  const all: Record<keyof InlineHashes, Set<string>> = {
    scripts: new Set(),
    styleAttributes: new Set(),
    styles: new Set(),
  };
  const files = htmlFiles(siteDir);
  if (files.length === 0) throw new Error(`No HTML page in ${siteDir}: build the site first (npm run build).`);
  for (const file of files) {
    const found = hashesOfHtml(readFileSync(file, 'utf8'));
    for (const key of Object.keys(all) as (keyof InlineHashes)[]) found[key].forEach((h) => all[key].add(h));
  }
  return {
    scripts: [...all.scripts].sort(),
    styleAttributes: [...all.styleAttributes].sort(),
    styles: [...all.styles].sort(),
  };
}

/**
 * The policy: only the site's own files, the hashed inline code above, and
 * `data:` images (Infima's CSS draws its small icons as inline SVG).
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const styleSources = ["'self'", ...hashes.styles];
  // Hashes of style attributes count only with 'unsafe-hashes'; it allows those exact values and no others.
  if (hashes.styleAttributes.length > 0) styleSources.push("'unsafe-hashes'", ...hashes.styleAttributes);
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes.scripts].join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
