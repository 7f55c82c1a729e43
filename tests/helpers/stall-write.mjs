// Loaded into a child ef with --import: the first temporary output file is written
// halfway, a marker file says so, and the process then waits to be killed. This is
// how the tests kill ef in the middle of writing a report.
import fs from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const marker = process.env.EF_TEST_STALL_MARKER;
const original = fs.writeFile;
let stalled = false;

fs.writeFile = async function stallingWriteFile(path, content, options) {
  if (!stalled && marker && String(path).endsWith('.tmp')) {
    stalled = true;
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    await original.call(fs, path, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
    writeFileSync(marker, String(path));
    await new Promise(() => {});
  }
  return original.call(fs, path, content, options);
};
syncBuiltinESMExports();
