// `schema-enum`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaEnum: RuleDoc = {
  id: 'schema-enum',
  severity: 'error',
  beschrijving: 'Een waarde staat niet in de woordenlijst.',
  uitleg: 'Velden als `soort`, `status`, `rol` en `paradigma` kiezen uit een vaste woordenlijst, zodat de rapportages kunnen tellen. De melding noemt de woorden die kunnen, en bij een tikfout het woord dat je waarschijnlijk bedoelt.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een tikfout in `soort`',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactiev
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
        { at: 'sessies/2021-03-04-moestuin.md:4:8', rule: 'schema-enum', reason: '`soort` heeft een onbekende waarde "interactiev". Kies uit: `interactief`, `evaluatie`, `intervisie`, `coaching`, `anders`. Bedoel je `interactief`?' },
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
