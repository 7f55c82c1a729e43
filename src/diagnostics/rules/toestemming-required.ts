// `toestemming-required`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/schemas/kinds.ts.
import type { RuleDoc } from './rule-doc.js';

export const toestemmingRequired: RuleDoc = {
  id: 'toestemming-required',
  severity: 'error',
  beschrijving: 'Bij een naam hoort `toestemming`.',
  uitleg: 'Een naam van een deelnemer mag alleen in het logboek met toestemming van die persoon: `geen`, `intern` (alleen de interne versie) of `publiek`. Zonder `toestemming` weet ef niet of de naam in een rapportage mag; laat de naam anders weg en noem de functie.',
  stage: 'schema',
  bron: 'src/validate/schemas/kinds.ts',
  examples: [
    {
      titel: 'Een naam zonder toestemming',
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
    naam: Karel Appel
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:8:5', rule: 'toestemming-required', reason: 'Bij een naam hoort `toestemming`: `geen`, `intern` of `publiek`. Zonder toestemming blijft de naam uit elke rapportage; laat de naam anders weg.' },
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
    naam: Karel Appel
    toestemming: intern
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [],
    },
  ],
};
