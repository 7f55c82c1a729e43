// `image-large`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/beelden.ts.
import type { RuleDoc } from './rule-doc.js';

/** A valid SVG of 2.1 MB: a long comment makes it large. */
const GROTE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!-- ${'x'.repeat(2.1 * 1024 * 1024)} --><rect width="10" height="10"/></svg>\n`;

export const imageLarge: RuleDoc = {
  id: 'image-large',
  severity: 'warning',
  beschrijving: 'Een afbeelding is erg groot (meer dan 2 MB).',
  uitleg: 'Elke rapportage neemt een afbeelding in zijn geheel op. Een foto recht uit de camera maakt de rapportage traag en zwaar; 2000 pixels breed is genoeg.',
  stage: 'logbook',
  bron: 'src/validate/rules/beelden.ts',
  examples: [
    {
      titel: 'Een afbeelding van ruim 2 MB',
      files: [
        { path: 'beelden/kaart.svg', text: GROTE_SVG, shown: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!-- 2,1 MB aan x-en --><rect width="10" height="10"/></svg>\n' },
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

![Kaart van de wijk](../beelden/kaart.svg)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-large', reason: 'beelden/kaart.svg is groot (2,1 MB). Elke rapportage neemt het beeld in zijn geheel op; maak het kleiner, bijvoorbeeld 2000 pixels breed en minder dan 2,0 MB.' },
      ],
    },
  ],
};
