// Everything a command may touch of the outside world, passed in so that the same
// command runs in-process in tests and as a real process.
export interface Writable {
  write(chunk: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export interface Io {
  readonly cwd: string;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin?: NodeJS.ReadableStream | undefined;
}
