// The file system as an attacker or an accident shapes it: symbolic links out of the
// logbook, FIFOs, sockets and devices among the logbook's files, an output folder that
// leads into the logbook, into /proc or through a link. Links, FIFOs and sockets are
// made at run time in a copy of valid-minimal; where the OS cannot make one, the test
// is skipped. `buiten-het-logboek/2021-03-05-geheim.md` is a valid session outside any
// logbook: if ef followed a link to it, its marker would reach the output.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture, tempDir, type Result } from '../helpers/ef.js';

const SECRET = 'GEHEIM-BUITEN-HET-LOGBOEK';
const OUTSIDE = fixture('buiten-het-logboek/2021-03-05-geheim.md');
const posix = process.platform !== 'win32';

function logbook(): string {
  return copyToTemp(fixture('valid-minimal'));
}

async function check(root: string): Promise<Result & { json: { messages: Array<{ file: string; rule: string; message: string }> } }> {
  const result = await efInProcess(['check', '--no-cache', '--format', 'json'], { cwd: root });
  return { ...result, json: JSON.parse(result.stdout) };
}

function messagesFor(json: { messages: Array<{ file: string; rule: string; message: string }> }, file: string): string[] {
  return json.messages.filter((m) => m.file === file).map((m) => `${m.rule}: ${m.message}`);
}

describe('symbolic links in the logbook', () => {
  it('a link to a file outside the logbook is refused where it stands, and never read', async () => {
    const root = logbook();
    symlinkSync(OUTSIDE, join(root, 'sessies/2021-03-05-geheim.md'));
    const { code, json, stdout } = await check(root);
    expect(code).toBe(1);
    expect(messagesFor(json, 'sessies/2021-03-05-geheim.md')).toEqual([
      expect.stringMatching(/^read-failed: Dit is een symbolische koppeling \(symlink\) naar .*2021-03-05-geheim\.md, buiten het logboek\./),
    ]);
    expect(stdout).not.toContain(SECRET);

    const out = join(tempDir(), 'uit');
    const published = await efInProcess(['logbook', '--format', 'md,html', '--out', out], { cwd: root });
    expect(published.code).toBe(1);
    expect(published.stdout + published.stderr).not.toContain(SECRET);
    expect(existsSync(out)).toBe(false);
  });

  it('a link to a file inside the logbook is read like the file itself', async () => {
    const root = logbook();
    mkdirSync(join(root, 'archief'));
    renameSync(join(root, 'sessies/2021-03-04-moestuin.md'), join(root, 'archief/2021-03-04-moestuin.md'));
    symlinkSync('../archief/2021-03-04-moestuin.md', join(root, 'sessies/2021-03-04-moestuin.md'));
    const { code, json } = await check(root);
    expect(json.messages).toEqual([]);
    expect(code).toBe(0);
    const out = tempDir();
    expect((await efInProcess(['logbook', '--out', out], { cwd: root })).code).toBe(0);
    expect(readFileSync(join(out, 'logboek.md'), 'utf8')).toContain('Moestuin in de wijk');
  });

  it('a folder of the logbook that is a link to a folder outside it is not even listed', async () => {
    const root = logbook();
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, '2021-03-05-geheim.md'), readFileSync(OUTSIDE));
    renameSync(join(root, 'sessies'), join(root, 'oud'));
    symlinkSync(elsewhere, join(root, 'sessies'));
    const { code, json, stdout } = await check(root);
    expect(code).toBe(1);
    expect(messagesFor(json, 'sessies')).toEqual([expect.stringMatching(/^read-failed: De map sessies\/ is een symbolische koppeling \(symlink\) naar .*, buiten het logboek\./)]);
    expect(stdout).not.toContain(SECRET);
  });

  it('a link to a device is refused as a link out of the logbook', async () => {
    const root = logbook();
    symlinkSync('/dev/zero', join(root, 'sessies/2021-03-06-nul.md'));
    const { json } = await check(root);
    expect(messagesFor(json, 'sessies/2021-03-06-nul.md')).toEqual([expect.stringContaining('naar /dev/zero, buiten het logboek')]);
  });

  it('ef.config.yaml as a link is not followed: a located message, exit 2', async () => {
    const root = logbook();
    renameSync(join(root, 'ef.config.yaml'), join(root, 'echte-config.yaml'));
    symlinkSync('echte-config.yaml', join(root, 'ef.config.yaml'));
    const { code, json } = await check(root);
    expect(code).toBe(2);
    expect(messagesFor(json, 'ef.config.yaml')).toEqual([expect.stringContaining('symbolische koppeling (symlink); ef volgt die hier niet')]);
  });
});

