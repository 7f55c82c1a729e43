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

/** A wrong flag, argument or period: exit code 2. */
export class UsageError extends EfError {}

/** The logbook cannot be opened at all (no config, unreadable config): exit code 2. */
export class ConfigError extends EfError {}

/** A bug in `ef` itself (for example the PDF engine rejecting generated code). */
export class InternalError extends EfError {}

/**
 * The machine refused: no permission, a read-only or full disk, a folder in use by
 * another run. Not a bug in ef and not a mistake in the logbook: exit code 2, with
 * the path, in Dutch.
 */
export class EnvironmentError extends EfError {}

// errno codes that describe the environment, with what they mean for the user.
const ENVIRONMENT_CODES: Readonly<Record<string, string>> = {
  EACCES: 'geen toestemming (rechten)',
  EPERM: 'geen toestemming (rechten)',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijfruimte (quota) is op',
  EBUSY: 'het bestand of de map is in gebruik',
  ETXTBSY: 'het bestand is in gebruik',
  EMFILE: 'er staan te veel bestanden tegelijk open',
  ENFILE: 'er staan te veel bestanden tegelijk open',
  ENOTDIR: 'een deel van het pad is geen map',
  EISDIR: 'het is een map',
  ENAMETOOLONG: 'het pad is te lang',
  ELOOP: 'het pad bevat een symbolische koppeling (symlink) die ef niet volgt',
  EIO: 'de schijf gaf een lees- of schrijffout',
  EEXIST: 'er staat al iets met die naam',
  ENOENT: 'de map of het bestand bestaat niet (meer)',
  ENXIO: 'het is geen gewoon bestand',
};

/**
 * A thrown file-system error as an EnvironmentError (`Kan <pad> niet <verb>: …`),
 * or undefined when it is something else.
 */
export function environmentErrorOf(error: unknown, verb = 'gebruiken'): EnvironmentError | undefined {
  if (error instanceof EnvironmentError) return error;
  const { code, path, dest } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !(code in ENVIRONMENT_CODES)) return undefined;
  // Without a path the error is not about a file ef touched; leave it to the bug report.
  const where = dest ?? path;
  if (where === undefined) return undefined;
  return new EnvironmentError(`Kan ${where} niet ${verb}: ${ENVIRONMENT_CODES[code]} (${code}).`, {
    hint: hintFor(code),
    cause: error,
  });
}

function hintFor(code: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'Maak ruimte vrij op de schijf, of kies met --out een andere map.';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'Kies met --out een map waarin je mag schrijven, of vraag de beheerder van de machine om rechten.';
  }
  return 'Dit ligt aan de machine, niet aan je logboek of aan ef. Los het op en probeer het opnieuw.';
}
