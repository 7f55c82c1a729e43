// `sessie-id-date`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/sessie-id-date.ts.
import type { RuleDoc } from './rule-doc.js';

export const sessieIdDate: RuleDoc = {
  id: 'sessie-id-date',
  severity: 'error',
  beschrijving: 'De bestandsnaam van een sessie begint niet met haar datum.',
  uitleg: 'De naam van een sessiebestand begint met de datum van de sessie (`2021-03-04-moestuin.md`), zodat de sessies op datum in de map staan. `ef new sessie` kiest de naam voor je.',
  stage: 'file',
  bron: 'src/validate/rules/sessie-id-date.ts',
  examples: [
    {
      titel: 'Een sessie zonder datum in de naam',
      files: [
        { path: 'sessies/moestuin.md', text: `---
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
      messages: [
        { at: 'sessies/moestuin.md:3:8', rule: 'sessie-id-date', reason: 'De bestandsnaam van een sessie begint met haar datum. Hernoem het bestand naar 2021-03-04-….md, of controleer `datum`.' },
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
