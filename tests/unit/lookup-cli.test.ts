/**
 * The command line as a user runs it: the real `scripts/lookup.ts`, spawned,
 * fed through stdin and read back through a pipe.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    // A command that stops reading early closes its stdin; the rest of the input is simply not needed.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    child.stdin.end(input);
  });
}

const lookupJsonl = (input: string) => run(TSX, ['scripts/lookup.ts', '--jsonl'], input);

/** Lines that carry no query, each with the reason the output must give. */
const BAD_LINES: [string, RegExp][] = [
  ['{"x":1}', /"q" string/],
  ['{"q":123}', /"q" string/],
  ['{"q":null}', /"q" string/],
  ['{"q":["403"]}', /"q" string/],
  ['{"q":{"q":"403"}}', /"q" string/],
  ['null', /JSON object/],
  ['[1]', /JSON object/],
  ['[{"q":"403"}]', /JSON object/],
  ['"403"', /JSON object/],
  ['403', /JSON object/],
  ['true', /JSON object/],
  ['{"q":', /valid JSON/],
  ['{q:"403"}', /valid JSON/],
  ["{'q':'403'}", /valid JSON/],
  ['{"q":"403"} trailing', /valid JSON/],
  ['\uFEFF{"q":"403"}', /valid JSON/], // a byte-order mark is only dropped on the first line
  ['', /empty line/],
  ['   \t', /empty line/],
];

/** Lines with a query, and an entry the answer must contain. */
const GOOD_LINES: [string, string][] = [
  ['{"q":"429"}', 'http-429'],
  ['{"q":"grpID 123 does not exist!"}', '404-resource-not-found-grpid-does-not-exist'],
  ['{"q":"403","extra":true}', 'http-403'],
];

/** Bad and good lines interleaved, so an answer out of order or missing shows. */
function mixedTable(): {line: string; expect: RegExp | string}[] {
  const rows: {line: string; expect: RegExp | string}[] = [];
  BAD_LINES.forEach(([line, reason], i) => {
    const [goodLine, id] = GOOD_LINES[i % GOOD_LINES.length];
    rows.push({line: goodLine, expect: id}, {line, expect: reason});
  });
  return rows;
}

describe('lookup --jsonl', () => {
  it('answers every line in order: results for a query, an error object for a line without one', async () => {
    const rows = mixedTable();
    const {code, stdout, stderr} = await lookupJsonl(rows.map((row) => row.line).join('\n') + '\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answers = stdout
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(answers).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const answer = answers[i];
      if (typeof row.expect === 'string') {
        expect(answer.error, `line ${i + 1}: ${row.line}`).toBeUndefined();
        expect(answer.q).toBe((JSON.parse(row.line) as {q: string}).q);
        expect((answer.results as {id: string}[]).map((r) => r.id)).toContain(row.expect);
      } else {
        expect(answer.results, `line ${i + 1}: ${row.line}`).toBeUndefined();
        expect(answer.error).toMatch(row.expect);
        expect(answer.line).toBe(i + 1);
      }
    });
  });

  it('ignores a byte-order mark on the first line and reads Windows line ends', async () => {
    const {code, stdout} = await lookupJsonl('\uFEFF{"q":"429"}\r\n{"q":"403"}\r\n');
    expect(code).toBe(0);
    const answers = stdout
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text) as {q: string; error?: string});
    expect(answers.map((a) => [a.q, a.error])).toEqual([
      ['429', undefined],
      ['403', undefined],
    ]);
  });
});

describe('lookup in a pipe', () => {
  const pipe = (command: string, input = '') => run('bash', ['-o', 'pipefail', '-c', command], input);

  it('exits 0 without a word on stderr when the reader stops after one line', async () => {
    const result = await pipe('npm run -s lookup -- 403 | head -1');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('does the same in --jsonl mode with more output than a pipe holds', async () => {
    const input = '{"q":"403"}\n'.repeat(2000);
    const result = await pipe(`${TSX} scripts/lookup.ts --jsonl | head -1`, input);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout) as {q: string}).toMatchObject({q: '403'});
  });
});
