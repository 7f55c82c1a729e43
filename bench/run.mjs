// npm run bench: ef against its floors, side by side in one run, alternating,
// medians of several runs. Prints one table and writes bench/RESULTS.md.
//
//   node bench/run.mjs [--runs N] [--sizes 1000,10000] [--full]
//
// --full adds the 100,000-session logbook (about 500 MB on disk, a few minutes).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..');
const bin = join(project, 'bin/ef');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const runs = Number(option('--runs', '5'));
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
if (args.includes('--full')) sizes.push(100_000);
const work = join(tmpdir(), 'ef-bench');
const hasTime = existsSync('/usr/bin/time');

/** Runs a command, returning wall time (ms) and peak resident set (KiB, via GNU time). */
function measure(command, commandArgs, cwd) {
  return new Promise((resolve, reject) => {
    const full = hasTime ? ['/usr/bin/time', ['-f', '%M', command, ...commandArgs]] : [command, commandArgs];
    const started = performance.now();
    const child = spawn(full[0], full[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const rss = hasTime ? Number(stderr.trim().split('\n').at(-1)) : NaN;
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, rss });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Measures several commands alternately (A B C A B C …) so that drift hits them all. */
async function alternate(commands, times = runs) {
  const samples = commands.map(() => []);
  for (let run = 0; run < times; run += 1) {
    for (const [index, command] of commands.entries()) {
      samples[index].push(await measure(command.cmd, command.args, command.cwd));
    }
  }
  return samples.map((list) => ({ ms: median(list.map((s) => s.ms)), rss: Math.max(...list.map((s) => s.rss)) }));
}

const rows = [];
const row = (measureName, size, result, floor, target) =>
  rows.push({ measureName, size, ms: result.ms, rss: result.rss, ratio: floor ? result.ms / floor.ms : undefined, target });

mkdirSync(work, { recursive: true });

// Start-up against bare Node.
{
  const [node, version, help] = await alternate([
    { cmd: process.execPath, args: ['-e', '0'], cwd: project },
    { cmd: process.execPath, args: [bin, '--version'], cwd: project },
    { cmd: process.execPath, args: [bin, '--help'], cwd: project },
  ], Math.max(runs, 10));
  row('`node -e 0`', '', node, node, '');
  row('`ef --version`', '', version, node, '≤ 1.6× node');
  row('`ef --help`', '', help, node, '≤ 1.6× node');
}

for (const size of sizes) {
  const dir = join(work, `logboek-${size}`);
  process.stderr.write(`logboek met ${size} sessies maken…\n`);
  generate(dir, size);
  // Fill the cache once, untimed, so that the warm runs find nothing changed.
  await measure(process.execPath, [bin, 'check'], dir);
  const floorCmd = { cmd: process.execPath, args: [join(here, 'floor.mjs'), dir], cwd: dir };
  const times = size >= 100_000 ? 1 : runs;
  const [floor, cold, warm] = await alternate(
    [
      floorCmd,
      { cmd: process.execPath, args: [bin, 'check', '--no-cache'], cwd: dir },
      { cmd: process.execPath, args: [bin, 'check'], cwd: dir },
    ],
    times,
  );
  row('floor: read + `yaml.parseDocument`', size, floor, floor, '');
  row('`ef check` cold (`--no-cache`)', size, cold, floor, size === 10_000 ? '≤ 0.5×' : '');
  row('`ef check` warm (unchanged)', size, warm, floor, size === 10_000 ? '≤ 0.1×' : size === 100_000 ? 'RSS ≤ 256 MiB' : '');

  if (size <= 10_000) {
    const year = '2015';
    const out = join(dir, 'uit');
    const [md] = await alternate([{ cmd: process.execPath, args: [bin, 'report', '--period', year, '--format', 'md', '--out', out], cwd: dir }], times);
    row(`\`ef report --format md\` (${year})`, size, md, floor, size === 10_000 ? '≤ 1.0×' : '');
  }
  if (size === 1000) {
    const out = join(dir, 'uit-pdf');
    const [pdf] = await alternate([{ cmd: process.execPath, args: [bin, 'report', '--period', '2015', '--format', 'pdf', '--out', out], cwd: dir }], Math.min(runs, 3));
    row('`ef report --format pdf` (2015)', size, pdf, floor, 'recorded');
  }
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'onbekende processor'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const lines = [
  '| measure | sessions | median | × floor | peak RSS | target |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.measureName} | ${r.size === '' ? '' : r.size.toLocaleString('en')} | ${fmt(r.ms)} | ${r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`} | ${Number.isNaN(r.rss) ? 'n/a' : `${(r.rss / 1024).toFixed(0)} MiB`} | ${r.target} |`,
  ),
];
const table = lines.join('\n');
process.stdout.write(`${table}\n`);
writeFileSync(
  join(here, 'RESULTS.md'),
  `# Benchmark results\n\nMachine: ${machine}.\nCommand: \`npm run bench -- ${args.join(' ')}\` (${runs} alternating runs per measure, median wall time; ` +
    `"× floor" compares with the floor of the same logbook size measured in the same run; start-up rows compare with \`node -e 0\`).\n\n${table}\n`,
);
