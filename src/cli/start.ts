// What bin/ef runs: the command line, compiled as little as possible.
//
// Node 22.1+ keeps V8's compiled code of ES modules between runs (the compile cache that
// bin/ef turns on), so there the ES module bundle runs (dist/cli/bin.js, split per
// command). Node 20 has no such cache: there the same command line, bundled as one
// CommonJS script (dist/cli/ef.cjs), runs with V8's code cache (code-cache.ts).
// EF_DEBUG=1 takes the ES modules everywhere, with source maps (bin/ef).
//
// `ef`, `ef --help` and `ef --version` name no command and take the ES modules too: they
// load a few small chunks, where the script must be read whole.
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeCacheRoot, commandOf, runWithCodeCache } from './code-cache.js';

const argv = process.argv.slice(2);
const command = commandOf(argv);
const esModules = process.env.EF_DEBUG === '1' || typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function' || command === undefined || command === 'help';
if (esModules) {
  // Not a literal: the bundler must leave this import to Node.
  const entry = new URL('./bin.js', import.meta.url).href;
  await import(entry);
} else {
  const script = fileURLToPath(new URL('./ef.cjs', import.meta.url));
  runWithCodeCache(script, codeCacheRoot(script, process.env), argv);
}
