// ef new <soort>, ef new-session, ef new-case: flags (and on a terminal, questions) → a new file.
import { UsageError } from '../../core/errors.js';
import type { Kind } from '../../validate/schemas/kinds.js';
import { loadScaffoldContext, type ScaffoldContext } from '../../scaffold/context.js';
import { createFile } from '../../scaffold/create.js';
import { completeDraft, missingFlags, parseFlags, relativeFilePath, type Draft, type FlagValues } from '../../scaffold/draft.js';
import { findExisting } from '../../scaffold/find-existing.js';
import { checkCasus } from '../../scaffold/values.js';
import { displayPath } from '../../core/paths.js';
import { basename, dirname, join } from 'node:path';
import { FLAGS, KIND_SPECS, SCAFFOLD_KINDS, kindFromArgument, type Flag } from '../../scaffold/kinds.js';
import { efInvocation } from '../../scaffold/next-steps.js';
import { openInEditor } from '../../scaffold/open-editor.js';
import { today } from '../../scaffold/today.js';
import { didYouMean } from '../../validate/suggest.js';
import type { Io } from '../../core/io.js';
import { interactiveStreams, reportCancelled } from '../../scaffold/terminal.js';
import { opsomming } from '../../core/dutch.js';

export interface NewOptions extends FlagValues {
  readonly root?: string;
  readonly force?: boolean;
  readonly open?: boolean;
  /** False with --no-input: never ask, even on a terminal. */
  readonly input?: boolean;
}

export async function newFile(kindText: string, options: NewOptions, io: Io): Promise<number> {
  const kind = kindFromArgument(kindText);
  if (!kind) {
    throw new UsageError(
      `Onbekende soort "${kindText}". Kies uit: ${SCAFFOLD_KINDS.join(', ')}.${didYouMean(kindText, SCAFFOLD_KINDS)}`,
      { hint: 'Bijvoorbeeld: ef new sessie, ef new casus of ef new activiteit.' },
    );
  }
  const todayIso = today(io.env);
  const context = await loadScaffoldContext(io.cwd, options.root);
  const streams = interactiveStreams(options, io);
  const flags = flagValues(options);
  // On a terminal an unknown case is not an error: ef offers to create it.
  let unknownCasus: string | undefined;
  if (streams && kind === 'sessie' && typeof flags.casus === 'string' && !checkCasus(flags.casus, context.casussen).ok) {
    unknownCasus = flags.casus.trim();
    delete flags.casus;
  }
  const { draft, problems } = parseFlags(kind, flags, context, todayIso);
  if (problems.length > 0) throw new UsageError(listProblems(problems));

  let answers = draft;
  if (streams) {
    const { askMissing, PromptCancelled } = await import('../../scaffold/prompt.js');
    try {
      answers = await askMissing(kind, draft, context, todayIso, streams, (partial) => existingFile(kind, partial, context), unknownCasus);
    } catch (error) {
      if (error instanceof PromptCancelled) return reportCancelled(io);
      throw error;
    }
  } else {
    const missing = missingFlags(kind, draft);
    if (missing.length > 0) throw missingError(kind, missing, context);
  }

  if (answers.nieuweCasus !== undefined) {
    const casus = await createFile('casus', completeDraft('casus', { ...answers.nieuweCasus }, context, todayIso), context);
    if (casus.status === 'created') io.stdout.write(`Nieuwe casus: ${casus.shown} (vul de criteria en SDG's daar nog in)\n`);
  }
  const result = await createFile(kind, completeDraft(kind, answers, context, todayIso), context, { force: options.force });
  if (result.status === 'exists') {
    io.stderr.write(
      `ef: ${result.existing} bestaat al; er is niets overschreven.\n` +
        'Kies een andere titel (of datum), of gebruik --force om het bestand te vervangen.\n',
    );
    return 1;
  }

  io.stdout.write(`Nieuw bestand: ${result.shown}\n`);
  // Commands in the steps are written as the user started ef, so they work when typed.
  const invocation = efInvocation(io.env);
  if (result.steps.length > 0) {
    const steps = result.steps.map((step) => step.replaceAll('`ef ', `\`${invocation} `));
    io.stdout.write(`\nVul nu nog in:\n${steps.map((step) => `  - ${step}\n`).join('')}`);
  }
  io.stdout.write(`\nControleer het bestand daarna met: ${invocation} check ${result.shown}\n`);

  if (options.open === true) {
    const opened = await openInEditor(result.path, io.env);
    if (opened.status === 'no-editor') {
      io.stderr.write('ef: er is geen editor ingesteld (VISUAL of EDITOR); open het bestand zelf.\n');
    } else if (opened.status === 'failed') {
      io.stderr.write(`ef: de editor kon het bestand niet openen (${opened.reason}); open het bestand zelf.\n`);
    }
  }
  return 0;
}

/** The file a new one with this title (and date) would collide with, shown relative to cwd. */
async function existingFile(kind: Kind, draft: Draft, context: ScaffoldContext): Promise<string | undefined> {
  const path = join(context.root, relativeFilePath(kind, draft));
  const found = await findExisting(dirname(path), basename(path));
  return found === undefined ? undefined : displayPath(join(dirname(path), found), context.cwd);
}

function flagValues(options: NewOptions): FlagValues {
  const values: FlagValues = {};
  for (const flag of FLAGS) if (options[flag] !== undefined) values[flag] = options[flag];
  return values;
}

function listProblems(problems: readonly string[]): string {
  if (problems.length === 1) return `${problems[0]} Er is niets aangemaakt.`;
  return `Er is niets aangemaakt, want:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}

function missingError(kind: Kind, missing: readonly Flag[], context: ScaffoldContext): UsageError {
  const names = missing.map((flag) => `--${flag === 'periode' ? 'period' : flag}`);
  const list = opsomming(names);
  return new UsageError(
    `Voor ${KIND_SPECS[kind].naam} ${names.length === 1 ? 'ontbreekt de optie' : 'ontbreken de opties'} ${list}. Er is niets aangemaakt.`,
    { hint: `Bijvoorbeeld: ${example(kind, context)}\nOp een terminal vraagt ef zelf wat ontbreekt (zonder --no-input).` },
  );
}

function example(kind: Kind, context: ScaffoldContext): string {
  const lid = context.config.team[0]?.naam ?? 'Naam';
  switch (kind) {
    case 'sessie':
      return `ef new-session --titel "Evaluatie van de casus" --soort evaluatie --begeleiding "${lid}"`;
    case 'casus':
      return 'ef new-case --titel "Naam van de casus" --sdg 11';
    case 'activiteit':
      return 'ef new activiteit --titel "Presentatie voor het Directieteam" --soort presentatie';
    case 'portret':
      return 'ef new portret --titel "Portret van een collega" --toestemming intern';
    case 'rapportage':
      return 'ef new rapportage --period 2021-Q2';
  }
}
