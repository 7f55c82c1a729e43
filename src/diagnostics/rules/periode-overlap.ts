// `periode-overlap`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/periods.ts.
import type { RuleDoc } from './rule-doc.js';

export const periodeOverlap: RuleDoc = {
  id: 'periode-overlap',
  severity: 'warning',
  beschrijving: 'De periodes van twee rapportages overlappen.',
  uitleg: 'Een sessie in de overlap van twee periodes komt in beide rapportages. Meestal is dat niet de bedoeling: laat de periodes op elkaar aansluiten.',
  stage: 'logbook',
  bron: 'src/validate/rules/periods.ts',
  examples: [
    {
      titel: 'Het eerste halfjaar en het tweede kwartaal',
      files: [
        { path: 'rapportages/rapportage-1.md', text: `---
nummer: 1
titel: 1e rapportage
periode: 2021-H1
---
` },
        { path: 'rapportages/rapportage-2.md', text: `---
nummer: 2
titel: 2e rapportage
periode: 2021-Q2
---
` },
      ],
      messages: [
        { at: 'rapportages/rapportage-2.md:4:10', rule: 'periode-overlap', reason: 'De periode (tweede kwartaal 2021) overlapt met die van rapportage 1 (eerste halfjaar 2021). Sessies in de overlap komen dan in beide rapportages.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'rapportages/rapportage-1.md', text: `---
nummer: 1
titel: 1e rapportage
periode: 2021-Q1
---
` },
        { path: 'rapportages/rapportage-2.md', text: `---
nummer: 2
titel: 2e rapportage
periode: 2021-Q2
---
` },
      ],
      messages: [],
    },
  ],
};
