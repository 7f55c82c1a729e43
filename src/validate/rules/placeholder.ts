// Nothing a template asked the user to fill in may be left in a file.
import { CRITERIA } from '../../vocabulary/index.js';
import { addMessage } from '../../diagnostics/messages.js';
import { locateValue, type DataPath } from '../locate.js';
import type { LoadedFile } from '../load-logbook.js';

/** The marker templates put where only the user knows what to write. */
export const PLACEHOLDER = 'INVULLEN';
const MARKER = new RegExp(`\\b${PLACEHOLDER}\\b`);

export function checkPlaceholders(loaded: LoadedFile): void {
  if (!loaded.frontmatter) return;
  checkFrontmatter(loaded);
  checkBody(loaded);
}

function checkFrontmatter({ file, frontmatter }: LoadedFile): void {
  if (!frontmatter) return;
  for (const [path, value] of placeholdersIn(frontmatter.data)) {
    const place = locateValue(frontmatter, path);
    const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    const criterium = path[0] === 'criteria' ? CRITERIA.find((c) => c.id === field) : undefined;
    if (criterium) {
      addMessage(
        file,
        'criterium-missing',
        `Criterium niet onderbouwd: "${criterium.label}". Vervang de tekst uit het sjabloon door je eigen onderbouwing.`,
        place,
      );
      continue;
    }
    addMessage(
      file,
      'placeholder',
      `${field ? `\`${field}\`` : 'Deze waarde'} is nog niet ingevuld: vervang "${shorten(value)}" door de echte waarde.`,
      place,
    );
  }
}

/**
 * Every string value with the marker, with its path, in document order. Runs on every
 * file, so it builds a path only for a match (the nesting limit bounds the recursion).
 */
function placeholdersIn(data: unknown): Array<[DataPath, string]> {
  const found: Array<[DataPath, string]> = [];
  const path: PropertyKey[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes(PLACEHOLDER) && MARKER.test(value)) found.push([[...path], value]);
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        visit((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(data);
  return found;
}

function checkBody({ file, frontmatter }: LoadedFile): void {
  if (!frontmatter || !MARKER.test(frontmatter.body)) return;
  frontmatter.body.split('\n').forEach((text, index) => {
    const column = text.search(MARKER);
    if (column === -1) return;
    addMessage(
      file,
      'placeholder',
      `Deze tekst uit het sjabloon is nog niet vervangen: "${shorten(text.trim())}". Schrijf hier je eigen tekst, of haal de regel weg.`,
      { line: frontmatter.bodyLine + index, column: column + 1 },
    );
  });
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
