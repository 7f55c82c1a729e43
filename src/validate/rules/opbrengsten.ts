// Every session closes with its opbrengsten: a `## Opbrengsten` section with a list.
// The check scans lines; findSection does the same on mdast for the compiler.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { hasListItem, scanSection } from '../../load/sections.js';
import { report } from '../../report/messages.js';
import type { SessieEntry } from '../validate-logbook.js';

export function checkOpbrengsten(sessie: SessieEntry): void {
  const section = scanSection(sessie.frontmatter.body, sessie.frontmatter.bodyLine, 'opbrengsten');
  if (!section) {
    report(
      sessie.file,
      'opbrengsten-missing',
      'Deze sessie heeft geen sectie `## Opbrengsten`. Elke sessie sluit af met haar opbrengsten: zet ze als lijst onder die kop.',
      { line: sessie.frontmatter.bodyLine, column: 1 },
    );
  } else if (!hasListItem(section)) {
    report(
      sessie.file,
      'opbrengsten-empty',
      'De sectie `## Opbrengsten` bevat geen lijstpunt. Zet elke opbrengst op een eigen regel die begint met `- `.',
      { line: section.headingLine, column: 1 },
    );
  }
}

export interface Section {
  readonly heading: Heading;
  readonly content: readonly RootContent[];
}

/** The level-2 section whose heading reads `title` (any letter case), up to the next heading of level ≤ 2. */
export function findSection(children: readonly RootContent[], title: string): Section | undefined {
  const start = children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node).trim().toLowerCase() === title,
  );
  if (start === -1) return undefined;
  const rest = children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return { heading: children[start] as Heading, content: end === -1 ? rest : rest.slice(0, end) };
}
