/**
 * Writes src/search/known-questions.data.json from the relevance sets the search is tuned on
 * (scripts/lib/known-questions.ts).
 *   npm run known-questions
 */
import {writeFileSync} from 'node:fs';
import {loadCatalog} from '../src/catalog';
import {collectKnownQuestions} from './lib/known-questions';

const FILE = 'src/search/known-questions.data.json';
const questions = collectKnownQuestions(loadCatalog());
writeFileSync(FILE, `${JSON.stringify(questions, null, 1)}\n`);
const count = Object.values(questions).reduce((n, list) => n + list.length, 0);
console.log(`${FILE}: ${count} questions about ${Object.keys(questions).length} entries`);
