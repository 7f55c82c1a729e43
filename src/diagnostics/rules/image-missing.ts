// `image-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/images/beeld.ts.
import type { RuleDoc } from './rule-doc.js';

export const imageMissing: RuleDoc = {
  id: 'image-missing',
  severity: 'error',
  beschrijving: 'Een afbeelding verwijst naar een bestand dat er niet is.',
  uitleg: 'Een afbeelding in de tekst (`![beschrijving](../beelden/naam.jpg)`) wijst naar een bestand in `beelden/`, gezien vanaf het bestand zelf. Controleer de naam (ook hoofdletters) en of het bestand in git staat.',
  stage: 'logbook',
  bron: 'src/images/beeld.ts',
  examples: [
    {
      titel: 'Een foto die er niet is',
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

![De moestuin in maart](../beelden/moestuin.svg)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-missing', reason: 'Het bestand beelden/moestuin.svg bestaat niet. Controleer de naam (hoofdletters tellen mee) en of het in beelden/ staat.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'beelden/moestuin.svg', text: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
` },
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

![De moestuin in maart](../beelden/moestuin.svg)
` },
      ],
      messages: [],
    },
  ],
};
