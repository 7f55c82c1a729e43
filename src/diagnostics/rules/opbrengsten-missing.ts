// `opbrengsten-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/opbrengsten.ts.
import type { RuleDoc } from './rule-doc.js';

export const opbrengstenMissing: RuleDoc = {
  id: 'opbrengsten-missing',
  severity: 'error',
  beschrijving: 'Een sessie heeft geen sectie `## Opbrengsten`.',
  uitleg: 'Wat een sessie heeft opgeleverd, is waar de rapportages over gaan. Elke sessie heeft daarom een kop `## Opbrengsten` met daaronder een lijst.',
  stage: 'file',
  bron: 'src/validate/rules/opbrengsten.ts',
  examples: [
    {
      titel: 'Een sessie zonder opbrengsten',
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

## Verloop

We spraken lang over de moestuin.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:11:1', rule: 'opbrengsten-missing', reason: 'Deze sessie heeft geen sectie `## Opbrengsten`. Elke sessie sluit af met haar opbrengsten: zet ze als lijst onder die kop.' },
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
