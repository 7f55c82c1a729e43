// `file-too-large`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/read.ts.
import type { RuleDoc } from './rule-doc.js';

const SESSIE = `---
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

## Verloop

`;
const ZIN = 'We liepen door de wijk en spraken met bewoners over de moestuin. ';
/** About 2 kB: over the limit of 1 kB that the example sets. */
const LANGE_SESSIE = `${SESSIE}${ZIN.repeat(30)}\n`;

export const fileTooLarge: RuleDoc = {
  id: 'file-too-large',
  severity: 'error',
  beschrijving: 'Het bestand is groter dan de ingestelde grens.',
  uitleg: 'Een bestand mag standaard 1 MB (1024 kB) groot zijn; zo houdt een heel groot of vreemd bestand de controle niet op. Splits het bestand, of verhoog de grens met `limieten.bestandsgrootte_kb` in `ef.config.yaml` als het echt zo groot moet zijn. Het voorbeeld zet de grens op 1 kB.',
  stage: 'load',
  bron: 'src/load/read.ts',
  examples: [
    {
      titel: 'Een sessie van meer dan 1 kB, bij een grens van 1 kB',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
limieten:
  bestandsgrootte_kb: 1
` },
        { path: 'sessies/2021-03-04-moestuin.md', text: LANGE_SESSIE, shown: `${SESSIE}${ZIN}… (dertig keer dezelfde zin)\n` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:1:1', rule: 'file-too-large', reason: 'Dit bestand is 3 kB groot; de grens is 1 kB. Splits het bestand, of verhoog `limieten.bestandsgrootte_kb` in `ef.config.yaml` als het echt zo groot moet zijn.' },
      ],
    },
  ],
};
