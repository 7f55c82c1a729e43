// A character no font that ships with ef can draw becomes a placeholder in the
// PDF (see fonts/coverage.ts). `ef check` says so at its place, so the
// writer can choose another spelling before a report goes out. Ordinary text
// costs one pass of a regular expression: no font is read for it.
import type { VFile } from 'vfile';
import { addMessage } from '../../diagnostics/messages.js';
import { codePoints, isOrdinaryText, PLACEHOLDER, undrawableIn } from '../../fonts/coverage.js';

/** Lines reported one by one; a file full of Chinese gets one more message for the rest. */
const MAX_LINES = 50;

/** Warns once per line that holds text the PDF cannot show, at its first such character. */
export function checkPdfCharacters(file: VFile): void {
  const text = String(file.value ?? '');
  if (isOrdinaryText(text)) return;
  const lines = text.split('\n');
  let reported = 0;
  for (let index = 0; index < lines.length; index++) {
    const found = undrawableOrNone(lines[index]!);
    if (found.length === 0) continue;
    const place = { line: index + 1, column: found[0]!.index + 1 };
    if (reported === MAX_LINES) {
      const rest = lines.slice(index).filter((line) => undrawableOrNone(line).length > 0).length;
      addMessage(file, 'pdf-character-missing', `Vanaf hier staan nog ${rest} regels met tekens die in geen lettertype van ef staan; in de PDF staat daar ${PLACEHOLDER}.`, place);
      return;
    }
    const distinct = [...new Set(found.map((u) => u.cluster))];
    addMessage(file, 'pdf-character-missing', describe(distinct), place);
    reported += 1;
  }
}

/** Without the font packages (a broken installation) there is nothing to compare with; `ef report` says so. */
function undrawableOrNone(line: string): ReturnType<typeof undrawableIn> {
  try {
    return undrawableIn(line);
  } catch {
    return [];
  }
}

function describe(clusters: readonly string[]): string {
  const shown = clusters.slice(0, 3).map((cluster) => `"${visible(cluster)}" (${codePoints(cluster)})`);
  const more = clusters.length > 3 ? ` en nog ${clusters.length - 3} andere` : '';
  const subject = clusters.length === 1 ? `Dit teken staat in geen lettertype van ef: ${shown[0]}` : `Deze tekens staan in geen lettertype van ef: ${shown.join(', ')}${more}`;
  return (
    `${subject}. In de PDF staat op die plek ${PLACEHOLDER}; md en html tonen de tekst wel. ` +
    'Moet het in de PDF leesbaar zijn, schrijf het dan anders (bijvoorbeeld in Latijnse letters).'
  );
}

/** The cluster without the invisible characters that may belong to it (joiners, tags). */
function visible(cluster: string): string {
  return cluster.replace(/[\p{Default_Ignorable_Code_Point}\p{Cc}]/gu, '');
}
