// Nothing a template asked the user to fill in may be left in a file.
import { isScalar, visit, type Node, type Pair } from 'yaml';
import { CRITERIA } from '../../vocabulary/index.js';
import { report } from '../../report/messages.js';
import type { RuleContext } from '../validate-logbook.js';
import type { LoadedFile } from '../../load/load-logbook.js';

/** The marker templates put where only the user knows what to write. */
export const PLACEHOLDER = 'INVULLEN';
const MARKER = new RegExp(`\\b${PLACEHOLDER}\\b`);

export function checkPlaceholders({ files }: RuleContext): void {
  for (const loaded of files) {
    if (!loaded.frontmatter) continue;
    checkFrontmatter(loaded);
    checkBody(loaded);
  }
}

function checkFrontmatter({ file, frontmatter }: LoadedFile): void {
  if (!frontmatter) return;
  visit(frontmatter.doc, {
    Scalar(_key, node, ancestry) {
      if (typeof node.value !== 'string' || !MARKER.test(node.value) || !node.range) return;
      const pos = frontmatter.lineCounter.linePos(node.range[0]);
      const place = { line: pos.line + frontmatter.lineOffset, column: pos.col };
      const field = fieldName(ancestry);
      const criterium = CRITERIA.find((c) => c.id === field);
      if (criterium && ancestry.some((a) => isPairWithKey(a, 'criteria'))) {
        report(
          file,
          'criterium-missing',
          `Criterium niet onderbouwd: "${criterium.label}". Vervang de tekst uit het sjabloon door je eigen onderbouwing.`,
          place,
        );
        return;
      }
      report(
        file,
        'placeholder',
        `${field ? `\`${field}\`` : 'Deze waarde'} is nog niet ingevuld: vervang "${shorten(node.value)}" door de echte waarde.`,
        place,
      );
    },
  });
}

function checkBody({ file, frontmatter }: LoadedFile): void {
  if (!frontmatter || !MARKER.test(frontmatter.body)) return;
  frontmatter.body.split('\n').forEach((text, index) => {
    const column = text.search(MARKER);
    if (column === -1) return;
    report(
      file,
      'placeholder',
      `Deze tekst uit het sjabloon is nog niet vervangen: "${shorten(text.trim())}". Schrijf hier je eigen tekst, of haal de regel weg.`,
      { line: frontmatter.bodyLine + index, column: column + 1 },
    );
  });
}

function fieldName(ancestry: readonly unknown[]): string | undefined {
  for (let index = ancestry.length - 1; index >= 0; index -= 1) {
    const item = ancestry[index] as Pair | undefined;
    if (item && typeof item === 'object' && 'key' in item && isScalar(item.key as Node)) {
      return String((item.key as { value: unknown }).value);
    }
  }
  return undefined;
}

function isPairWithKey(item: unknown, key: string): boolean {
  return !!item && typeof item === 'object' && 'key' in item && isScalar((item as Pair).key as Node) && ((item as Pair).key as { value: unknown }).value === key;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
