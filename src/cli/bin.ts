// The process boundary: the only file that touches process.argv, exit codes and real streams.
import { run } from './run.js';

// `ef check | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// No top-level await: the same file is also bundled as a CommonJS script (scripts/build.mjs).
void run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Only `ef new` in a terminal reads it; creating the stream costs start-up (a TTY or pipe).
  get stdin() {
    return process.stdin;
  },
}).then((exitCode) => {
  process.exitCode = exitCode;
});
