// npm run bench: ef against its floors, side by side in one run, alternating (paired),
// medians of several runs. Prints one table and writes bench/RESULTS.md, including
// which targets of the performance issue are met.
//
//   node bench/run.mjs [--runs N] [--quick] [--full] [--skip-pdf]
//
//   --runs N    paired runs per measure (default 3; the start-up rows take at least 15); the median counts
//   --quick     one run each (unless --runs says otherwise), and logbooks of a fifth of the size (2,000 and 1,000
//               sessions instead of 10,000 and 5,000): a smoke test, not a verdict
//   --full      adds the 100,000-session logbook (about 500 MB on disk; minutes)
//   --skip-pdf  leaves out the PDF row (Typst is the slowest part)
//
// Every "× floor" compares with a floor measured in the same run, alternating with
// the command it is compared to, so that load from other work on the machine hits
// both alike. The floor of a logbook is reading every file and parsing its
// frontmatter with `yaml.parseDocument` (bench/floor.mjs), nothing else; the floor
// of start-up is `node -e 0`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, generateManyKeys } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..');
// What npm links as `ef` (package.json's bin): what a user's `ef` and `npx ef` run.
const bin = join(project, JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).bin.ef);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const quick = args.includes('--quick');
const full = args.includes('--full');
const skipPdf = args.includes('--skip-pdf');
const runs = Number(option('--runs', quick ? '1' : '3'));
const scale = quick ? 5 : 1;
const work = join(tmpdir(), 'ef-bench');
const hasTime = existsSync('/usr/bin/time');
const node = process.execPath;

/**
 * Runs a command, returning wall time (ms), peak resident set (KiB) and CPU time (user +
 * system, ms, all threads), the last two via GNU time. CPU time suffers much less than
 * wall time when other work shares the machine.
 */
function measure({ cmd, args: commandArgs, cwd }) {
  return new Promise((resolve, reject) => {
    const [file, list] = hasTime ? ['/usr/bin/time', ['-f', '%M %U %S', cmd, ...commandArgs]] : [cmd, commandArgs];
    const started = performance.now();
    const child = spawn(file, list, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const [rss, user, system] = hasTime ? stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${commandArgs.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, rss, cpu: (user + system) * 1000 });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Measures commands alternately (A B A B …) so that drift hits them all alike. Returns
 * per command the median time, the highest peak RSS, and the median of the paired
 * ratios against the first command (the floor).
 */
async function paired(commands, times = runs) {
  const samples = commands.map(() => []);
  for (let run = 0; run < times; run += 1) {
    for (const [index, command] of commands.entries()) samples[index].push(await measure(command));
  }
  return samples.map((list) => ({
    ms: median(list.map((s) => s.ms)),
    cpu: median(list.map((s) => s.cpu)),
    rss: Math.max(...list.map((s) => s.rss)),
    ratio: median(list.map((s, run) => s.ms / samples[0][run].ms)),
  }));
}

const rows = [];
/** A row of the table; `check` says whether the target is met (undefined: recorded only). */
const row = (name, size, result, { versus = '', target = '', met } = {}) =>
  rows.push({ name, size, ...result, versus, target, met: met?.(result) });

const ef = (cwd, ...efArgs) => ({ cmd: node, args: [bin, ...efArgs], cwd });
const floorOf = (dir, ...extra) => ({ cmd: node, args: [join(here, 'floor.mjs'), dir, ...extra], cwd: dir });
const nodeZero = { cmd: node, args: ['-e', '0'], cwd: project };
const mib = (kib) => kib / 1024;
// The check cache trusts a file by its stat only once the file has been left alone for a
// few seconds (src/validate/cache.ts, SETTLE_MS); before that a warm check reads and
// hashes it. The warm rows measure an unchanged logbook, so the cache is filled after
// that time has passed, as it would be for a logbook that was not just written.
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_500));
mkdirSync(work, { recursive: true });
const started = performance.now();
const load = loadavg()[0];

// Start-up rows take a fraction of a second and sit close to their targets: many
// paired runs (15 at least) so that their medians settle, after one unmeasured run
// that brings ef's files into the OS cache as every later run finds them.
const startupRuns = Math.max(runs, 15);

// Start-up against bare Node.
{
  await measure(ef(project, '--help'));
  const [zero, version, help] = await paired([nodeZero, ef(project, '--version'), ef(project, '--help')], startupRuns);
  row('`node -e 0`', '', zero);
  row('`ef --version`', '', version, { versus: 'node -e 0' });
  row('`ef --help`', '', help, { versus: 'node -e 0', target: '≤ 1.5×', met: (r) => r.ratio <= 1.5 });
}

// Delft's own logbook (the repository's `logbook/`, 11 files), against `node -e 0`.
{
  const dir = join(work, 'delft');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(project, 'logbook'), dir, { recursive: true });
  await settle();
  await measure(ef(dir, 'check'));
  const out = join(work, 'delft-uit');
  const [zero, cold, warm, md] = await paired(
    [nodeZero, ef(dir, 'check', '--no-cache'), ef(dir, 'check'), ef(dir, 'report', '--format', 'md', '--out', out)],
    startupRuns,
  );
  row('`node -e 0`', 'Delft', zero);
  row('`ef check --no-cache`', 'Delft', cold, { versus: 'node -e 0', target: '≤ 2.0×', met: (r) => r.ratio <= 2.0 });
  row('`ef check` (cache)', 'Delft', warm, { versus: 'node -e 0', target: '≤ 2.0×', met: (r) => r.ratio <= 2.0 });
  row('`ef report --format md`', 'Delft', md, { versus: 'node -e 0', target: '≤ 3.0×', met: (r) => r.ratio <= 3.0 });
}

