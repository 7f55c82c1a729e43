// `file-ignored`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/stray-files.ts.
import type { RuleDoc } from './rule-doc.js';

export const fileIgnored: RuleDoc = {
  id: 'file-ignored',
  severity: 'warning',
  beschrijving: 'Een Markdown-bestand in het logboek dat ef niet leest, omdat het niet in een van de mappen van het logboek staat.',
  uitleg: 'ef leest Markdown-bestanden in `casussen/`, `sessies/`, `activiteiten/`, `portretten/` en `rapportages/`, niet in submappen daarvan of in een map met een andere naam. Zonder deze waarschuwing zou een sessie in `sessie/` (zonder s) stil uit elke rapportage blijven. Een `README.md` bovenin en bestanden die met `_` of `.` beginnen slaat ef over zonder waarschuwing.',
  stage: 'logbook',
  bron: 'src/validate/rules/stray-files.ts',
  examples: [
    {
      titel: 'Een sessie in `sessie/` in plaats van `sessies/`',
      files: [
        { path: 'sessie/2021-03-04-moestuin.md', text: `---
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
        { at: 'sessie/2021-03-04-moestuin.md:1:1', rule: 'file-ignored', reason: 'ef leest dit bestand niet: sessies horen direct in de map `sessies/` van het logboek, niet in `sessie/`. Verplaats het naar `sessies/2021-03-04-moestuin.md`.' },
      ],
    },
    {
      titel: 'Zo is het goed: een README bovenin',
      files: [
        { path: 'README.md', text: `# Ons logboek
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
      messages: [],
    },
  ],
};
