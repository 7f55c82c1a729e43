// ef check: load → validate → format the messages (human, json or github).
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { collectMessages, type Summary } from '../../diagnostics/collect.js';
import { formatGithub } from '../../format/github.js';
import { formatJson } from '../../format/json.js';
import { writePretty } from '../../format/pretty.js';
import { checkLogbook } from '../../validate/check-logbook.js';
import type { Io } from '../../core/io.js';
import type { ChangedFiles } from '../changed-files.js';
import { useColor } from '../../format/color.js';

export interface CheckCommandOptions {
  readonly root?: string;
  readonly format?: 'human' | 'json' | 'github';
  readonly strict?: boolean;
  readonly color?: boolean;
  readonly cache?: boolean;
  /** `--changed [REF]`: report only files changed since REF (true: HEAD) and what refers to them. */
  readonly changed?: string | boolean;
  /** `--max-warnings N`: more than N warnings is a failure (exit 1), as in eslint. */
  readonly maxWarnings?: string;
}

export async function check(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  let selected = paths.map((path) => resolve(io.cwd, path));
  for (const [index, path] of selected.entries()) {
    if (!existsSync(path)) throw new UsageError(`${paths[index]} bestaat niet.`);
  }
  let changed: ChangedFiles | undefined;
  if (options.changed !== undefined && options.changed !== false) {
    if (selected.length > 0) {
      throw new UsageError('Geef --changed of paden, niet allebei.', { hint: 'Bijvoorbeeld: ef check --changed, of ef check sessies/.' });
    }
    const { changedFiles } = await import('../changed-files.js');
    const { findRoot } = await import('../../load/find-root.js');
    changed = changedFiles(findRoot(io.cwd, options.root), options.changed === true ? 'HEAD' : options.changed);
    if (changed.all) changed = undefined;
  }
  const result = await checkLogbook({ cwd: io.cwd, root: options.root, cache: options.cache !== false, threads: io.env['EF_THREADS'] });
  if (!result.configOk) {
    // Without a valid config nothing else can be judged: report it as a configuration problem.
    writeReport(collectMessages(result.files, io.cwd, 1), options, io);
    return 2;
  }
  const changedOnly = changed !== undefined;
  if (changed) {
    const { selectChanged } = await import('../changed-files.js');
    selected = selectChanged(result.root, changed.paths, result.facts);
  }
  const filtered = selected.length > 0 || changedOnly;
  const reported = filtered ? result.files.filter((file) => isSelected(file.path, selected)) : result.files;
  const checked = !filtered ? result.checked : changedOnly ? selected.length : reported.length;
  const summary = collectMessages(reported, io.cwd, checked);
  writeReport(summary, options, io);
  await writeStepSummary(summary, io);
  const code = exitCode(summary, options.strict === true);
  if (code === 0 && maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`ef: ${summary.warnings} waarschuwingen, meer dan de ${maxWarnings} die --max-warnings toestaat.\n`);
    return 1;
  }
  return code;
}

export function exitCode(summary: Summary, strict: boolean): number {
  return summary.errors > 0 || (strict && summary.warnings > 0) ? 1 : 0;
}

function parseMaxWarnings(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) {
    throw new UsageError(`--max-warnings ${text}: geef een geheel getal van 0 of meer.`, { hint: 'Bijvoorbeeld: ef check --max-warnings 0' });
  }
  return Number(text.trim());
}

/** In GitHub Actions: every message in the job summary too (annotations stop at ten per step). */
async function writeStepSummary(summary: Summary, io: Io): Promise<void> {
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (io.env['GITHUB_ACTIONS'] !== 'true' || target === undefined || target === '') return;
  const { appendFile } = await import('node:fs/promises');
  const { formatStepSummary } = await import('../../format/step-summary.js');
  try {
    await appendFile(target, formatStepSummary(summary), 'utf8');
  } catch (error) {
    io.stderr.write(`ef: kon de samenvatting niet schrijven naar $GITHUB_STEP_SUMMARY (${(error as Error).message}).\n`);
  }
}

function isSelected(path: string, selected: readonly string[]): boolean {
  return selected.some((target) => path === target || path.startsWith(target.endsWith(sep) ? target : target + sep));
}

function writeReport(summary: Summary, options: CheckCommandOptions, io: Io): void {
  const chosen = options.format ?? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'human');
  if (chosen === 'json') io.stdout.write(formatJson(summary));
  else if (chosen === 'github') io.stdout.write(formatGithub(summary));
  // In pieces: the report of a large logbook is tens of MB as one string.
  else writePretty(summary, useColor(options, io), (chunk) => io.stdout.write(chunk));
}