// The 1 MB frontmatter with 100,000 keys (the denial-of-service case of the safety issue).
{
  const dir = join(work, 'veel-sleutels');
  generateManyKeys(dir, 100_000);
  // The default floor is quadratic here (yaml's duplicate-key check takes minutes): compare
  // with `yaml.parseDocument` without it.
  const [floor, cold] = await paired([floorOf(dir, '--linear'), ef(dir, 'check', '--no-cache')]);
  row('floor: read + `yaml.parseDocument` (`uniqueKeys: false`)', '1 MB, 100k keys', floor);
  // Judged on CPU time: wall time on a shared machine says more about the other work.
  row('`ef check --no-cache`', '1 MB, 100k keys', cold, { versus: 'floor', target: 'well under 1 s (CPU)', met: (r) => r.cpu < 1000 });
}

// The large logbooks: about half of the sessions carry a `paradigma-diagonal` warning.
const sizes = [10_000 / scale, ...(full ? [100_000] : [])];
for (const size of sizes) {
  const dir = join(work, `logboek-${size}`);
  process.stderr.write(`logboek met ${size} sessies maken…\n`);
  generate(dir, size);
  // Fill the cache once, untimed, so that the warm runs find nothing changed.
  await settle();
  await measure(ef(dir, 'check'));
  const times = size >= 100_000 ? 1 : runs;
  const [floor, cold, warm] = await paired([floorOf(dir), ef(dir, 'check', '--no-cache'), ef(dir, 'check')], times);
  const big = size >= 100_000;
  row('floor: read + `yaml.parseDocument`', size, floor);
  row('`ef check --no-cache`', size, cold, {
    versus: 'floor',
    target: big ? 'RSS ≤ 256 MiB' : '≤ 0.5×',
    met: big ? (r) => mib(r.rss) <= 256 : (r) => r.ratio <= 0.5,
  });
  row('`ef check` (unchanged, cache)', size, warm, {
    versus: 'floor',
    target: big ? 'RSS ≤ 256 MiB' : '≤ 0.1×',
    met: big ? (r) => mib(r.rss) <= 256 : (r) => r.ratio <= 0.1,
  });
  if (!big) {
    const out = join(dir, 'uit');
    // The year holds 1,000 sessions: more than 30, so the report shows them beknopt. The
    // same report with every session in full is measured too, without a target.
    const [floorAgain, md, full] = await paired(
      [floorOf(dir), ef(dir, 'report', '--period', '2015', '--format', 'md', '--out', out), ef(dir, 'report', '--period', '2015', '--format', 'md', '--sessions', 'volledig', '--out', `${out}-volledig`)],
      times,
    );
    row('floor: read + `yaml.parseDocument`', size, floorAgain);
    row('`ef report --format md`, one year (2015)', size, md, {
      versus: 'floor',
      target: '≤ 1.0×, RSS ≤ 512 MiB',
      met: (r) => r.ratio <= 1.0 && mib(r.rss) <= 512,
    });
    row('`ef report --format md --sessions volledig`, one year (2015)', size, full, { versus: 'floor' });
  }
}

