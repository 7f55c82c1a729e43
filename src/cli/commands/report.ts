// ef report: load a valid logbook → resolve the period → compile → render → write.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileReport } from '../../compile/report.js';
import { UsageError } from '../../errors.js';
import { PERIOD_FORMS } from '../../model/period.js';
import { resolvePeriod, type ResolvedPeriod } from '../../model/resolve-period.js';
import type { Logbook } from '../../model/types.js';
import { FOLDERS } from '../../validate/schemas/kinds.js';
import type { Audience, RenderDocument } from '../../render/document.js';
import { parseFormats, renderDocument, writeOutputs, type Format } from '../../render/write-outputs.js';
import type { Io } from '../io.js';
import { loadValidLogbook } from '../valid-logbook.js';
import { progressFor } from '../progress.js';

export interface OutputOptions {
  readonly root?: string;
  readonly format?: string;
  readonly out?: string;
  readonly audience?: Audience;
  readonly quiet?: boolean;
}

export interface ReportOptions extends OutputOptions {
  readonly period?: string;
}

export async function report(options: ReportOptions, io: Io): Promise<number> {
  return publish(options, io, (logbook, audience) => compileReport(logbook, reportPeriod(options.period, logbook), audience));
}

/** The period asked for, or else the period of the latest rapportage. */
function reportPeriod(asked: string | undefined, logbook: Logbook): ResolvedPeriod {
  if (asked !== undefined) return resolvePeriod(asked, logbook);
  const latest = logbook.rapportages[logbook.rapportages.length - 1];
  if (!latest) {
    throw new UsageError(
      `Dit logboek heeft nog geen rapportage; geef met --period aan over welke periode het gaat. Dit kan:\n${PERIOD_FORMS.map((form) => `  ${form}`).join('\n')}`,
    );
  }
  return resolvePeriod(latest.id, logbook);
}

/**
 * What `ef report` and `ef logbook` share: check the options, refuse a logbook with
 * errors, compile, render every format in memory, and only then write.
 */
export async function publish(
  options: OutputOptions,
  io: Io,
  compile: (logbook: Logbook, audience: Audience) => RenderDocument,
): Promise<number> {
  const formats: Format[] = parseFormats(options.format);
  const audience: Audience = options.audience ?? 'intern';
  const loaded = await loadValidLogbook({ root: options.root }, io);
  if (!loaded.ok) return loaded.exitCode;
  const doc = compile(loaded.logbook, audience);
  const rendered = await renderDocument(doc, formats, progressFor(io, options.quiet));
  const outDir = options.out !== undefined ? resolve(io.cwd, options.out) : defaultOut(loaded.validated.root);
  refuseSourceFolder(outDir, loaded.validated.root);
  const written = await writeOutputs(outDir, [rendered]);
  for (const path of written) io.stdout.write(`${displayPath(io.cwd, path)}\n`);
  return 0;
}

/** reports/ next to the logbook: beside a `logbook/` folder (this repository), else inside the logbook. */
export function defaultOut(root: string): string {
  return basename(root) === 'logbook' ? join(dirname(root), 'reports') : join(root, 'reports');
}

/** Reports never go into a folder of the logbook's own files: they would become files of the logbook. */
function refuseSourceFolder(outDir: string, root: string): void {
  for (const folder of Object.values(FOLDERS)) {
    const inside = relative(join(root, folder), outDir);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new UsageError(`--out wijst naar ${folder}/ van het logboek; daar horen alleen bestanden van het logboek. Kies een andere map (standaard: reports/).`);
    }
  }
}

function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/');
}
