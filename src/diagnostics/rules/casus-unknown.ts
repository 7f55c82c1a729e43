// `casus-unknown`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/references.ts.
import type { RuleDoc } from './rule-doc.js';

export const casusUnknown: RuleDoc = {
  id: 'casus-unknown',
  severity: 'error',
  beschrijving: 'Een sessie verwijst naar een casus die niet bestaat.',
  uitleg: '`casus` in een sessie is de bestandsnaam (zonder `.md`) van een casus in `casussen/`. Controleer de spelling, of maak de casus aan met `ef new casus`.',
  stage: 'logbook',
  bron: 'src/validate/rules/references.ts',
  examples: [
    {
      titel: 'Een verwijzing naar een casus die er niet is',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: moestuin
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
        { at: 'sessies/2021-03-04-moestuin.md:5:8', rule: 'casus-unknown', reason: 'De casus `moestuin` bestaat niet: er is geen bestand casussen/moestuin.md. Maak de casus aan met `ef new-case`, of controleer de naam.' },
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