if (!skipPdf) {
  const size = 5_000 / scale;
  const dir = join(work, `logboek-${size}`);
  generate(dir, size);
  const out = join(dir, 'uit-pdf');
  const [pdf] = await paired([ef(dir, 'report', '--period', '2015-Q1', '--format', 'pdf', '--out', out)], Math.min(runs, 3));
  row('`ef report --format pdf`, one quarter (2015-Q1)', size, pdf, {
    target: '≤ 5 s, RSS ≤ 512 MiB',
    met: (r) => r.ms <= 5000 && mib(r.rss) <= 512,
  });
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown processor'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const status = (r) => (r.met === undefined ? '' : r.met ? 'met' : '**missed**');
const lines = [
  '| measure | logbook | median | ratio (paired) | against | CPU (user + sys) | peak RSS | target | status |',
  '| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${typeof r.size === 'number' ? `${r.size.toLocaleString('en')} sessions` : r.size} | ${fmt(r.ms)} | ` +
      `${r.versus ? `${r.ratio.toFixed(2)}×` : ''} | ${r.versus} | ${Number.isNaN(r.cpu) ? 'n/a' : fmt(r.cpu)} | ${Number.isNaN(r.rss) ? 'n/a' : `${mib(r.rss).toFixed(0)} MiB`} | ${r.target} | ${status(r)} |`,
  ),
];
const table = lines.join('\n');
const missed = rows.filter((r) => r.met === false).length;
const met = rows.filter((r) => r.met === true).length;
process.stdout.write(`${table}\n`);

const notes = existsSync(join(here, 'NOTES.md')) ? (await import('node:fs')).readFileSync(join(here, 'NOTES.md'), 'utf8') : '';
writeFileSync(
  join(here, 'RESULTS.md'),
  [
    '# Benchmark results',
    '',
    '_Written by `bench/run.mjs`; do not edit by hand. The explanations below the table come from `bench/NOTES.md`._',
    '',
    `Machine: ${machine}. Load average at the start: ${load.toFixed(1)} on ${cpu.length} cores.`,
    `Command: \`npm run bench --${args.length > 0 ? ` ${args.join(' ')}` : ''}\` (${runs} paired run${runs === 1 ? '' : 's'} per measure, ${startupRuns} for the start-up rows, ` +
      `${((performance.now() - started) / 60_000).toFixed(1)} minutes in all).`,
    '',
    'Other work shared the two cores during this run (see the load average), so absolute',
    'times are noisy and often far above what an idle machine gives: read the paired ratios',
    '(each run of a command divided by the floor run right before it, median of those),',
    'which both sides of a pair suffer alike, and the CPU time, which load disturbs less.',
    'Start-up ratios against `node -e 0` suffer most: under load every process start is slow.',
    '',
    table,
    '',
    `Targets in this run: ${met} met, ${missed} missed${quick ? ' (a --quick run on smaller logbooks: a smoke test, not a verdict)' : ''}${full ? '' : '; the 100,000-session rows need `--full`'}.`,
    '',
    notes.trim(),
    '',
  ].join('\n'),
);
