// `concept`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/check-file.ts.
import type { RuleDoc } from './rule-doc.js';

export const concept: RuleDoc = {
  id: 'concept',
  severity: 'info',
  beschrijving: 'Het bestand is een concept (`concept: true`) en blijft uit alle uitvoer.',
  uitleg: 'Met `concept: true` bovenaan mag een bestand nog onaf zijn: ef controleert alleen of de YAML klopt en de sleutels bestaan, en laat het weg uit rapportages, het Logboek, de cijfers en de projectkaart. Haal `concept: true` weg als het af is.',
  stage: 'file',
  bron: 'src/validate/check-file.ts',
  examples: [
    {
      titel: 'Een sessie die nog niet af is',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
concept: true
titel: "INVULLEN: titel van de sessie"
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
deelnemers:
  - functie: wijkregisseur
    intern: true
---

## Opbrengsten
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:1:1', rule: 'concept', reason: 'Dit is een concept (`concept: true`): ef controleert het licht en laat het weg uit rapportages, het Logboek, de cijfers en de projectkaart. Haal `concept: true` weg als het af is.' },
      ],
    },
  ],
};
