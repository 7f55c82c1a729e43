// Runs the CommonJS bundle of the command line (dist/cli/ef.cjs) with V8's code cache.
//
// Why: on a small logbook most of a command's time is V8 compiling ef's code, not ef's
// work: `ef check` on Delft's eleven files took 3.1× `node -e 0`, and 2.1× with the
// compiled code of an earlier run. Node 22.1+ keeps that cache itself
// (module.enableCompileCache in start.ts, for ES modules); Node 20 has no such cache, but
// `vm.Script` takes and makes V8's cached data for a script, so the bundle is also built
// as one script (scripts/build.mjs).
//
// The cache lives in ef's own installation (dist/code-cache/, next to the code it was
// made from): whoever can write there can change ef's code anyway, so it trusts no one
// new, and a new build or install (which replaces dist/) starts it afresh. It is used
// only when the folder is the user's own and not writable by others, and written
// atomically. Anything odd (a read-only installation, a damaged file) means running
// without it; V8 itself rejects data made by another V8 version, other flags or
// another source. EF_CODE_CACHE=0 turns it off.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** Cached data above this size is not ours (a whole run's code is about 1.5 MB). */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;
const PREFIX = 'code-';

/** The folder for the cache of the script at `bundle`, or undefined when turned off (`EF_CODE_CACHE=0`). */
export function codeCacheRoot(bundle: string, env: NodeJS.ProcessEnv): string | undefined {
  const own = env.EF_CODE_CACHE;
  if (own === '0' || own === 'uit' || own === 'off') return undefined;
  return own || join(dirname(bundle), '..', 'code-cache');
}

/**
 * The file for this bundle, this Node and this command. A command keeps its own file:
 * V8's data holds the functions a run compiled, and `ef check` compiles other ones than
 * `ef report`.
 */
export function codeCacheFile(root: string, bundle: { size: number; mtimeMs: number }, argv: readonly string[]): string {
  const version = `${PREFIX}${bundle.size}-${Math.trunc(bundle.mtimeMs)}-${process.version}-${process.arch}`;
  const command = commandOf(argv)?.replace(/[^a-z-]/g, '') || 'ef';
  return join(root, version, `${command.slice(0, 40)}.bin`);
}

/** The command a command line names (`check` in `ef --root x check --no-cache`), if any. */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((arg, index) => !arg.startsWith('-') && argv[index - 1] !== '--root');
}

/** Runs the script at `file` as CommonJS, with the cache in `root` when it can. */
export function runWithCodeCache(file: string, root: string | undefined, argv: readonly string[]): void {
  const source = readScript(file);
  const cacheFile = root === undefined ? undefined : cacheFileFor(file, root, argv);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // After the run, so that the data holds the functions it compiled, not only the top level.
    // Not after a usage error (exit code 2): `ef chekc` names no command worth a file.
    process.once('exit', (code) => {
      if (code !== 2) writeCache(cacheFile, script);
    });
  }
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

/** The script's text; the build makes it plain ASCII, which needs no UTF-8 decoding. */
function readScript(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

function cacheFileFor(file: string, root: string, argv: readonly string[]): string | undefined {
  try {
    const target = codeCacheFile(root, statSync(file), argv);
    return ownPrivateFolder(root) && ownPrivateFolder(dirname(target)) ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the folder (only for this user) and says whether it is this user's alone. */
function ownPrivateFolder(folder: string): boolean {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = statSync(folder);
  if (!stat.isDirectory()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

function readCache(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size === 0 || stat.size > MAX_CACHE_BYTES) return undefined;
    if (process.platform !== 'win32' && typeof process.getuid === 'function' && stat.uid !== process.getuid()) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeCache(path: string, script: vm.Script): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    removeOlderVersions(dirname(dirname(path)), dirname(path));
    writeFileSync(temp, script.createCachedData(), { flag: 'wx', mode: 0o600 });
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}

/**
 * Caches of other ef builds or Node versions, once unused for a month. (Not at once:
 * installs of ef that share a folder through EF_CODE_CACHE would remove each other's.)
 */
function removeOlderVersions(root: string, current: string): void {
  const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (name.startsWith(PREFIX) && path !== current && statSync(path).mtimeMs < monthAgo) rmSync(path, { recursive: true, force: true });
  }
}
