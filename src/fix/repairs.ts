// The value-level repairs that have exactly one right answer, planned on the plain
// data of a file's frontmatter. `ef fix` applies them to the YAML document; `ef check`
// uses the same plan to say which of its messages `ef fix` repairs. One source of
// truth, so the two can never disagree.
import {
  ACTIVITEIT_SOORTEN,
  aliasTable,
  CASUS_STATUS,
  GERICHT,
  PARADIGMAS,
  ROLLEN,
  SDG_MAX,
  SDG_MIN,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
  TOESTEMMING,
} from '../vocabulary/index.js';
import type { Kind } from '../vocabulary/kinds.js';
import { dutchDateToIso } from '../core/dutch-date.js';

export type DataPath = readonly PropertyKey[];

export type RepairKind = 'case' | 'alias' | 'sdg-text' | 'sdg-duplicate' | 'ja-nee' | 'dutch-date' | 'field-group';

export interface ValueRepair {
  readonly kind: RepairKind;
  /** Where the value (or, for a removal, the list item or key) sits in the data. */
  readonly path: DataPath;
  /** `replace` writes `after` instead of the value; `remove` deletes the item or key. */
  readonly action: 'replace' | 'remove';
  readonly before: unknown;
  readonly after?: unknown;
}

type Terms = readonly { readonly id: string; readonly aliassen?: readonly string[] }[];

/** The vocabulary a logbook adds through `ef.config.yaml` (its own roles). */
export interface FixVocabulary {
  readonly rollen: Terms;
}

const TABLES = {
  status: aliasTable(CASUS_STATUS),
  sessieSoort: aliasTable(SESSIE_SOORTEN),
  activiteitSoort: aliasTable(ACTIVITEIT_SOORTEN),
  toestemming: aliasTable(TOESTEMMING),
  paradigma: aliasTable(PARADIGMAS),
  gericht: aliasTable(GERICHT),
};

/** Every repair this file's data needs, in document order. */
export function planRepairs(data: Record<string, unknown>, kind: Kind, vocabulary: FixVocabulary): ValueRepair[] {
  const repairs: ValueRepair[] = [];
  const term = (table: ReadonlyMap<string, string>, path: DataPath, value: unknown) => {
    const repair = termRepair(table, path, value);
    if (repair) repairs.push(repair);
  };
  const date = (path: DataPath, value: unknown) => {
    if (typeof value !== 'string') return;
    const iso = dutchDateToIso(value);
    if (iso) repairs.push({ kind: 'dutch-date', path, action: 'replace', before: value, after: iso });
  };
  switch (kind) {
    case 'casus':
      term(TABLES.status, ['status'], data['status']);
      repairs.push(...sdgRepairs(data['sdgs']));
      break;
    case 'sessie': {
      date(['datum'], data['datum']);
      term(TABLES.sessieSoort, ['soort'], data['soort']);
      repairs.push(...sdgRepairs(data['sdgs']));
      repairs.push(...deelnemerRepairs(data['deelnemers'], aliasTable([...ROLLEN, ...SESSIEROLLEN, ...vocabulary.rollen])));
      break;
    }
    case 'activiteit':
      date(['datum'], data['datum']);
      term(TABLES.activiteitSoort, ['soort'], data['soort']);
      break;
    case 'portret':
      date(['datum'], data['datum']);
      term(TABLES.toestemming, ['toestemming'], data['toestemming']);
      break;
    case 'rapportage':
      break;
  }
  return repairs;
}

function termRepair(table: ReadonlyMap<string, string>, path: DataPath, value: unknown): ValueRepair | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.trim().toLowerCase();
  const canonical = table.get(written);
  if (canonical === undefined || canonical === value) return undefined;
  return { kind: written === canonical ? 'case' : 'alias', path, action: 'replace', before: value, after: canonical };
}

