// `file-empty`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/read.ts.
import type { RuleDoc } from './rule-doc.js';

export const fileEmpty: RuleDoc = {
  id: 'file-empty',
  severity: 'error',
  beschrijving: 'Het bestand is leeg.',
  uitleg: 'Een leeg bestand (of een bestand met alleen spaties en witregels) is meestal een vergissing. Vul het aan vanuit een sjabloon (`ef new`), of verwijder het.',
  stage: 'load',
  bron: 'src/load/read.ts',
  examples: [
    {
      titel: 'Een lege casus',
      files: [
        { path: 'casussen/leeg.md', text: `` },
      ],
      messages: [
        { at: 'casussen/leeg.md:1:1', rule: 'file-empty', reason: 'Dit bestand is leeg. Vul het aan, of verwijder het.' },
      ],
    },
  ],
};
