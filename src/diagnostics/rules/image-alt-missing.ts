// `image-alt-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/beelden.ts.
import type { RuleDoc } from './rule-doc.js';

export const imageAltMissing: RuleDoc = {
  id: 'image-alt-missing',
  severity: 'error',
  beschrijving: 'Een afbeelding heeft geen beschrijving (alt-tekst) tussen de haken.',
  uitleg: 'Tussen de vierkante haken staat wat er op de afbeelding te zien is. Wie de rapportage laat voorlezen, hoort die tekst; de rapportages moeten toegankelijk zijn.',
  stage: 'logbook',
  bron: 'src/validate/rules/beelden.ts',
  examples: [
    {
      titel: 'Een foto zonder beschrijving',
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

![](../beelden/moestuin.svg)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-alt-missing', reason: 'De afbeelding ../beelden/moestuin.svg heeft geen beschrijving. Zet tussen de haken wat erop te zien is, bijvoorbeeld ![Het team bij de start](../beelden/team.jpg): wie de rapportage laat voorlezen, hoort die tekst.' },
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
