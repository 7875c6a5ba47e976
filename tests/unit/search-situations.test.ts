/**
 * An entry's typical situations are searched: a question told the way a caller tells it finds the entry whose
 * situations tell the same case, while a word found only there weighs less than one of the entry's cause.
 */
import {describe, expect, it} from 'vitest';
import {indexCatalog, loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {SearchEngine} from '../../src/search/engine';
import {validEntry, validModule} from './helpers';
import {publishedEngine} from './search-helpers';

/** Share of situations that, asked as a question, find their entry among the first five (90–91% when written). */
const FOUND_IN_TOP5 = 0.85;

describe('typical situations', () => {
  const catalog = loadCatalog();

  it.each(['zh', 'en'] as const)('told as a question in %s, find their entry among the first five', (lang) => {
    const asked = catalog.entries.flatMap((entry) =>
      entry.situations.map((situation) => ({id: entry.id, q: situation[lang].replaceAll('`', '')})),
    );
    const found = asked.filter(({id, q}) =>
      publishedEngine
        .search(q)
        .hits.slice(0, 5)
        .some((h) => h.doc.id === id),
    );
    expect(asked.length).toBeGreaterThan(500);
    expect(found.length / asked.length).toBeGreaterThanOrEqual(FOUND_IN_TOP5);
  });

  it('are indexed apart from the cause and fix, as the last of the secondary words', () => {
    const [doc] = buildSearchData(catalog).documents.filter((d) => d.id === '400-illegal-argument-username-not-legal');
    const secondary = doc.secondaryTerms.split(' ');
    const own = secondary.slice(secondary.length - doc.situationTerms);
    expect(doc.situationTerms).toBeGreaterThan(0);
    // Words of the situations that the cause or fix already has are counted there, not twice.
    expect(own.length).toBe(new Set(own).size);
  });

  it('weigh less than the cause: a word only one entry explains beats the same word in another entry’s situation', () => {
    const explains = validEntry({
      id: '400-test-b-explains',
      message: 'first problem',
      sample: undefined,
      cause: {zh: '请求里的时间戳早于服务器时钟。', en: 'The timestamp lags behind the server clock.'},
    });
    const tells = validEntry({
      id: '400-test-a-tells',
      message: 'second problem',
      sample: undefined,
      situations: [
        {zh: '服务器时钟慢了几个小时。', en: 'The server clock lags by hours.'},
        {zh: '批处理任务重复提交。', en: 'A batch job submits twice.'},
      ],
    });
    const engine = new SearchEngine(
      buildSearchData(indexCatalog([validModule({entries: [explains, tells], endpoints: []})])),
    );
    expect(engine.search('clock lags').hits.map((h) => h.doc.id)).toEqual(['400-test-b-explains', '400-test-a-tells']);
  });
});