describe.runIf(posix)('special files in the logbook', () => {
  it('a FIFO in sessies/ does not hang ef check: it is refused where it stands', async () => {
    const root = logbook();
    const fifo = join(root, 'sessies/2021-03-07-pijp.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here: nothing to test
    const { code, json } = await check(root);
    expect(code).toBe(1);
    expect(messagesFor(json, 'sessies/2021-03-07-pijp.md')).toEqual([
      'read-failed: Dit is een named pipe (FIFO), geen gewoon bestand. ef leest alleen gewone Markdown-bestanden; haal het weg uit deze map.',
    ]);
    // The in-memory pipeline of the publishing commands refuses it as well.
    const published = await efInProcess(['stats'], { cwd: root });
    expect(published.code).toBe(1);
    expect(published.stderr).toContain('named pipe (FIFO)');
  }, 20_000);

  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it('a socket in sessies/ is refused where it stands', async () => {
    const root = logbook();
    const path = join(root, 'sessies/2021-03-08-sok.md');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve));
    const { json } = await check(root);
    expect(messagesFor(json, 'sessies/2021-03-08-sok.md')).toEqual([expect.stringContaining('Dit is een socket, geen gewoon bestand.')]);
  });

  it('a folder named like a session is refused where it stands', async () => {
    const root = logbook();
    mkdirSync(join(root, 'sessies/2021-03-09-map.md'));
    const { json } = await check(root);
    expect(messagesFor(json, 'sessies/2021-03-09-map.md')).toEqual([expect.stringContaining('Dit is een map, geen gewoon bestand.')]);
  });
});

describe('a folder of the logbook that cannot be listed is reported, not skipped', () => {
  it('sessies as a file', async () => {
    const root = logbook();
    rmSync(join(root, 'sessies'), { recursive: true });
    writeFileSync(join(root, 'sessies'), 'geen map\n');
    const { code, json } = await check(root);
    expect(code).toBe(1);
    expect(messagesFor(json, 'sessies')).toEqual(['read-failed: De map sessies/ kan niet worden gelezen (het is geen map).']);
  });

  // Root may read anything: an unreadable folder is only unreadable for other users.
  it.runIf(posix && process.getuid?.() !== 0)('sessies without read permission', async () => {
    const root = logbook();
    chmodSync(join(root, 'sessies'), 0o000);
    try {
      const { code, json } = await check(root);
      expect(code).toBe(1);
      expect(messagesFor(json, 'sessies')).toEqual(['read-failed: De map sessies/ kan niet worden gelezen (geen leesrechten).']);
    } finally {
      chmodSync(join(root, 'sessies'), 0o755);
    }
  });
});

