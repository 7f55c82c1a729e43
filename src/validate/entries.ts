// The files that passed their schema, by kind: what validation hands to the model.
// A module of its own so that the rules and the pipeline can share these types
// without importing each other.
import type { VFile } from 'vfile';
import type { Frontmatter } from '../load/frontmatter.js';
import type { Activiteit, Casus, Kind, Portret, Rapportage, Sessie } from './schemas/kinds.js';

export interface EntryOf<K extends Kind, D> {
  readonly kind: K;
  readonly id: string;
  readonly file: VFile;
  readonly frontmatter: Frontmatter;
  readonly data: D;
}

export type CasusEntry = EntryOf<'casus', Casus>;
export type SessieEntry = EntryOf<'sessie', Sessie>;
export type ActiviteitEntry = EntryOf<'activiteit', Activiteit>;
export type PortretEntry = EntryOf<'portret', Portret>;
export type RapportageEntry = EntryOf<'rapportage', Rapportage>;
export type Entry = CasusEntry | SessieEntry | ActiviteitEntry | PortretEntry | RapportageEntry;

export interface Entries {
  readonly casus: readonly CasusEntry[];
  readonly sessie: readonly SessieEntry[];
  readonly activiteit: readonly ActiviteitEntry[];
  readonly portret: readonly PortretEntry[];
  readonly rapportage: readonly RapportageEntry[];
}


/** Sorts entries into their kinds, keeping their order: what the model is built from. */
export function groupEntries(list: Iterable<Entry>): Entries {
  const casus: CasusEntry[] = [];
  const sessie: SessieEntry[] = [];
  const activiteit: ActiviteitEntry[] = [];
  const portret: PortretEntry[] = [];
  const rapportage: RapportageEntry[] = [];
  for (const entry of list) {
    switch (entry.kind) {
      case 'casus':
        casus.push(entry);
        break;
      case 'sessie':
        sessie.push(entry);
        break;
      case 'activiteit':
        activiteit.push(entry);
        break;
      case 'portret':
        portret.push(entry);
        break;
      case 'rapportage':
        rapportage.push(entry);
        break;
    }
  }
  return { casus, sessie, activiteit, portret, rapportage };
}
