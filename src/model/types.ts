// The Logbook: one typed, read-only view of a validated logbook, references resolved.
import type { Root, RootContent } from 'mdast';
import type { Config } from '../validate/schemas/config.js';
import type { Activiteit, Casus, Portret, Rapportage, Sessie } from '../validate/schemas/kinds.js';
import type { Period } from '../core/period.js';

/** Body sections that reports pick up, keyed by their lower-case heading. */
export type SectionName = 'opbrengsten' | 'leerpunten' | 'vervolgvragen' | 'rollen en talenten';

export const SECTION_NAMES: readonly SectionName[] = ['opbrengsten', 'leerpunten', 'vervolgvragen', 'rollen en talenten'];

interface Document<D> {
  readonly id: string;
  /** Path relative to the logbook root, with forward slashes (e.g. `sessies/2021-01-28-x.md`). */
  readonly bestand: string;
  readonly data: Readonly<D>;
  /** The Markdown body, positions relative to the file. */
  readonly body: Root;
}

export interface CasusModel extends Document<Casus> {
  /** Sessions about this case, by date. */
  readonly sessies: readonly SessieModel[];
}

export interface SessieModel extends Document<Sessie> {
  readonly casus: CasusModel | undefined;
  /** The session's own SDGs, or its case's when it names none. */
  readonly sdgs: readonly number[];
  readonly secties: Readonly<Partial<Record<SectionName, readonly RootContent[]>>>;
  /** Just the content of `## Opbrengsten`, parsed on its own (cheap for lists of many sessions). */
  readonly opbrengsten: Root;
  /** How many top-level items `## Opbrengsten` has, from a line scan (no Markdown parse). */
  readonly opbrengstenAantal: number;
}

export type ActiviteitModel = Document<Activiteit>;
export type PortretModel = Document<Portret>;

export interface RapportageModel extends Document<Rapportage> {
  readonly periode: Period;
}

export interface Logbook {
  readonly config: Config;
  readonly casussen: readonly CasusModel[];
  readonly sessies: readonly SessieModel[];
  readonly activiteiten: readonly ActiviteitModel[];
  readonly portretten: readonly PortretModel[];
  readonly rapportages: readonly RapportageModel[];
  /** The house-style logo (`huisstijl.logo`), read from beelden/ when the model is built. */
  readonly logo?: { readonly svg: string } | undefined;
}
