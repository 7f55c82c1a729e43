// The floor: read every file of a logbook and parse its frontmatter with
// yaml.parseDocument (the obvious way to get positions), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

// --linear: without yaml's duplicate-key check, which compares every key with every
// other one; for a block of 100,000 keys the default floor itself takes minutes.
const root = process.argv[2];
const options = process.argv.includes('--linear') ? { uniqueKeys: false } : {};
let count = 0;
for (const folder of ['casussen', 'sessies', 'activiteiten', 'portretten', 'rapportages']) {
  let names;
  try {
    names = readdirSync(join(root, folder));
  } catch {
    continue;
  }
  for (const name of names) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(root, folder, name), 'utf8');
    const end = text.indexOf('\n---', 4);
    parseDocument(text.slice(4, end), { lineCounter: new LineCounter(), ...options });
    count += 1;
  }
}
process.stdout.write(`${count}\n`);
