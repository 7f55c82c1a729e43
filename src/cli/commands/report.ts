// ef report: load a valid logbook → resolve the period → compile → render → write.
import { basename, dirname, join, resolve } from 'node:path';
import { compileRapportage } from '../../compile/rapportage.js';
import { renderChecked } from '../../publish/render-checked.js';
import { UsageError } from '../../core/errors.js';
import { PERIOD_FORMS } from '../../core/period.js';
import { resolvePeriod, type ResolvedPeriod } from '../../model/resolve-period.js';
import type { Logbook } from '../../model/types.js';
import type { Audience, RenderDocument } from '../../compile/document.js';
import type { SessieWeergave } from '../../compile/sessie-weergave.js';
import { documentFiles, outputFailure, parseFormats, writeOutputs, type Format, type RenderedDocument } from '../../publish/write-outputs.js';
import { escapeForLog } from '../../core/escape.js';
import type { Io } from '../../core/io.js';
import { loadValidLogbook } from '../valid-logbook.js';
import { progressFor } from '../progress.js';
import { displayPath } from '../../core/paths.js';

export interface OutputOptions {
  readonly root?: string;
  readonly format?: string;
  readonly out?: string;
  readonly audience?: Audience;
  readonly quiet?: boolean;
}

export interface ReportOptions extends OutputOptions {
  readonly period?: string;
  readonly sessions?: SessieWeergave;
}

export async function report(options: ReportOptions, io: Io): Promise<number> {
  return publish(options, io, (logbook, audience) =>
    compileRapportage(logbook, reportPeriod(options.period, logbook), audience, { sessies: options.sessions }),
  );
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
  const loaded = await loadModel(options, io);
  if (typeof loaded === 'number') return loaded;
  const rendered = await renderChecked(loaded.logbook, loaded.root, io.cwd, audience, compile, formats, progressFor(io, options.quiet));
  await writeDocuments(options, io, loaded.root, [rendered]);
  return 0;
}

/**
 * The model and the root, or the exit code. Only these go on: the validated files with
 * their messages and raw frontmatter (a large share of the memory of a large logbook)
 * are no longer reachable while the document is compiled and rendered.
 */
async function loadModel(options: OutputOptions, io: Io): Promise<{ logbook: Logbook; root: string } | number> {
  const loaded = await loadValidLogbook({ root: options.root }, io);
  return loaded.ok ? { logbook: loaded.logbook, root: loaded.validated.root } : loaded.exitCode;
}


/**
 * The one way report, logbook and card publish: into `--out` or the default folder,
 * through writeOutputs (its folder guard, lock and atomic writes), then the paths
 * written, one a line.
 */
export async function writeDocuments(
  options: Pick<OutputOptions, 'out'>,
  io: Io,
  root: string,
  rendered: readonly RenderedDocument[],
): Promise<void> {
  // A PDF that failed: the other formats are still written, then the error names it.
  // Only a PDF was asked: nothing to write (not even its charts).
  const failure = rendered.map(outputFailure).find((error) => error !== undefined);
  if (failure && rendered.every((document) => documentFiles(document).length === 0)) throw failure;
  const chosen = options.out !== undefined;
  const dir = options.out !== undefined ? resolve(io.cwd, options.out) : defaultOut(root);
  const written = await writeOutputs({ dir, root, chosen }, rendered, {
    onWait: (pid) =>
      io.stderr.write(
        escapeForLog(`ef wacht: een andere run van ef${pid === undefined ? '' : ` (proces ${pid})`} schrijft nu in ${displayPath(dir, io.cwd)}.`, io.env) + '\n',
      ),
  });
  for (const path of written) io.stdout.write(`${escapeForLog(displayPath(path, io.cwd), io.env)}\n`);
  if (failure) throw failure;
}

/** reports/ next to the logbook: beside a `logbook/` folder (this repository), else inside the logbook. */
export function defaultOut(root: string): string {
  return basename(root) === 'logbook' ? join(dirname(root), 'reports') : join(root, 'reports');
}
