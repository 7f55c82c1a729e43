// ef fix: repairs what has exactly one right answer, file by file, and reports each change.
import { existsSync, lstatSync } from 'node:fs';
import { limitsFrom, type Limits } from '../../load/limits.js';
import { readRaw } from '../../load/read.js';
import { resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '../../core/errors.js';
import { discoverFiles } from '../../load/discover.js';
import { findRoot } from '../../load/find-root.js';
import { loadConfig } from '../../validate/load-logbook.js';
import { displayPath } from '../../core/paths.js';
import { writeNewFile } from '../../core/atomic.js';
import { fixText, type Change } from '../../fix/fix-file.js';
import type { Io } from '../../core/io.js';

export interface FixOptions {
  readonly root?: string;
  readonly dryRun?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function fix(paths: readonly string[], options: FixOptions, io: Io): Promise<number> {
  const selected = paths.map((path) => resolve(io.cwd, path));
  for (const [index, path] of selected.entries()) {
    if (!existsSync(path)) throw new UsageError(`${paths[index]} bestaat niet.`);
  }
  const root = findRoot(io.cwd, options.root);
  const { config } = await loadConfig(root, io.cwd);
  if (!config) {
    throw new ConfigError('ef.config.yaml klopt niet; ef fix repareert niets zolang dat zo is.', {
      hint: 'Voer ef check uit om te zien wat er mis is.',
    });
  }
  const dryRun = options.dryRun === true;
  const files = (await discoverFiles(root)).filter((file) => selected.length === 0 || isSelected(file.path, selected));
  let changed = 0;
  let total = 0;
  const lines: string[] = [];
  const limits = limitsFrom(config);
  for (const file of files) {
    if (isSymlink(file.path)) {
      // Replacing it would turn the link into a copy; ef check still reads the target.
      lines.push(`${displayPath(file.path, io.cwd)}: overgeslagen, want het is een koppeling (symlink) naar een ander bestand.`);
      continue;
    }
    const raw = readText(file.path, limits);
    if (raw === undefined) continue;
    const result = fixText(raw, file.kind, { rollen: config.rollen });
    if (result.text === undefined) continue;
    if (!dryRun) await writeNewFile(file.path, result.text, { force: true });
    changed += 1;
    total += result.changes.length;
    const shown = displayPath(file.path, io.cwd);
    for (const change of result.changes) lines.push(formatChange(shown, change));
  }
  lines.push(summary(total, changed, dryRun));
  io.stdout.write(`${lines.join('\n')}\n`);
  return dryRun && changed > 0 ? 1 : 0;
}

/** The file's text as it is (BOM included), or undefined when ef check would refuse it (too large, not UTF-8 text). */
function readText(path: string, limits: Limits): string | undefined {
  const raw = readRaw(path, limits);
  if (raw.kind !== 'bytes' || raw.bytes.includes(0)) return undefined;
  try {
    return UTF8.decode(raw.bytes);
  } catch {
    return undefined;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isSelected(path: string, selected: readonly string[]): boolean {
  return selected.some((target) => path === target || path.startsWith(target.endsWith(sep) ? target : target + sep));
}

function formatChange(file: string, change: Change): string {
  // A change in indentation must stay visible: then tabs show as ⇥ and spaces as ·.
  const visible = change.before.includes('\t');
  const before = oneLine(change.before, visible);
  const after = change.after.trim() === '' ? '(regel weg)' : oneLine(change.after, visible);
  return `${file}:${change.line}  ${before} → ${after}`;
}

function oneLine(text: string, visible: boolean): string {
  return text
    .split('\n')
    .map((line) => (visible ? line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '⇥').replace(/ /g, '·')) : line.trim()))
    .join(' ⏎ ');
}

function summary(total: number, files: number, dryRun: boolean): string {
  if (total === 0) return 'Niets te repareren.';
  const wijzigingen = `${total} ${total === 1 ? 'wijziging' : 'wijzigingen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}`;
  return dryRun
    ? `ef fix zou ${wijzigingen} maken. Er is niets geschreven (--dry-run).`
    : `✔ ${wijzigingen} gerepareerd. Controleer het resultaat met ef check.`;
}
