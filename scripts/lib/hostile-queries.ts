/**
 * Generated hostile and random queries for robustness checks: random
 * Unicode, control characters, markup, deeply nested and broken JSON,
 * regular-expression bait, and huge pastes. Deterministic for a seed.
 */

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '{"error":"',
  '","error_description":"',
  '"}',
  '\\"',
  '\\\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea>',
  '&lt;',
  '\u0000',
  '\u001b[31m',
  '\u202e',
  '\ud83d\ude00',
  '\ud800',
  '子区',
  '未开通',
  'XXX',
  'grpID ',
  ' does not exist!',
  'HTTP/1.1 403 Forbidden\n',
  '(((((((((',
  '.*.*.*.*',
  '\\d+\\s*',
  'a'.repeat(50),
  '%s',
  '{appkey}',
  '\n',
  '\t',
  ' ',
  '403',
  'forbidden_op',
  'username ',
  ' is not legal',
  "'",
  '`',
];

export function hostileQuery(random: () => number, maxLength: number): string {
  // Lengths spread evenly on a log scale: mostly short, some very long.
  const length = Math.floor(Math.exp(random() * Math.log(maxLength)));
  const kind = random();
  if (kind < 0.15) return nestedJson(Math.floor(random() * 5000));
  let out = '';
  while (out.length < length) {
    const r = random();
    if (r < 0.5) out += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
    else if (r < 0.8) out += String.fromCharCode(Math.floor(random() * 0xffff));
    else out += String.fromCharCode(32 + Math.floor(random() * 95)).repeat(1 + Math.floor(random() * 20));
  }
  return out.slice(0, length);
}

function nestedJson(depth: number): string {
  return `${'{"error":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}
