// `schema-required`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaRequired: RuleDoc = {
  id: 'schema-required',
  severity: 'error',
  beschrijving: 'Een verplicht veld ontbreekt.',
  uitleg: 'Elk soort bestand heeft velden die altijd ingevuld moeten zijn; de sjablonen in `templates/` laten zien welke. De melding staat bij het blok waar het veld hoort.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een sessie zonder titel',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
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
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:1:1', rule: 'schema-required', reason: '`titel` ontbreekt of is leeg. Vul `titel: …` in.' },
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
