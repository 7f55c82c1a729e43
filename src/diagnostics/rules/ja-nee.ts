// `ja-nee`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/repair-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const jaNee: RuleDoc = {
  id: 'ja-nee',
  severity: 'info',
  beschrijving: '`ja` of `nee` waar `true` of `false` hoort; ef leest het goed, `ef fix` schrijft `true` of `false`.',
  uitleg: 'Bij `intern` en andere ja/nee-velden leest ef ook `ja` en `nee`. `ef fix` schrijft ze als `true` en `false`, zoals de sjablonen.',
  stage: 'repair-hint',
  bron: 'src/validate/rules/repair-hints.ts',
  examples: [
    {
      titel: '`intern: ja`',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: ja
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:9:13', rule: 'ja-nee', reason: '"ja" leest ef als `true`. Bij `intern` bij deelnemer 1 hoort `true` (ja) of `false` (nee).', fix: '`ef fix` maakt hiervan `true`.' },
      ],
    },
  ],
};
