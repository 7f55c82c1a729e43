// The closed vocabularies of the file format, defined once as data.
// Schemas, messages, templates and reports all read from here.
import { GERICHT, PARADIGMAS, ROLLEN, SESSIEROLLEN } from './nsob-data.js';
import { SDGS } from './sdgs-data.js';

export { GERICHT, PARADIGMAS, ROLLEN, SESSIEROLLEN, SDGS };

export interface Term {
  readonly id: string;
  readonly label: string;
}

export const CASUS_STATUS = [
  { id: 'lopend', label: 'Lopend' },
  { id: 'afgerond', label: 'Afgerond' },
  { id: 'gepauzeerd', label: 'Gepauzeerd' },
] as const;

export const SESSIE_SOORTEN = [
  { id: 'interactief', label: 'Interactieve bijeenkomst' },
  { id: 'evaluatie', label: 'Evaluatiebijeenkomst' },
  { id: 'intervisie', label: 'Intervisie' },
  { id: 'coaching', label: 'Coaching' },
  { id: 'anders', label: 'Anders' },
] as const;

export const ACTIVITEIT_SOORTEN = [
  { id: 'presentatie', label: 'Presentatie' },
  { id: 'publicatie', label: 'Publicatie' },
  { id: 'video', label: 'Video' },
  { id: 'artikel', label: 'Artikel' },
  { id: 'anders', label: 'Anders' },
] as const;

export const TOESTEMMING = [
  { id: 'geen', label: 'Geen toestemming' },
  { id: 'intern', label: 'Alleen intern' },
  { id: 'publiek', label: 'Ook publiek' },
] as const;

/** The four case criteria; `sdgs` is the fourth, checked through the `sdgs` list. */
export const CRITERIA = [
  {
    id: 'vraag_uit_de_stad',
    kort: 'Vraag uit de stad',
    label: 'De casus komt voort uit een vraag uit de stad',
  },
  {
    id: 'voorbeeld',
    kort: 'Voorbeeld voor andere casussen',
    label: 'De casus kan als voorbeeld dienen voor andere casussen',
  },
  {
    id: 'veranderende_samenleving',
    kort: 'Veranderende samenleving',
    label: 'Er is een verband met de veranderende samenleving en de rol van de gemeente daarin',
  },
  {
    id: 'sdgs',
    kort: 'Global Goals',
    label: "Er is verbinding met ten minste één van de 17 Global Goals (SDG's)",
  },
] as const;

export type CriteriumId = (typeof CRITERIA)[number]['id'];

export const SDG_MIN = 1;
export const SDG_MAX = SDGS.length;

export function sdgNaam(nummer: number): string {
  return SDGS.find((goal) => goal.nummer === nummer)?.naam ?? `SDG ${nummer}`;
}

export function ids<T extends readonly { readonly id: string }[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((term) => term.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** Maps every accepted spelling (id and aliases, lower case) to the canonical id. */
export function aliasTable(terms: readonly { id: string; aliassen?: readonly string[] }[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const term of terms) {
    table.set(term.id, term.id);
    for (const alias of term.aliassen ?? []) table.set(alias.toLowerCase(), term.id);
  }
  return table;
}

/** Two paradigms may be named together only when they share a border in the quadrant. */
export function areNeighbours(a: string, b: string): boolean {
  const paradigma = PARADIGMAS.find((p) => p.id === a);
  return paradigma ? (paradigma.buren as readonly string[]).includes(b) : false;
}

export function labelOf(terms: readonly Term[], id: string): string {
  return terms.find((term) => term.id === id)?.label ?? id;
}
