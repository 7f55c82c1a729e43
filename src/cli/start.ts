// What `ef` runs (bin/ef.cjs, which npm links as `ef`, and bin/ef): the command line,
// compiled as little as possible. Built as CommonJS (dist/cli/start.cjs), so that a
// command on Node 20 never starts Node's ES module loader.
//
// Node 22.1+ keeps V8's compiled code of ES modules between runs (its compile cache,
// turned on here), so there the ES module bundle runs (dist/cli/bin.js, split per
// command). Node 20 has no such cache: there the same command line, bundled as one
// CommonJS script (dist/cli/ef.cjs), runs with V8's code cache (code-cache.ts).
// EF_DEBUG=1 takes the ES modules everywhere, with source maps.
//
// `ef`, `ef --help` and `ef --version` name no command and take the ES modules too: they
// load a few small chunks, where the script must be read whole.
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeCacheRoot, commandOf, runWithCodeCache } from './code-cache.js';

/**
 * ef needs Node 20.19 or later (package.json `engines`): it requires ES modules, reads
 * Node's own modules on first use and checks PNGs with zlib.crc32. On an older Node
 * something would fail halfway with a stack trace; say it at once, in Dutch.
 */
function nodeTooOld(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 20 || (major === 20 && minor < 19);
}

if (nodeTooOld(process.versions.node)) {
  process.stderr.write(
    `ef: deze computer heeft Node ${process.versions.node}; ef heeft Node 20.19 of nieuwer nodig. ` +
      'Installeer een nieuwere Node (https://nodejs.org, de LTS-versie) en probeer het opnieuw.\n',
  );
  process.exit(2);
}

const { enableCompileCache } = module as { enableCompileCache?: () => unknown };
// Node 22.1 and later keep V8's compiled code between runs (in the system's temporary
// folder), as npm and tsc do.
enableCompileCache?.();
const debug = process.env.EF_DEBUG === '1';
// EF_DEBUG=1 maps stack traces back to src/ with the bundle's source maps; that costs
// start-up, so only then.
if (debug) process.setSourceMapsEnabled(true);

const argv = process.argv.slice(2);
const command = commandOf(argv);
if (debug || enableCompileCache !== undefined || command === undefined || command === 'help') {
  // Not a literal: the bundler must leave this import to Node.
  const entry = new URL('./bin.js', import.meta.url).href;
  void import(entry);
} else {
  const script = fileURLToPath(new URL('./ef.cjs', import.meta.url));
  runWithCodeCache(script, codeCacheRoot(script, process.env), argv);
}
