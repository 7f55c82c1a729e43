// `sdg-duplicate`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/repair-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const sdgDuplicate: RuleDoc = {
  id: 'sdg-duplicate',
  severity: 'info',
  beschrijving: 'Dezelfde SDG staat twee keer in de lijst.',
  uitleg: 'Een SDG telt één keer per casus. `ef fix` haalt de tweede weg.',
  stage: 'repair-hint',
  bron: 'src/validate/rules/repair-hints.ts',
  examples: [
    {
      titel: 'SDG 2 twee keer',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11, 2]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:5:15', rule: 'sdg-duplicate', reason: 'SDG 2 staat twee keer in `sdgs`; één keer is genoeg.', fix: '`ef fix` haalt de dubbele 2 weg.' },
      ],
    },
  ],
};
