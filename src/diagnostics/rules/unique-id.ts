// `unique-id`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/unique.ts.
import type { RuleDoc } from './rule-doc.js';

export const uniqueId: RuleDoc = {
  id: 'unique-id',
  severity: 'error',
  beschrijving: 'Twee bestanden of items hebben dezelfde naam of hetzelfde nummer.',
  uitleg: 'Dat zijn twee rapportages met hetzelfde `nummer`, twee bestandsnamen die alleen in hoofdletters verschillen (op Windows en macOS zijn dat hetzelfde bestand), of een naam die twee keer in `team` in `ef.config.yaml` staat. Geef een van beide een ander nummer of een andere naam, of haal de dubbele weg.',
  stage: 'logbook',
  bron: 'src/validate/rules/unique.ts',
  examples: [
    {
      titel: 'Twee rapportages met nummer 1',
      files: [
        { path: 'rapportages/rapportage-1.md', text: `---
nummer: 1
titel: 1e rapportage
periode: 2021-H1
---
` },
        { path: 'rapportages/rapportage-2.md', text: `---
nummer: 1
titel: 2e rapportage
periode: 2021-H2
---
` },
      ],
      messages: [
        { at: 'rapportages/rapportage-2.md:2:9', rule: 'unique-id', reason: 'Rapportage nummer 1 bestaat al (rapportage-1.md). Geef deze rapportage een ander nummer.' },
      ],
    },
    {
      titel: 'Twee keer dezelfde naam in het team',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
  - naam: Anna de Vries
` },
      ],
      messages: [
        { at: 'ef.config.yaml:6:11', rule: 'unique-id', reason: 'Anna de Vries staat twee keer in het team. Haal één van beide weg.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'rapportages/rapportage-1.md', text: `---
nummer: 1
titel: 1e rapportage
periode: 2021-H1
---
` },
        { path: 'rapportages/rapportage-2.md', text: `---
nummer: 2
titel: 2e rapportage
periode: 2021-H2
---
` },
      ],
      messages: [],
    },
  ],
};
