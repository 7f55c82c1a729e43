// npm run build: bundles src/ into dist/cli/ with esbuild (code splitting, ES modules).
//
// Why a bundle: for a small logbook most of ef's time went to loading modules, not to
// work: `ef report --format md` loaded about 380 modules (one resolve, stat, read and
// compile each). A bundle loads a handful of chunks instead. The dynamic `import()`s of
// src/ (one per command, the renderers, the cross-file rules) stay chunk boundaries, so
// each command still loads only what it uses.
//
// What the layout keeps working:
//   - bin/ef.cjs (npm's `ef`) and bin/ef load dist/cli/start.cjs, which runs dist/cli/bin.js (the ES modules) or
//     dist/cli/ef.cjs (the same command line as one script, for V8's code cache on Node
//     20; see src/cli/start.ts and src/cli/code-cache.ts).
//   - Every chunk lives in dist/cli/, two levels below the package root like the old
//     dist/cli/*.js, so `new URL('../../package.json', import.meta.url)` and
//     `../../templates/` still point at the package.
//   - The check worker is its own entry, dist/cli/check-worker.js, next to the chunk
//     that starts it (`new URL('./check-worker.js', import.meta.url)`).
//   - scripts/docs.mjs imports dist/cli/rules-doc.js, an entry of its own.
//   - The native Typst compiler and the prompts of `ef new` stay normal package imports
//     (see `external`); the fonts are found with require.resolve at run time, as before.
//   - Source maps (dist/cli/*.js.map) map stack traces back to src/ when Node runs with
//     --enable-source-maps (EF_DEBUG=1 turns that on in src/cli/start.ts; it costs start-up).
//
// Types are not checked here: `npm run typecheck` (tsc) does that, in CI and before a commit.
// EF_BUILD_META=file.json writes esbuild's metafile: which source ends up in which chunk.
// The same sources give the same bytes from any checkout (no machine paths in the output).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');

/**
 * src/load/body.ts and src/load/yaml-library.ts load remark and yaml synchronously on
 * first use, with a module-level `const require = createRequire(import.meta.url)`.
 * Without that line, their `require('…')` calls are esbuild's own: the library is
 * bundled, and esbuild evaluates it only when the require runs (lazy, as before).
 */
const LAZY_REQUIRE = 'const require = createRequire(import.meta.url);\n';
const LAZY_FILES = ['src/load/body.ts', 'src/load/yaml-library.ts'];

const lazyRequire = {
  name: 'lazy-require',
  setup(on) {
    const seen = new Set();
    on.onLoad({ filter: /[\\/]src[\\/]load[\\/](body|yaml-library)\.ts$/ }, async (args) => {
      const path = relative(root, args.path).replaceAll('\\', '/');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(LAZY_REQUIRE)) {
        return { errors: [{ text: `${path} no longer has the line "${LAZY_REQUIRE.trim()}" that the bundle replaces (see scripts/build.mjs)` }] };
      }
      seen.add(path);
      return { contents: source.replace(LAZY_REQUIRE, '\n'), loader: 'ts' };
    });
    on.onEnd((result) => {
      const missing = LAZY_FILES.filter((path) => !seen.has(path));
      if (result.errors.length === 0 && missing.length > 0) {
        result.errors.push({ text: `not bundled as lazy requires: ${missing.join(', ')}` });
      }
    });
  },
};

/**
 * Zod exports every translation of its error messages (`z.locales`, about 360 kB, half of
 * Zod); ef uses none of them (it writes its own Dutch messages) and Zod's default,
 * English, is imported by Zod itself. Only that one stays in the bundle.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(on) {
    on.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)) return undefined;
      // A name without the build machine's folders: it ends up in a comment of the bundle.
      return { path: 'zod/v4/locales/index.js', namespace: 'zod-english-only', pluginData: join(args.resolveDir, '../locales') };
    });
    on.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

/**
 * commander loads child_process when it is loaded, for subcommands that are programs of
 * their own; ef has none. With net, dgram and their streams that was a few per cent of
 * a small command's start-up, so commander gets it on first use instead.
 */
const commanderLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(on) {
    on.onResolve({ filter: /^node:child_process$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)) return undefined;
      return { path: 'commander-child-process', namespace: 'ef-lazy' };
    });
    on.onLoad({ filter: /.*/, namespace: 'ef-lazy' }, () => ({
      contents: "let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

/** What every build below shares. */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Loaded from node_modules at run time: the Typst compiler is a .node binary, and the
  // prompts of `ef new` (interactive only, where start-up does not count) would add
  // about 1 MB to the package, mostly character-set tables.
  external: ['@myriaddreamin/typst-ts-node-compiler', '@inquirer/prompts'],
  // CommonJS dependencies (commander, yaml) call require() for Node's own modules; an
  // ES module has no require, so every chunk gets one.
  banner: { js: "import { createRequire as __efCreateRequire } from 'node:module';\nconst require = __efCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [lazyRequire, zodEnglishOnly, commanderLazyChildProcess],
  logLevel: 'warning',
  metafile: true,
};

await rm(join(root, 'dist'), { recursive: true, force: true });
// The command line, split at its dynamic imports (a chunk per command, the renderers,
// the cross-file rules, …). The check worker is an entry of the same build: what it
// shares with the in-process check is one set of chunks on disk.
const cli = await build({
  ...common,
  entryPoints: [
    { in: 'src/cli/bin.ts', out: 'bin' },
    // validate/parallel.ts starts it with `new URL('./check-worker.js', import.meta.url)`.
    { in: 'src/validate/check-worker.ts', out: 'check-worker' },
  ],
  splitting: true,
  chunkNames: '[name]-[hash]',
});
// The same command line as one CommonJS script, for Node 20, which keeps no compiled code
// of ES modules between runs but can for a script (src/cli/code-cache.ts). Its dynamic
// imports are bundled in (evaluated on first use, as the chunks are).
/**
 * A CommonJS build: `import.meta.url` becomes the file's own URL, in the same folder as
 * the chunks, so the relative URLs of src/ (package.json, templates/, check-worker.js)
 * point where they do in the chunks. The ES
 * modules carry the source maps (EF_DEBUG=1 runs those).
 */
const commonJs = {
  ...common,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__efScriptUrl' },
  banner: { js: "const __efScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: false,
};
const script = await build({
  ...commonJs,
  entryPoints: [{ in: 'src/cli/bin.ts', out: 'ef' }],
  // A script run by vm.Script has no loader for import(): the remaining ones (the prompts
  // of `ef new`, which are ES modules) become require(), which Node >= 20.19 can do for them.
  supported: { 'dynamic-import': false },
  // Without whitespace and comments the script is a third smaller and plain ASCII (esbuild
  // escapes the rest), which Node reads into a string without decoding UTF-8; names stay.
  minifyWhitespace: true,
});
// What bin/ef.cjs and bin/ef load: chooses between the ES modules and the script above
// (src/cli/start.ts). CommonJS too, so that a command never starts the ES module loader;
// its one `import()` (of the ES modules) stays Node's own.
const start = await build({ ...commonJs, entryPoints: [{ in: 'src/cli/start.ts', out: 'start' }] });
// For `npm run docs` (scripts/docs.mjs), not for the command line: a whole file of its
// own, so that it adds no shared chunks to the command line's.
const whole = await build({ ...common, entryPoints: [{ in: 'src/diagnostics/rules-doc.ts', out: 'rules-doc' }] });
if (process.env.EF_BUILD_META) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.EF_BUILD_META, JSON.stringify({ inputs: { ...cli.metafile.inputs, ...script.metafile.inputs, ...start.metafile.inputs, ...whole.metafile.inputs }, outputs: { ...cli.metafile.outputs, ...script.metafile.outputs, ...start.metafile.outputs, ...whole.metafile.outputs } }));
}
