// `schema-range`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaRange: RuleDoc = {
  id: 'schema-range',
  severity: 'error',
  beschrijving: 'Een getal, tekst of lijst is te klein of te groot.',
  uitleg: 'Sommige waarden hebben grenzen: een SDG is een nummer van 1 tot en met 17, een lijst als `team` of `sdgs` heeft ten minste één item, een rol heeft hoogstens twee paradigma’s.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een SDG die niet bestaat',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 18]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:5:11', rule: 'schema-range', reason: 'SDG 18 bestaat niet: kies een nummer van 1 tot en met 17.' },
      ],
    },
  ],
};
