// Checks graphs against ontology/shapes.ttl with a real SHACL engine (rdf-validate-shacl,
// pinned in package-lock.json). Usage: node shacl.mjs SHAPES GRAPH.ttl... ; prints one line
// per violation and exits 1 when a graph does not conform.
import fs from 'node:fs';
import { Parser } from 'n3';
import rdf from 'rdf-ext';
import SHACLValidator from 'rdf-validate-shacl';

function load(path) {
  const dataset = rdf.dataset();
  for (const quad of new Parser({ baseIRI: 'file://' + path }).parse(fs.readFileSync(path, 'utf8'))) dataset.add(quad);
  return dataset;
}

const [shapesPath, ...graphs] = process.argv.slice(2);
const validator = new SHACLValidator(load(shapesPath), { factory: rdf });
let failed = 0;
for (const path of graphs) {
  const report = await validator.validate(load(path));
  if (report.conforms) continue;
  failed += 1;
  for (const r of report.results)
    console.log(`${path}: ${r.focusNode?.value} ${r.path?.value ?? ''} ${r.sourceConstraintComponent?.value ?? ''} ${r.message.map((m) => m.value).join(' ')}`);
}
console.log(`${graphs.length - failed} conform, ${failed} do not`);
process.exit(failed ? 1 : 0);
