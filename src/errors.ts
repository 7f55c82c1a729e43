// Errors that are thrown: misuse of the CLI or a broken environment. Problems in a
// user's logbook files never throw; they become located messages on the file.

export class EfError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** A wrong flag, argument or period: exit code 2, with the command's help. */
export class UsageError extends EfError {}

/** The logbook cannot be opened at all (no config, unreadable config): exit code 2. */
export class ConfigError extends EfError {}

/** A bug in `ef` itself (for example the PDF engine rejecting generated code). */
export class InternalError extends EfError {}
