// `criterium-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const criteriumMissing: RuleDoc = {
  id: 'criterium-missing',
  severity: 'error',
  beschrijving: 'Een casuscriterium is niet onderbouwd.',
  uitleg: 'Een casus voldoet aan drie criteria: een vraag uit de stad, een voorbeeld voor anderen en een veranderende samenleving. Onder `criteria` staat bij elk in één of twee zinnen waarom. Ook de tekst `INVULLEN` uit het sjabloon telt als niet onderbouwd.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een casus zonder het criterium `voorbeeld`',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:6:1', rule: 'criterium-missing', reason: 'Criterium niet onderbouwd: "De casus kan als voorbeeld dienen voor andere casussen". Schrijf onder `criteria.voorbeeld` in één of twee zinnen waarom deze casus daaraan voldoet.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [],
    },
  ],
};
