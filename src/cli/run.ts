// Where every thrown error ends: it becomes an exit code and a Dutch message. Commands
// catch only what they turn into something else (a cancelled prompt, a port in use).
import { CommanderError } from '@commander-js/extra-typings';
import { ConfigError, EfError, environmentErrorOf, InternalError, UsageError } from '../core/errors.js';
import { HiddenNameError } from '../privacy/hidden-name-error.js';
import { escapeControls, escapeForLog } from '../core/escape.js';
import type { Io } from '../core/io.js';
import { buildProgram, unknownCommandAsked } from './program.js';
import { translateCommanderError } from './translate.js';

export interface RunOptions extends Io {
  /** Arguments after the program name, e.g. ['check', '--format', 'json']. */
  readonly argv: readonly string[];
}

export async function run(options: RunOptions): Promise<number> {
  const state = { exitCode: 0 };
  const program = buildProgram(options, state);
  const unknown = unknownCommandAsked(program, options.argv);
  if (unknown !== undefined) {
    options.stderr.write(unknown);
    return 2;
  }
  try {
    await program.parseAsync([...options.argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    return handleError(error, options);
  }
}

function handleError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0; `ef` alone printed the help and ends with 2.
    const text = translateCommanderError(error);
    if (text !== undefined) io.stderr.write(escapeControls(text, { newlines: true }));
    return error.exitCode === 0 ? 0 : 2;
  }
  // Messages may quote a path or a value from a file: never raw control characters,
  // and on GitHub Actions never a line that reads as a workflow command.
  const print = (text: string) => io.stderr.write(`${escapeForLog(text, io.env)}\n`);
  if (error instanceof HiddenNameError) {
    // Not a crash: ef refuses to publish a name without consent. Exit code 1, as for errors in the logbook.
    print(`ef: ${error.message}`);
    if (error.hint) print(error.hint);
    return 1;
  }
  const known = error instanceof UsageError || error instanceof ConfigError ? error : environmentErrorOf(error);
  if (known) {
    print(`ef: ${known.message}`);
    if (known.hint) print(known.hint);
    return 2;
  }
  const debug = io.env['EF_DEBUG'] === '1';
  const detail = error instanceof Error ? error.message : String(error);
  const label = error instanceof InternalError || !(error instanceof EfError) ? 'interne fout' : 'fout';
  print(
    `ef: ${label}: ${detail}\n` +
      'Dit is een fout in ef zelf, niet in je logboek. Meld het alsjeblieft aan de beheerders van ef, ' +
      'met de opdracht die je gaf en deze melding (zet EF_DEBUG=1 voor meer details).',
  );
  if (debug && error instanceof Error && error.stack) print(error.stack);
  return 2;
}
