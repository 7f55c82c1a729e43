// `frontmatter-unclosed`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const frontmatterUnclosed: RuleDoc = {
  id: 'frontmatter-unclosed',
  severity: 'error',
  beschrijving: 'Het `---`-blok met gegevens wordt niet afgesloten.',
  uitleg: 'Het gegevensblok begint met `---` en eindigt met nog een regel `---`. Zonder die tweede regel weet ef niet waar de gegevens ophouden en de tekst begint.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Een casus zonder afsluitende `---`',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:1:1', rule: 'frontmatter-unclosed', reason: 'Het gegevensblok dat hier met `---` begint, wordt nergens afgesloten. Zet een regel `---` onder de laatste gegeven.' },
      ],
    },
  ],
};
