// Every session closes with its opbrengsten: a `## Opbrengsten` section with a list.
// The section is found as Markdown reads it (src/load/sections.ts), so a body that
// passes this rule has opbrengsten in the report too.
import { findBodySection } from '../../load/sections.js';
import { addMessage } from '../../diagnostics/messages.js';
import type { SessieEntry } from '../entries.js';

export function checkOpbrengsten(sessie: SessieEntry): void {
  const section = findBodySection(sessie.frontmatter.body, sessie.frontmatter.bodyLine, 'opbrengsten');
  if (!section) {
    addMessage(
      sessie.file,
      'opbrengsten-missing',
      'Deze sessie heeft geen sectie `## Opbrengsten`. Elke sessie sluit af met haar opbrengsten: zet ze als lijst onder die kop.',
      { line: sessie.frontmatter.bodyLine, column: 1 },
    );
  } else if (!section.hasListItem) {
    addMessage(
      sessie.file,
      'opbrengsten-empty',
      'De sectie `## Opbrengsten` bevat geen lijstpunt. Zet elke opbrengst op een eigen regel die begint met `- `.',
      { line: section.headingLine, column: 1 },
    );
  }
}
