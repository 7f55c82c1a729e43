// `begeleiding-unknown`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/references.ts.
import type { RuleDoc } from './rule-doc.js';

export const begeleidingUnknown: RuleDoc = {
  id: 'begeleiding-unknown',
  severity: 'error',
  beschrijving: 'Een begeleider staat niet in het team in `ef.config.yaml`.',
  uitleg: 'De namen onder `begeleiding` komen uit `team` in `ef.config.yaml`, precies zo gespeld. Zet een nieuwe begeleider eerst in het team.',
  stage: 'logbook',
  bron: 'src/validate/rules/references.ts',
  examples: [
    {
      titel: 'Een begeleider met een tikfout',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Ana de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:6:15', rule: 'begeleiding-unknown', reason: 'Ana de Vries staat niet in het team in ef.config.yaml. Bedoel je `Anna de Vries`?' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
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
      messages: [],
    },
  ],
};
