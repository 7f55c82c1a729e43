// What scaffolding needs to know about a logbook: its config, its cases and its rapportages.
// Reads only those files, not the whole logbook: `ef new-session` must stay fast.
import { ConfigError } from '../core/errors.js';
import { discoverFiles } from '../load/discover.js';
import { findRoot } from '../load/find-root.js';
import { loadConfig as loadCheckedConfig } from '../validate/load-logbook.js';
import { parseFrontmatter } from '../load/frontmatter.js';
import { limitsFrom } from '../load/limits.js';
import { readLogbookFile } from '../load/read.js';
import type { Config } from '../validate/schemas/config.js';
import { displayPath } from '../core/paths.js';

export interface CasusRef {
  readonly id: string;
  /** The case's title, when its frontmatter has one. */
  readonly titel: string | undefined;
}

export interface RapportageRef {
  readonly id: string;
  readonly nummer: number | undefined;
}

export interface ScaffoldContext {
  readonly root: string;
  readonly cwd: string;
  readonly config: Config;
  readonly casussen: readonly CasusRef[];
  readonly rapportages: readonly RapportageRef[];
}

export async function loadScaffoldContext(cwd: string, rootOption: string | undefined): Promise<ScaffoldContext> {
  const root = findRoot(cwd, rootOption);
  const config = await loadConfig(root, cwd);
  // The logbook's own limits, as in `ef check`: a file check refuses is not read here either.
  const limits = limitsFrom(config);
  const discovered = await discoverFiles(root);
  const casussen: CasusRef[] = [];
  const rapportages: RapportageRef[] = [];
  for (const entry of discovered) {
    if (entry.kind !== 'casus' && entry.kind !== 'rapportage') continue;
    const file = readLogbookFile(entry.path, cwd, limits);
    const data = file.value === undefined ? undefined : parseFrontmatter(file, limits)?.data;
    if (entry.kind === 'casus') {
      const titel = typeof data?.['titel'] === 'string' ? data['titel'].trim() : undefined;
      casussen.push({ id: entry.id, titel });
    } else {
      const nummer = data?.['nummer'];
      rapportages.push({ id: entry.id, nummer: typeof nummer === 'number' && Number.isInteger(nummer) ? nummer : undefined });
    }
  }
  return { root, cwd, config, casussen, rapportages };
}

/** ef.config.yaml through the same loader as `ef check`; a broken config stops everything. */
async function loadConfig(root: string, cwd: string): Promise<Config> {
  const { configFile: file, config } = await loadCheckedConfig(root, cwd);
  if (config) return config;
  const shown = displayPath(file.path, cwd);
  const first = file.messages[0];
  throw new ConfigError(`${shown} klopt niet, dus er is niets aangemaakt.${first ? `\n  ${shown}:${first.line ?? 1}:${first.column ?? 1}  ${first.reason}` : ''}`, {
    hint: 'Draai `ef check` voor alle meldingen en los ze eerst op.',
  });
}
