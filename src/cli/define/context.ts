// What every command definition receives from the program. Its own module, so that
// program.ts and the definitions in this folder do not import each other.
import type { Command } from 'commander';
import type { Io } from '../../core/io.js';

export interface ProgramState {
  exitCode: number;
}

export interface GlobalOptions {
  readonly root?: string;
}

/** What a command definition gets: it adds its command to `program` and sets `state.exitCode`. */
export interface DefineContext {
  readonly program: Command;
  /** Applies ef's Dutch help and error output to a (sub)command. */
  readonly configure: (command: Command) => Command;
  readonly io: Io;
  readonly state: ProgramState;
  readonly globals: () => GlobalOptions;
}
