// The floor: read every file of a logbook and parse its frontmatter with
// yaml.parseDocument (the obvious way to get positions), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const root = process.argv[2];
let count = 0;
for (const folder of ['casussen', 'sessies', 'activiteiten', 'portretten', 'rapportages']) {
  let names = [];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    continue;
  }
  for (const name of names) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(root, folder, name), 'utf8');
    const end = text.indexOf('\n---', 4);
    parseDocument(text.slice(4, end), { lineCounter: new LineCounter() });
    count += 1;
  }
}
process.stdout.write(`${count}\n`);
