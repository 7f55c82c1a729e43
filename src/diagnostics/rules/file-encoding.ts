// `file-encoding`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/read.ts.
import type { RuleDoc } from './rule-doc.js';

export const fileEncoding: RuleDoc = {
  id: 'file-encoding',
  severity: 'error',
  beschrijving: 'Het bestand is niet in UTF-8 opgeslagen.',
  uitleg: 'ef leest tekst als UTF-8, zoals VS Code en GitHub die opslaan. Een ouder programma slaat soms op als Latin-1 of Windows-1252; een `é` is dan één byte die in UTF-8 niets betekent. Sla het bestand op als UTF-8.',
  stage: 'load',
  bron: 'src/load/read.ts',
  examples: [
    {
      titel: 'Een casus opgeslagen als Latin-1',
      files: [
        { path: 'casussen/cafe.md', text: `---
titel: Café de Hoek
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
`, encoding: 'latin1' },
      ],
      messages: [
        { at: 'casussen/cafe.md:2:11', rule: 'file-encoding', reason: 'Dit bestand is niet in UTF-8 opgeslagen: dit teken kan niet worden gelezen. Sla het bestand op als UTF-8 (in VS Code: klik rechtsonder op de codering en kies "Save with Encoding" → UTF-8).' },
      ],
    },
  ],
};
