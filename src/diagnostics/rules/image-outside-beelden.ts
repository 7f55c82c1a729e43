// `image-outside-beelden`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/images/beeld.ts.
import type { RuleDoc } from './rule-doc.js';

export const imageOutsideBeelden: RuleDoc = {
  id: 'image-outside-beelden',
  severity: 'error',
  beschrijving: 'Een afbeelding staat niet in de map `beelden/` van het logboek (of op internet).',
  uitleg: 'ef haalt niets van internet en leest niets buiten het logboek: een rapportage moet overal hetzelfde en compleet zijn. Zet de afbeelding in `beelden/` en verwijs ernaar.',
  stage: 'logbook',
  bron: 'src/images/beeld.ts',
  examples: [
    {
      titel: 'Een foto op internet',
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

![De moestuin in maart](https://example.org/moestuin.jpg)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-outside-beelden', reason: 'De afbeelding https://example.org/moestuin.jpg staat niet in het logboek. ef haalt niets van internet of van elders: zet het bestand in beelden/ en verwijs ernaar, bijvoorbeeld ../beelden/naam.jpg.' },
      ],
    },
  ],
};
