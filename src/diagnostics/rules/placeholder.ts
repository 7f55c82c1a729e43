// `placeholder`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/placeholder.ts.
import type { RuleDoc } from './rule-doc.js';

export const placeholder: RuleDoc = {
  id: 'placeholder',
  severity: 'error',
  beschrijving: 'Een plek uit het sjabloon is nog niet ingevuld.',
  uitleg: 'De sjablonen zetten `INVULLEN` waar alleen jij weet wat er moet staan. Zolang dat woord er nog staat, is het bestand niet af. Vervang het door de echte tekst, of zet `concept: true` bovenaan zolang je nog schrijft.',
  stage: 'file',
  bron: 'src/validate/rules/placeholder.ts',
  examples: [
    {
      titel: 'Een titel uit het sjabloon',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: "INVULLEN: titel van de sessie"
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
        { at: 'sessies/2021-03-04-moestuin.md:2:8', rule: 'placeholder', reason: '`titel` is nog niet ingevuld: vervang "INVULLEN: titel van de sessie" door de echte waarde.' },
      ],
    },
  ],
};
