// What every command definition receives from the program. Its own module, so that
// program.ts and the definitions in this folder do not import each other.
//
// Commands are typed with @commander-js/extra-typings rather than a Zod parse of the
// options: it infers each command's option object from the flags themselves (`--no-color`
// is `color: boolean`, a repeatable option the argParser's array, `--changed [ref]`
// `string | true`), costs nothing at run time (its JavaScript re-exports commander's own
// classes) and catches a renamed flag when compiling instead of when a user runs it. A
// Zod schema would repeat every flag by hand a second time and load zod for `ef --help`.
import type { Command, CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Io } from '../../core/io.js';

export interface ProgramState {
  exitCode: number;
}

/** The options every command accepts (see program.ts). A type, not an interface: commander's option values need an index signature. */
export type GlobalOptions = {
  readonly root?: string;
};

/** The program: no arguments of its own, `--root` for every command. */
export type ProgramCommand = Command<[], GlobalOptions>;

/** What a command definition gets: it adds its command to `program` and sets `state.exitCode`. */
export interface DefineContext {
  readonly program: ProgramCommand;
  /** Applies ef's Dutch help and error output to a (sub)command; keeps its inferred types. */
  readonly configure: <C extends CommandUnknownOpts>(command: C) => C;
  readonly io: Io;
  readonly state: ProgramState;
}

type KeyMismatch<Given, Wanted> = Exclude<keyof Given, keyof Wanted> | Exclude<keyof Wanted, keyof Given>;

/**
 * Commander's parsed options for a handler whose option type is `Wanted`. Plain assignment
 * would only compare the keys both sides have; this also fails to compile when commander
 * produces a key the handler does not read, or the handler reads a key no flag produces
 * (a renamed flag, a typo). Identity at run time.
 *
 *   await check(paths, optionsFor<CheckCommandOptions>()(command.optsWithGlobals()), io)
 */
export function optionsFor<Wanted>() {
  return <Given extends Wanted>(
    given: Given & ([KeyMismatch<Given, Wanted>] extends [never] ? unknown : { readonly 'keys that differ': KeyMismatch<Given, Wanted> }),
  ): Wanted => given;
}
