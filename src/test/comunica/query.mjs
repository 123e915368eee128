// Runs one SPARQL SELECT with Comunica against a SPARQL endpoint and prints the bindings as JSON lines.
// Usage: node query.mjs ENDPOINT QUERY
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, query] = process.argv.slice(2);
const engine = new QueryEngine();
const stream = await engine.queryBindings(query, { sources: [{ type: 'sparql', value: endpoint }] });
const rows = await stream.toArray();
for (const b of rows) {
  const row = {};
  for (const [k, v] of b) row[k.value] = v.value;
  console.log(JSON.stringify(row));
}