describe('the output folder', () => {
  it.runIf(posix)('--out /proc/1/x is refused at once, in Dutch', async () => {
    const result = await efInProcess(['logbook', '--out', '/proc/1/x'], { cwd: logbook() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ef: --out wijst naar /proc/1/x, in /proc: dat is geen gewone map maar een deel van het systeem. Kies een gewone map voor de uitvoer.\n',
    );
  });

  it('--out that leads into sessies/ through a link or `..` is refused: real paths are compared', async () => {
    const root = logbook();
    symlinkSync('sessies', join(root, 'uitvoer'));
    for (const out of ['uitvoer', 'casussen/../sessies/rapporten', join(root, 'uitvoer', 'diep')]) {
      const result = await efInProcess(['logbook', '--out', out], { cwd: root });
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toContain('--out wijst naar sessies/ van het logboek');
    }
    expect(readdirSync(join(root, 'sessies'))).toEqual(['2021-03-04-moestuin.md']);
  });

  it('ef card --out sessies is refused like ef report: the card never lands among the logbook files', async () => {
    const root = copyToTemp(fixture('card-publiek'));
    const before = readdirSync(join(root, 'sessies')).sort();
    const result = await efInProcess(['card', '--format', 'md,html', '--out', 'sessies'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out wijst naar sessies/ van het logboek');
    expect(readdirSync(join(root, 'sessies')).sort()).toEqual(before);
    expect((await efInProcess(['check', '--no-cache'], { cwd: root })).code).toBe(0);
  });

  it('a committed link in the output folder is never written or deleted through', async () => {
    const root = logbook();
    const out = join(root, 'reports');
    mkdirSync(out);
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'oud.svg'), '<svg/>');
    writeFileSync(join(elsewhere, 'logboek.md'), 'van iemand anders\n');
    symlinkSync(elsewhere, join(out, 'logboek-beelden'));
    let result = await efInProcess(['logbook', '--out', 'reports'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('logboek-beelden is een symbolische koppeling (symlink). ef schrijft en verwijdert niet via een koppeling');

    // The same for a link in place of the document itself.
    unlinkSync(join(out, 'logboek-beelden'));
    symlinkSync(join(elsewhere, 'logboek.md'), join(out, 'logboek.md'));
    result = await efInProcess(['logbook', '--out', 'reports'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('logboek.md is een symbolische koppeling (symlink)');
    expect(readdirSync(elsewhere).sort()).toEqual(['logboek.md', 'oud.svg']);
    expect(readFileSync(join(elsewhere, 'logboek.md'), 'utf8')).toBe('van iemand anders\n');
  });

  it('the default reports/ folder may not be a link; --out names a folder on purpose', async () => {
    const root = logbook();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(root, 'reports'));
    const refused = await efInProcess(['logbook'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('reports is een symbolische koppeling (symlink) naar');
    expect(readdirSync(elsewhere)).toEqual([]);
    const chosen = await efInProcess(['logbook', '--out', 'reports'], { cwd: root });
    expect(chosen.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['logboek.md']);
  });
});

describe('environment errors are not bugs in ef', () => {
  it('--out below a file: a Dutch message with the path, exit 2', async () => {
    const root = logbook();
    writeFileSync(join(root, 'bestand'), 'x');
    const result = await efInProcess(['logbook', '--out', 'bestand/uit'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestand/uit is geen map');
    expect(result.stderr).not.toContain('interne fout');
  });

  // Root may write anywhere: a read-only folder is only read-only for other users.
  it.runIf(posix && process.getuid?.() !== 0)('a read-only output folder: a Dutch message with the path, exit 2', async () => {
    const root = logbook();
    const out = join(tempDir(), 'alleen-lezen');
    mkdirSync(out);
    chmodSync(out, 0o555);
    try {
      const result = await efInProcess(['logbook', '--out', out], { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Kan ${out}`);
      expect(result.stderr).toContain('geen toestemming (rechten) (EACCES)');
      expect(result.stderr).not.toContain('interne fout');
    } finally {
      chmodSync(out, 0o755);
    }
  });
});

describe('the lock on the output folder', () => {
  it('a lock left by a process that is gone is taken over, and removed after the run', async () => {
    const root = logbook();
    const out = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(out, '.ef-lock'), `${gone}\n`);
    const result = await efInProcess(['logbook', '--out', out], { cwd: root });
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['logboek.md']);
  });

  it('a link in the place of the lock is removed as a link: what it points to stays untouched', async () => {
    const root = logbook();
    const out = tempDir();
    const elsewhere = join(tempDir(), 'van-iemand-anders.txt');
    writeFileSync(elsewhere, '4242\n');
    symlinkSync(elsewhere, join(out, '.ef-lock'));
    const result = await efInProcess(['logbook', '--out', out], { cwd: root });
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['logboek.md']);
    expect(readFileSync(elsewhere, 'utf8')).toBe('4242\n');
  });

  it('two runs into the same folder at once both finish, one after the other', async () => {
    const root = logbook();
    const out = tempDir();
    const results = await Promise.all([
      efInProcess(['logbook', '--format', 'md,html', '--out', out], { cwd: root }),
      efInProcess(['logbook', '--format', 'md,html', '--out', out], { cwd: root }),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(readdirSync(out).sort()).toEqual(['logboek.html', 'logboek.md']);
  });
});
