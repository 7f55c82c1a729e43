// Validate stage: every loaded file against its schema, then the cross-file rules.
import type { VFile } from 'vfile';
import type { LoadedFile, LoadedLogbook } from '../load/load-logbook.js';
import type { Frontmatter } from '../load/frontmatter.js';
import type { Config } from './schemas/config.js';
import {
  makeSchemas,
  type Activiteit,
  type Casus,
  type Kind,
  type Portret,
  type Rapportage,
  type Sessie,
} from './schemas/kinds.js';
import { validateFrontmatter } from './validate-file.js';
import { RULES_IN_ORDER } from './rules/index.js';

interface EntryOf<K extends Kind, D> {
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

export interface ValidatedLogbook {
  readonly root: string;
  readonly cwd: string;
  readonly config: Config;
  readonly configFile: VFile;
  /** Every file that was read, with its messages. */
  readonly files: readonly LoadedFile[];
  /** Only the files whose frontmatter passed their schema. */
  readonly entries: Entries;
}

export interface RuleContext {
  readonly config: Config;
  readonly configFile: VFile;
  readonly files: readonly LoadedFile[];
  readonly entries: Entries;
}

export type Rule = (context: RuleContext) => void;

export function validateLogbook(loaded: LoadedLogbook & { config: Config }): ValidatedLogbook {
  const schemas = makeSchemas(loaded.config);
  const entries: { [K in Kind]: Entry[] } = { casus: [], sessie: [], activiteit: [], portret: [], rapportage: [] };
  for (const loadedFile of loaded.files) {
    const { kind, id, file, frontmatter } = loadedFile;
    if (!frontmatter) continue;
    const data = validateFrontmatter(file, frontmatter, schemas[kind]);
    if (data !== undefined) entries[kind].push({ kind, id, file, frontmatter, data } as Entry);
  }
  const context: RuleContext = {
    config: loaded.config,
    configFile: loaded.configFile,
    files: loaded.files,
    entries: entries as unknown as Entries,
  };
  for (const rule of RULES_IN_ORDER) rule(context);
  return { ...loaded, entries: context.entries };
}
