// `file-binary`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/read.ts.
import type { RuleDoc } from './rule-doc.js';

export const fileBinary: RuleDoc = {
  id: 'file-binary',
  severity: 'error',
  beschrijving: 'Het bestand is geen tekst (het bevat NUL-tekens).',
  uitleg: 'In de mappen van het logboek horen alleen Markdown-bestanden. Een bestand met NUL-tekens is geen tekst: meestal een afbeelding, PDF of Word-bestand met de naam `….md`. Zet afbeeldingen in `beelden/` en verwijs ernaar vanuit de tekst.',
  stage: 'load',
  bron: 'src/load/read.ts',
  examples: [
    {
      titel: 'Een casus met NUL-tekens',
      files: [
        { path: 'casussen/foto.md', text: "---\ntitel: Foto\n\u0000\u0000\u0000\n---\n", shown: `---
titel: Foto
␀␀␀
---
` },
      ],
      messages: [
        { at: 'casussen/foto.md:3:1', rule: 'file-binary', reason: 'Dit is geen tekstbestand (het bevat NUL-tekens). Zet alleen Markdown-bestanden (.md) in de mappen van het logboek.' },
      ],
    },
  ],
};
