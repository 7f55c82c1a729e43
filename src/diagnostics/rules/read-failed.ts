// `read-failed`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/read.ts.
import type { RuleDoc } from './rule-doc.js';

export const readFailed: RuleDoc = {
  id: 'read-failed',
  severity: 'error',
  beschrijving: 'Het bestand kan niet worden gelezen, of ef leest het niet: een koppeling (symlink) naar buiten het logboek, een FIFO, socket, apparaat of map.',
  uitleg: 'ef leest alleen gewone bestanden die in het logboek staan. Een symbolische koppeling (symlink) naar een bestand buiten het logboek volgt ef niet: zo kan een koppeling geen geheim bestand in een rapportage brengen. Ook een named pipe (FIFO), socket, apparaat of map met een naam als `iets.md` wordt geweigerd, net als een bestand zonder leesrechten. Zet het bestand zelf in het logboek, of haal het weg.',
  stage: 'load',
  bron: 'src/load/read.ts',
  examples: [
    {
      titel: 'Een koppeling naar een sessie buiten het logboek',
      files: [
        { path: '../elders/2021-03-05-geheim.md', text: `---
titel: Geheim
datum: 2021-03-05
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
        { path: 'sessies/2021-03-05-geheim.md', link: '../../elders/2021-03-05-geheim.md' },
      ],
      messages: [
        { at: 'sessies/2021-03-05-geheim.md:1:1', rule: 'read-failed', reason: 'Dit is een symbolische koppeling (symlink) naar /pad/naar/elders/2021-03-05-geheim.md, buiten het logboek. ef volgt geen koppelingen naar buiten het logboek: zet het bestand zelf in het logboek.' },
      ],
    },
    {
      titel: 'Een map met de naam van een sessie',
      files: [
        { path: 'sessies/2021-03-06-foto.md', folder: true },
      ],
      messages: [
        { at: 'sessies/2021-03-06-foto.md:1:1', rule: 'read-failed', reason: 'Dit is een map, geen gewoon bestand. ef leest alleen gewone Markdown-bestanden; haal het weg uit deze map.' },
      ],
    },
    {
      titel: 'Zo is het goed: het bestand zelf in het logboek',
      files: [
        { path: 'sessies/2021-03-05-open.md', text: `---
titel: Open
datum: 2021-03-05
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
