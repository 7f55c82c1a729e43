// Regenerates docs/rules.md from the built rule table (run `npm run docs`).
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../dist/cli/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
