/**
 * Questions known to be about an entry: support questions in people's own words (Chinese and English), each filed
 * under the one entry that answers it. The words askers use ("被清理掉", "kicked out", "太长了") are often not the
 * words an explanation uses; an entry searched by them as well is found by the next question told the same way.
 *
 * known-questions.data.json is written by `npm run known-questions` from the relevance sets the search is tuned on,
 * never from those it is evaluated on (tests/relevance/README.md), and a unit test keeps it current.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

/** Entry id → questions. */
export type KnownQuestions = Readonly<Record<string, readonly string[]>>;

/** Read as a file: loaders differ on what a JSON module's default export is. Only the build and scripts read it. */
export const publishedKnownQuestions: KnownQuestions = JSON.parse(
  readFileSync(path.join(__dirname, 'known-questions.data.json'), 'utf8'),
);
