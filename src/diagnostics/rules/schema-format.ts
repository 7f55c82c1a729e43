// `schema-format`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaFormat: RuleDoc = {
  id: 'schema-format',
  severity: 'error',
  beschrijving: 'Een waarde heeft niet de juiste vorm (bijvoorbeeld een datum).',
  uitleg: 'Een datum schrijf je als JJJJ-MM-DD (2021-03-04), een webadres begint met `https://`, een periode is bijvoorbeeld `2021-H1`. Een datum in de Nederlandse volgorde (`04-03-2021`) zet `ef fix` om.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een datum in de Nederlandse volgorde',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 04-03-2021
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
        { at: 'sessies/2021-03-04-moestuin.md:3:8', rule: 'schema-format', reason: 'De datum 04-03-2021 staat in de Nederlandse volgorde (dag, maand, jaar). Schrijf hem als 2021-03-04: eerst het jaar, dan de maand en de dag.', fix: '`ef fix` maakt hiervan `2021-03-04`.' },
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
