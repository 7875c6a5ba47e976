import {loadCatalog} from '../src/catalog';
import {buildSearchData} from '../src/search/documents';
import {SearchEngine} from '../src/search/engine';
const e = new SearchEngine(buildSearchData(loadCatalog()));
for (const q of process.argv.slice(2)) {
  const r = e.search(q);
  console.log(q, JSON.stringify(r.query));
  for (const h of r.hits.slice(0, 4))
    console.log('  ', h.doc.id, h.match, h.score, JSON.stringify(h.doc.type), h.doc.message.slice(0, 60));
}
