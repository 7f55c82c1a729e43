// Loaded into a child ef with --import: records the path of every file the process
// opens for reading, and writes the list to EF_TEST_READS when it exits.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const opened = new Set();
const note = (path) => {
  if (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) opened.add(resolve(String(path instanceof URL ? path.pathname : path)));
};
const isWrite = (flags) => typeof flags === 'string' && /[wa+]/.test(flags);

for (const [target, names] of [
  [fs, ['openSync', 'readFileSync', 'open', 'readFile', 'createReadStream']],
  [fsp, ['open', 'readFile']],
]) {
  for (const name of names) {
    const original = target[name];
    target[name] = function recorded(path, flags, ...rest) {
      const mode = typeof flags === 'object' && flags !== null ? flags.flag : flags;
      if (!isWrite(mode)) note(path);
      return original.call(this, path, flags, ...rest);
    };
  }
}
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.EF_TEST_READS, [...opened].join('\n')));
