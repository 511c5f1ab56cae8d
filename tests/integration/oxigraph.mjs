// Loads newsgraph's output into an in-process Oxigraph store (npm oxigraph, pinned in
// package-lock.json), one store a file, and asks it every question of seed_questions.json.
// Usage: node oxigraph.mjs QUESTIONS.json FILE.{turtle,ntriples,nquads,trig}... ; prints one
// line per wrong answer and exits 1 on any, or when the files hold different triples.
import fs from 'node:fs';
import path from 'node:path';
import oxigraph from 'oxigraph';

const MEDIA_TYPES = {
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  trig: 'application/trig',
};
// The questions name no graph, while N-Quads and TriG put the article in its named graph:
// the default graph is asked as the union of all graphs, for the triple formats too (where
// it is the only graph), so every format is asked alike.
const QUERY_OPTIONS = { use_default_graph_as_union: true };
const DISTINCT_TRIPLES = 'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }';

const [questionsPath, ...files] = process.argv.slice(2);
const { questions } = JSON.parse(fs.readFileSync(questionsPath, 'utf8'));
let failed = 0;
let answered = 0;
const fail = (message) => {
  failed += 1;
  console.log(`FAIL: ${message}`);
};
const triples = new Map();
for (const file of files) {
  const format = path.extname(file).slice(1);
  if (!(format in MEDIA_TYPES)) throw new Error(`${file}: unknown format '${format}'`);
  const store = new oxigraph.Store();
  try {
    store.load(fs.readFileSync(file, 'utf8'), { format: MEDIA_TYPES[format] });
  } catch (error) {
    fail(`${format}: Oxigraph cannot load ${file}: ${error.message ?? error}`);
    continue;
  }
  triples.set(format, Number(store.query(DISTINCT_TRIPLES, QUERY_OPTIONS)[0].get('n').value));
  for (const question of questions) {
    let answer;
    try {
      answer = store.query(question.sparql, QUERY_OPTIONS);
    } catch (error) {
      fail(`${format}: ${question.name}: ${error.message ?? error}`);
      continue;
    }
    answered += 1;
    if (answer !== question.expect) fail(`${format}: ${question.name}: answered ${answer}`);
  }
}
const counts = [...triples.values()];
if (counts.length !== files.length || counts.some((n) => n !== counts[0]) || !(counts[0] > 0))
  fail(`the formats hold different numbers of distinct triples: ${JSON.stringify(Object.fromEntries(triples))}`);
console.log(`${answered} answers in ${files.length} formats (${counts[0]} distinct triples each), ${failed} failed`);
process.exit(failed ? 1 : 0);
