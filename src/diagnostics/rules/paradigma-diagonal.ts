// `paradigma-diagonal`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/vocabulary-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const paradigmaDiagonal: RuleDoc = {
  id: 'paradigma-diagonal',
  severity: 'warning',
  beschrijving: 'Twee paradigma’s die in het kwadrant niet aan elkaar grenzen.',
  uitleg: 'Twee paradigma’s bij één rol betekent: de rol zat op de grens van beide. In het kwadrant van de NSOB grenzen rechtmatig en samenwerkend (en presterend en responsief) niet aan elkaar; kies er dan één, of twee die naast elkaar liggen.',
  stage: 'file',
  bron: 'src/validate/rules/vocabulary-hints.ts',
  examples: [
    {
      titel: 'Rechtmatig en samenwerkend',
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
    rollen:
      - rol: verbinder
        paradigma: [rechtmatig, samenwerkend]
        gericht: stad
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:12:20', rule: 'paradigma-diagonal', reason: 'Rechtmatige overheid en Samenwerkende overheid grenzen in het NSOB-kwadrant niet aan elkaar. Twee paradigma’s betekent "op de grens van beide"; kies er één, of twee die naast elkaar liggen.' },
      ],
    },
    {
      titel: 'Zo is het goed: twee buren in het kwadrant',
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
    rollen:
      - rol: verbinder
        paradigma: [responsief, samenwerkend]
        gericht: stad
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [],
    },
  ],
};
