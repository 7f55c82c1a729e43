// `schema-type`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaType: RuleDoc = {
  id: 'schema-type',
  severity: 'error',
  beschrijving: 'Een veld heeft het verkeerde soort waarde.',
  uitleg: 'Een veld verwacht tekst, een getal, `true`/`false`, een lijst of een blok. De melding zegt wat er staat en wat er hoort. SDG’s als tekst (`sdgs: "2, 11"`) repareert `ef fix`.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Eén deelnemer als tekst in plaats van een lijst',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers: wijkregisseur
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:7:13', rule: 'schema-type', reason: '`deelnemers` moet een lijst zijn, maar is de tekst "wijkregisseur". Schrijf een lijst als `[a, b]` of met een `- ` per regel.' },
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
