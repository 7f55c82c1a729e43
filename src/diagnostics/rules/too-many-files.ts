// `too-many-files`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/discover.ts.
import type { RuleDoc } from './rule-doc.js';

export const tooManyFiles: RuleDoc = {
  id: 'too-many-files',
  severity: 'error',
  beschrijving: 'Het logboek bevat meer bestanden dan de ingestelde grens.',
  uitleg: 'ef leest standaard hoogstens 200.000 bestanden; daarboven controleert het niets, zodat een verkeerde map het niet ophoudt. Klopt het aantal, verhoog dan `limieten.bestanden` in `ef.config.yaml`. Deze melding komt niet van één bestand maar van het hele logboek; het voorbeeld zet de grens op 1.',
  stage: 'load',
  bron: 'src/load/discover.ts',
  examples: [
    {
      titel: 'Twee bestanden bij een grens van 1',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
limieten:
  bestanden: 1
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
` },
      ],
      messages: [
        { at: 'ef.config.yaml:1:1', rule: 'too-many-files', reason: 'Het logboek bevat 2 bestanden; de grens is 1. Verhoog `limieten.bestanden` in ef.config.yaml als dat klopt.' },
      ],
    },
  ],
};
