// `image-corrupt`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/images/beeld.ts.
import type { RuleDoc } from './rule-doc.js';

export const imageCorrupt: RuleDoc = {
  id: 'image-corrupt',
  severity: 'error',
  beschrijving: 'Een afbeelding is beschadigd, afgebroken, te groot om te verwerken of heeft de verkeerde bestandsnaam.',
  uitleg: 'Het bestand heeft de naam van een afbeelding, maar de inhoud klopt niet: het is afgebroken bij het kopiëren, of het is een ander soort bestand met de verkeerde extensie (een PNG met de naam `.jpg`). Exporteer de afbeelding opnieuw. Een beeld van meer dan 40 miljoen pixels neemt ef niet op: zo\'n beeld uitpakken kost gigabytes geheugen, en een klein bestand kan zoveel pixels opgeven. Maak het kleiner, bijvoorbeeld 2000 pixels breed.',
  stage: 'logbook',
  bron: 'src/images/beeld.ts',
  examples: [
    {
      titel: 'Tekst met de naam van een PNG',
      files: [
        { path: 'beelden/moestuin.png', text: `Dit is geen afbeelding.
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

![De moestuin in maart](../beelden/moestuin.png)
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:16:1', rule: 'image-corrupt', reason: 'beelden/moestuin.png is geen PNG-bestand (leeg, beschadigd of een ander soort bestand).' },
      ],
    },
  ],
};
