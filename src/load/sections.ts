// A line scanner for `## ` sections in a Markdown body. `ef check` only needs to know
// whether a section exists and holds a list item; a full Markdown parse of every body
// would cost most of the check's time.

export interface SectionLines {
  /** 1-based file line of the heading. */
  readonly headingLine: number;
  /** The section's lines up to the next heading of level 1 or 2, outside code fences. */
  readonly lines: readonly string[];
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/** The level-2 section titled `title` (any letter case), like findSection does on mdast. */
export function scanSection(body: string, bodyLine: number, title: string): SectionLines | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  let section: { headingLine: number; lines: string[] } | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      section?.lines.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      section?.lines.push(line);
      continue;
    }
    const heading = ATX.exec(line);
    if (heading && heading[1]!.length <= 2) {
      if (section) return section;
      if (heading[1]!.length === 2 && (heading[2] ?? '').trim().toLowerCase() === title) {
        section = { headingLine: bodyLine + index, lines: [] };
      }
      continue;
    }
    section?.lines.push(line);
  }
  return section;
}

/** Whether a section holds at least one non-empty list item (outside code fences). */
export function hasListItem(section: SectionLines): boolean {
  let fence = false;
  for (const line of section.lines) {
    if (FENCE.test(line)) fence = !fence;
    else if (!fence && LIST_ITEM.test(line)) return true;
  }
  return false;
}
