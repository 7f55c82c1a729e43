// `opbrengsten-empty`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/opbrengsten.ts.
import type { RuleDoc } from './rule-doc.js';

export const opbrengstenEmpty: RuleDoc = {
  id: 'opbrengsten-empty',
  severity: 'error',
  beschrijving: 'De sectie `## Opbrengsten` bevat geen enkel lijstpunt.',
  uitleg: 'Onder `## Opbrengsten` staat ten minste één lijstpunt (een regel die met `- ` begint); de rapportages nemen de lijstpunten over.',
  stage: 'file',
  bron: 'src/validate/rules/opbrengsten.ts',
  examples: [
    {
      titel: 'Opbrengsten als gewone tekst',
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

Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:12:1', rule: 'opbrengsten-empty', reason: 'De sectie `## Opbrengsten` bevat geen lijstpunt. Zet elke opbrengst op een eigen regel die begint met `- `.' },
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
