// Dump person-name and title-prefix lists of every @faker-js/faker locale as
// deterministic JSON (locales and values sorted) for generate.py.
// Usage: node dump_faker.mjs > faker_names.json   (run where @faker-js/faker resolves)
import { allLocales } from '@faker-js/faker';

function flatten(x) {
  if (x == null) return [];
  if (Array.isArray(x)) return x.filter((v) => typeof v === 'string');
  const out = [];
  for (const key of Object.keys(x).sort()) {
    const v = x[key];
    if (Array.isArray(v)) out.push(...v.filter((s) => typeof s === 'string'));
  }
  return out;
}

const uniqSorted = (a) => [...new Set(a)].sort();
const out = {};
for (const loc of Object.keys(allLocales).sort()) {
  const p = (allLocales[loc] && allLocales[loc].person) || {};
  const entry = {
    first_name: uniqSorted(flatten(p.first_name)),
    last_name: uniqSorted(flatten(p.last_name)),
    prefix: uniqSorted(flatten(p.prefix)),
  };
  if (entry.first_name.length || entry.last_name.length || entry.prefix.length) {
    out[loc] = entry;
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
