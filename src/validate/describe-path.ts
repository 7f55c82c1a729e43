// Names a place in the data the way a user thinks of it: "rol 2 van deelnemer 3".
import type { DataPath } from './locate.js';

const ITEM_NAMES: Record<string, string> = {
  deelnemers: 'deelnemer',
  rollen: 'rol',
  team: 'teamlid',
  sdgs: 'SDG',
  begeleiding: 'begeleider',
  afwezig: 'afwezige',
  betrokken: 'betrokkene',
  partners: 'partner',
  paradigma: 'paradigma',
};

/** Lists of plain values: their items are named by position in words, not "SDG 1" (which reads as goal 1). */
const VALUE_LISTS = new Set(['sdgs', 'begeleiding', 'afwezig', 'betrokken', 'partners', 'paradigma']);

const RANGTELWOORDEN = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];

/** `0` → `eerste`, `11` → `12e`. */
export function ordinal(index: number): string {
  return RANGTELWOORDEN[index] ?? `${index + 1}e`;
}

/** The field name in backticks, followed by where it sits, e.g. "`gericht` bij deelnemer 2, rol 1". */
export function describePath(path: DataPath): string {
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  const field = keys.at(-1);
  const context: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    const parent = path[index - 1];
    if (typeof segment === 'number' && typeof parent === 'string') {
      context.push(`${ITEM_NAMES[parent] ?? parent} ${segment + 1}`);
    }
  }
  const name = field === undefined ? 'Dit gegeven' : `\`${field}\``;
  // A trailing index means the item itself, not a field of it.
  const last = path.at(-1);
  const list = path.at(-2);
  if (typeof last === 'number' && typeof list === 'string' && VALUE_LISTS.has(list)) {
    const outer = context.slice(0, -1);
    return `het ${ordinal(last)} item van \`${list}\`${outer.length > 0 ? ` bij ${outer.join(', ')}` : ''}`;
  }
  if (typeof path.at(-1) === 'number' && context.length > 0) {
    return context.join(', ');
  }
  return context.length > 0 ? `${name} bij ${context.join(', ')}` : name;
}
