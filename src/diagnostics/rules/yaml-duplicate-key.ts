// `yaml-duplicate-key`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const yamlDuplicateKey: RuleDoc = {
  id: 'yaml-duplicate-key',
  severity: 'error',
  beschrijving: 'Een sleutel staat twee keer in hetzelfde blok.',
  uitleg: 'Elke sleutel mag één keer in hetzelfde blok staan; anders is niet duidelijk welke waarde geldt. Haal een van beide weg.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Twee keer `titel`',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
titel: Moestuin
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
      messages: [
        { at: 'casussen/buurtmoestuin.md:4:1', rule: 'yaml-duplicate-key', reason: 'Deze sleutel staat twee keer in hetzelfde blok. Houd er één over.' },
      ],
    },
  ],
};
