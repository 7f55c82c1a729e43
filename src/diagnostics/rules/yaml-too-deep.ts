// `yaml-too-deep`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const yamlTooDeep: RuleDoc = {
  id: 'yaml-too-deep',
  severity: 'error',
  beschrijving: 'De gegevens zijn dieper genest dan de ingestelde grens.',
  uitleg: 'Lijsten in lijsten in lijsten: gegevens in een logboek zijn nooit dieper dan een paar lagen. Standaard mag het 16 lagen diep (`limieten.diepte` in `ef.config.yaml`); dieper is een vergissing of een aanval.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'SDG’s in 17 lagen haken',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [[[[[[[[[[[[[[[[[2]]]]]]]]]]]]]]]]]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:5:23', rule: 'yaml-too-deep', reason: 'De gegevens zijn te diep genest (meer dan 16 niveaus). Maak de structuur platter.' },
      ],
    },
  ],
};
