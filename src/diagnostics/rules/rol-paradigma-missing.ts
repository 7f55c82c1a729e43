// `rol-paradigma-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/schemas/kinds.ts.
import type { RuleDoc } from './rule-doc.js';

export const rolParadigmaMissing: RuleDoc = {
  id: 'rol-paradigma-missing',
  severity: 'error',
  beschrijving: 'Een rol in de casus heeft geen `paradigma` of `gericht`.',
  uitleg: 'Een rol uit de rollenoefening (adviseur, verbinder …) heeft een `paradigma` (vanuit welke overheid de rol werkte) en `gericht` (op de stad of intern). Rollen in de bijeenkomst zelf, zoals toehoorder of verslaglegger, hebben die niet nodig.',
  stage: 'schema',
  bron: 'src/validate/schemas/kinds.ts',
  examples: [
    {
      titel: 'Een rol zonder paradigma en richting',
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
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:11:9', rule: 'rol-paradigma-missing', reason: 'Bij de rol `verbinder` hoort `gericht`: `stad` (stadsgericht) of `intern` (intern gericht).' },
        { at: 'sessies/2021-03-04-moestuin.md:11:9', rule: 'rol-paradigma-missing', reason: 'Bij de rol `verbinder` hoort een `paradigma`: rechtmatig, presterend, samenwerkend of responsief (of twee die aan elkaar grenzen).' },
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
    rollen:
      - rol: verbinder
        paradigma: responsief
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
