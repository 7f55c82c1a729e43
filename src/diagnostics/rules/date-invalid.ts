// `date-invalid`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/schemas/common.ts.
import type { RuleDoc } from './rule-doc.js';

export const dateInvalid: RuleDoc = {
  id: 'date-invalid',
  severity: 'error',
  beschrijving: 'Een datum die niet bestaat, zoals 30 februari.',
  uitleg: 'De datum heeft de goede vorm, maar staat niet op de kalender: 30 februari, 31 april of maand 13.',
  stage: 'schema',
  bron: 'src/validate/schemas/common.ts',
  examples: [
    {
      titel: 'Dertig februari',
      files: [
        { path: 'sessies/2021-02-30-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-02-30
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-02-30-moestuin.md:3:8', rule: 'date-invalid', reason: 'De datum 2021-02-30 bestaat niet. Controleer dag en maand.' },
      ],
    },
  ],
};
