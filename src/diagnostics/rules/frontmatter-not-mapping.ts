// `frontmatter-not-mapping`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const frontmatterNotMapping: RuleDoc = {
  id: 'frontmatter-not-mapping',
  severity: 'error',
  beschrijving: 'Het `---`-blok bevat geen lijst van `sleutel: waarde`-regels.',
  uitleg: 'In het gegevensblok staat elk gegeven op een eigen regel als `sleutel: waarde`. Een opsomming met `- ` of losse tekst is geen gegevensblok.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Een opsomming in plaats van gegevens',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
- Buurtmoestuin
- lopend
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:2:1', rule: 'frontmatter-not-mapping', reason: 'Het gegevensblok moet bestaan uit regels `sleutel: waarde`, niet uit een losse waarde of lijst.' },
      ],
    },
  ],
};
