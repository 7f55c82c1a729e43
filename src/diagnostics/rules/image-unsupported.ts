// `image-unsupported`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/images/beeld.ts.
import type { RuleDoc } from './rule-doc.js';

export const imageUnsupported: RuleDoc = {
  id: 'image-unsupported',
  severity: 'error',
  beschrijving: 'Een afbeelding is geen JPEG, PNG, WebP of SVG, of is te groot om te lezen.',
  uitleg: 'De rapportages (HTML en PDF) tonen JPEG, PNG, WebP en SVG. Sla een ander soort beeld (GIF, HEIC, TIFF …) op als JPEG of PNG. Een bestand van meer dan 40 MB leest ef niet.',
  stage: 'logbook',
  bron: 'src/images/beeld.ts',
  examples: [
    {
      titel: 'Een GIF',
      files: [
        { path: 'beelden/moestuin.gif', text: `GIF89a
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

![De moestuin in maart](../beelden/moestuin.gif)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-unsupported', reason: 'beelden/moestuin.gif is geen JPEG, PNG, WebP of SVG (de bestandsnaam eindigt niet op .jpg, .jpeg, .png, .webp of .svg).' },
      ],
    },
  ],
};