// `4`, `"4"`, `"SDG 4"`, `"sdg-4"`, `"Global Goal 7"`, `"Goal 7"`, `"#4"`.
const SDG_TEXT = /^(?:(?:sdg|global\s+goal|goal)\s*[-#]?\s*|#)?0*(\d{1,2})$/i;

function sdgNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = SDG_TEXT.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  return number >= SDG_MIN && number <= SDG_MAX ? number : undefined;
}

function sdgRepairs(value: unknown): ValueRepair[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    // `sdgs: 4` or `sdgs: "SDG 4"`: one goal, written without the list around it.
    const number = sdgNumber(value);
    return number === undefined ? [] : [{ kind: 'sdg-text', path: ['sdgs'], action: 'replace', before: value, after: [number] }];
  }
  const repairs: ValueRepair[] = [];
  const seen = new Set<number>();
  value.forEach((item, index) => {
    const number = sdgNumber(item);
    if (number === undefined) return;
    if (seen.has(number)) {
      repairs.push({ kind: 'sdg-duplicate', path: ['sdgs', index], action: 'remove', before: item });
      return;
    }
    seen.add(number);
    if (item !== number) repairs.push({ kind: 'sdg-text', path: ['sdgs', index], action: 'replace', before: item, after: number });
  });
  return repairs;
}

const JA_NEE: ReadonlyMap<string, boolean> = new Map([
  ['ja', true],
  ['nee', false],
  ['yes', true],
  ['no', false],
  ['waar', true],
  ['onwaar', false],
]);

/** `ja`/`nee` (any case) as a boolean, or undefined. */
export function jaNee(value: unknown): boolean | undefined {
  return typeof value === 'string' ? JA_NEE.get(value.trim().toLowerCase()) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Front Matter CMS writes `fieldGroup: deelnemer` into every block it edits.
function fieldGroupRepair(item: Record<string, unknown>, path: DataPath): ValueRepair[] {
  return 'fieldGroup' in item ? [{ kind: 'field-group', path: [...path, 'fieldGroup'], action: 'remove', before: item['fieldGroup'] }] : [];
}

function deelnemerRepairs(deelnemers: unknown, rollen: ReadonlyMap<string, string>): ValueRepair[] {
  if (!Array.isArray(deelnemers)) return [];
  const repairs: ValueRepair[] = [];
  deelnemers.forEach((deelnemer, d) => {
    if (!isRecord(deelnemer)) return;
    const base = ['deelnemers', d] as const;
    const intern = jaNee(deelnemer['intern']);
    if (intern !== undefined) {
      repairs.push({ kind: 'ja-nee', path: [...base, 'intern'], action: 'replace', before: deelnemer['intern'], after: intern });
    }
    const toestemming = termRepair(TABLES.toestemming, [...base, 'toestemming'], deelnemer['toestemming']);
    if (toestemming) repairs.push(toestemming);
    repairs.push(...fieldGroupRepair(deelnemer, base));
    const rolLijst = deelnemer['rollen'];
    if (!Array.isArray(rolLijst)) return;
    rolLijst.forEach((rol, r) => {
      if (!isRecord(rol)) return;
      const at = [...base, 'rollen', r] as const;
      const found = [
        termRepair(rollen, [...at, 'rol'], rol['rol']),
        ...(Array.isArray(rol['paradigma'])
          ? rol['paradigma'].map((p, i) => termRepair(TABLES.paradigma, [...at, 'paradigma', i], p))
          : [termRepair(TABLES.paradigma, [...at, 'paradigma'], rol['paradigma'])]),
        termRepair(TABLES.gericht, [...at, 'gericht'], rol['gericht']),
      ];
      for (const repair of found) if (repair) repairs.push(repair);
      repairs.push(...fieldGroupRepair(rol, at));
    });
  });
  return repairs;
}

/** How a value is shown to the user in a message: as YAML would show it. */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  if (typeof value === 'string') return /^[\p{L}\p{N} _-]*$/u.test(value) && !/^\d+$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** The Dutch sentence `ef check` adds to a message that `ef fix` repairs. */
export function describeRepair(repair: ValueRepair): string {
  if (repair.action === 'remove') {
    return repair.kind === 'field-group'
      ? '`ef fix` haalt deze regel weg.'
      : `\`ef fix\` haalt de dubbele ${shown(repair.before)} weg.`;
  }
  return `\`ef fix\` maakt hiervan \`${shown(repair.after)}\`.`;
}

export function samePath(a: DataPath, b: DataPath): boolean {
  return a.length === b.length && a.every((segment, index) => String(segment) === String(b[index]));
}
