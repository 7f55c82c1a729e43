// `vocabulary-case`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/repair-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const vocabularyCase: RuleDoc = {
  id: 'vocabulary-case',
  severity: 'info',
  beschrijving: 'Een woord uit de woordenlijst met hoofdletters; ef leest het goed, `ef fix` schrijft het zoals de woordenlijst.',
  uitleg: 'ef leest `Interactief` als `interactief`. Om de bestanden gelijk te houden schrijft `ef fix` het woord zoals de woordenlijst.',
  stage: 'repair-hint',
  bron: 'src/validate/rules/repair-hints.ts',
  examples: [
    {
      titel: 'Een hoofdletter in `soort`',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: Interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:4:8', rule: 'vocabulary-case', reason: '"Interactief" leest ef als `interactief`; de woordenlijst schrijft het met kleine letters.', fix: '`ef fix` maakt hiervan `interactief`.' },
      ],
    },
  ],
};
