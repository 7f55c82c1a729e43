// `intern-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/vocabulary-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const internMissing: RuleDoc = {
  id: 'intern-missing',
  severity: 'info',
  beschrijving: 'Bij een deelnemer staat niet of die van de eigen organisatie is (`intern`).',
  uitleg: 'De cijfers tellen deelnemers van de eigen organisatie en van buiten. Zonder `intern` telt een deelnemer als onbekend; een initiatiefnemer van buiten zou dan stil uit de monitoring verdwijnen.',
  stage: 'file',
  bron: 'src/validate/rules/vocabulary-hints.ts',
  examples: [
    {
      titel: 'Een deelnemer zonder `intern`',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: voorzitter bewonersvereniging
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:8:14', rule: 'intern-missing', reason: 'Bij deelnemer "voorzitter bewonersvereniging" staat niet of die van de eigen organisatie is. Zet `intern: true` (eigen organisatie) of `intern: false` (van buiten); zonder telt deze deelnemer in de cijfers als onbekend.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: voorzitter bewonersvereniging
    intern: false
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [],
    },
  ],
};
