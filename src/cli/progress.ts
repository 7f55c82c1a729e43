// Progress for long builds: one line per document and format, on a terminal only.
// Silent in CI, with --quiet, and when stderr is not a terminal, so that logs and
// pipes stay clean. It writes to stderr: stdout lists the files written.
import type { Io } from '../core/io.js';

export interface Progress {
  start(name: string): void;
  done(name: string): void;
}

const SILENT: Progress = { start() {}, done() {} };

export function progressFor(io: Io, quiet: boolean | undefined): Progress {
  const ci = io.env['CI'] !== undefined && io.env['CI'] !== '' && io.env['CI'] !== 'false';
  if (quiet || ci || io.stderr.isTTY !== true) return SILENT;
  const started = new Map<string, number>();
  return {
    start(name) {
      started.set(name, performance.now());
      io.stderr.write(`  … ${name} wordt gemaakt`);
    },
    done(name) {
      const seconds = (performance.now() - (started.get(name) ?? performance.now())) / 1000;
      // \r and the erase-line code replace the "wordt gemaakt" line in place.
      io.stderr.write(`\r\u001b[2K  ✔ ${name} (${seconds.toFixed(1).replace('.', ',')} s)\n`);
    },
  };
}
