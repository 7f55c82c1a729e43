// `frontmatter-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const frontmatterMissing: RuleDoc = {
  id: 'frontmatter-missing',
  severity: 'error',
  beschrijving: 'Het bestand begint niet met een `---`-blok met gegevens.',
  uitleg: 'Elk bestand van het logboek begint met een blok gegevens tussen twee regels `---` (de *frontmatter*): titel, datum, soort enzovoort. Daaronder staat de tekst. Begin met een sjabloon uit `templates/` of met `ef new`.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Een casus zonder gegevensblok',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: `# Buurtmoestuin

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:1:1', rule: 'frontmatter-missing', reason: 'Dit bestand begint niet met `---`. Zet bovenaan een blok met gegevens tussen twee regels `---` (zie de sjablonen in `templates/`).' },
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
