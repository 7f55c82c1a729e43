// ef preview as a server: what it serves, to whom, on which address, and how it stops.
// The browser side (live updates seen in Chromium, axe) is in tests/browser/preview-browser.test.ts.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/cli/commands/preview.js';
import { hostAllowed, routeOf } from '../../src/preview/server.js';
import { BIN, cleanEnv, copyToTemp, efInProcess, PROJECT, tempDir } from '../helpers/ef.js';

const SESSIE = 'sessies/2021-01-28-evaluatie-cornelis-musius.md';

const io = (cwd: string) => ({
  cwd,
  env: cleanEnv(),
  stdout: { write: () => true, isTTY: false },
  stderr: { write: () => true, isTTY: false },
});

/** A raw GET, so that the path and Host header go out exactly as written. */
function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The next `wijziging` event on the server's stream, or a timeout. */
function nextChange(port: number, timeoutMs: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/_ef/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        const match = /event: wijziging\ndata: (\d+)/.exec(buffer);
        if (match) {
          clearTimeout(timer);
          req.destroy();
          resolvePromise(Number(match[1]));
        }
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('geen wijziging gemeld'));
    }, timeoutMs);
    req.on('error', () => {});
    req.end();
  });
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
}

let running: RunningPreview | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function start(root: string): Promise<{ port: number }> {
  running = await startPreview({ port: '0' }, io(root));
  return { port: running.server.port };
}

describe('ef preview: addresses and the Host header', () => {
  it('knows only its own addresses; every path trick is a 404, never a file', () => {
    expect(routeOf('/')).toEqual({ kind: 'index' });
    expect(routeOf('/bekijk/rapportage-2')).toEqual({ kind: 'view', id: 'rapportage-2' });
    expect(routeOf('/document/logboek')).toEqual({ kind: 'document', id: 'logboek' });
    for (const path of ['/etc/passwd', '/document/..', '/document/a.md', '/sessies/x.md', '/ef.config.yaml', '/document/a/b']) {
      expect(routeOf(path).kind).toBe('none');
    }
  });

  it('accepts localhost and 127.0.0.1 on its own port only (DNS rebinding)', () => {
    expect(hostAllowed('127.0.0.1:4747', 4747)).toBe(true);
    expect(hostAllowed('localhost:4747', 4747)).toBe(true);
    expect(hostAllowed('evil.example:4747', 4747)).toBe(false);
    expect(hostAllowed('127.0.0.1.nip.io:4747', 4747)).toBe(false);
    expect(hostAllowed('localhost:80', 4747)).toBe(false);
    expect(hostAllowed(undefined, 4747)).toBe(false);
  });
});

describe('ef preview: the server', () => {
  it('lists every document with the check status, and serves them as ef report --format html does', async () => {
    const root = copyToTemp(join(PROJECT, 'logbook'));
    const { port } = await start(root);
    const index = await get(port, '/');
    expect(index.status).toBe(200);
    for (const href of ['/bekijk/rapportage-1', '/bekijk/rapportage-2', '/bekijk/logboek', '/bekijk/kaart', '/bekijk/cijfers']) {
      expect(index.body).toContain(`href="${href}?doelgroep=`);
    }
    expect(index.body).toContain('Het logboek heeft geen fouten');
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'none'");

    const out = tempDir();
    const made = await efInProcess(['report', '--root', root, '--period', '2', '--format', 'html', '--audience', 'publiek', '--out', out]);
    expect(made.code).toBe(0);
    const document = await get(port, '/document/rapportage-2?doelgroep=publiek');
    expect(document.status).toBe(200);
    expect(document.body).toBe(readFileSync(join(out, 'rapportage-2-publiek.html'), 'utf8'));
    expect(String(document.headers['content-security-policy'])).toContain("img-src data:");
    expect(String(document.headers['content-security-policy'])).not.toContain('script-src');
  });

  it('refuses another Host, other methods and every path outside its pages', async () => {
    const root = copyToTemp(join(PROJECT, 'logbook'));
    writeFileSync(join(tempDir(), 'geheim.txt'), 'GEHEIM');
    symlinkSync('/etc/passwd', join(root, 'sessies', 'link.md'));
    const { port } = await start(root);
    expect((await get(port, '/', 'evil.example')).status).toBe(421);
    expect((await get(port, '/', `attacker.test:${port}`)).status).toBe(421);
    for (const path of [
      '/../../etc/passwd',
      '/document/../../etc/passwd',
      '/document/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E/ef.config.yaml',
      '/document/..%2f..%2fetc%2fpasswd',
      '/document/link',
      '/sessies/link.md',
      '/etc/passwd',
      '//etc/passwd',
      '/ef.config.yaml',
      `/${SESSIE}`,
      '/beelden/',
    ]) {
      const response = await get(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('root:');
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const root = copyToTemp(join(PROJECT, 'logbook'));
    const { port } = await start(root);
    expect(running!.server.url).toBe(`http://127.0.0.1:${port}/`);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (outside) {
      const reached = await new Promise<boolean>((resolvePromise) => {
        const socket = connect({ host: outside.address, port }, () => {
          socket.destroy();
          resolvePromise(true);
        });
        socket.on('error', () => resolvePromise(false));
      });
      expect(reached).toBe(false);
    }
  });

  it('says when the port is taken and suggests another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolvePromise) => blocker.listen(0, '127.0.0.1', resolvePromise));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const result = await efInProcess(['preview', '--port', String(port), '--no-open', '--root', join(PROJECT, 'logbook')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Poort ${port} is al in gebruik`);
      expect(result.stderr).toContain(`--port ${port + 1}`);
    } finally {
      blocker.close();
    }
  });

  it('announces a change, rebuilds the document, and keeps the last good one while the logbook has errors', async () => {
    const root = copyToTemp(join(PROJECT, 'logbook'));
    const { port } = await start(root);
    const before = await get(port, '/document/logboek?doelgroep=intern');
    expect(before.body).toContain('Lef, vertrouwen en doorzettingsvermogen');

    const file = join(root, SESSIE);
    const original = readFileSync(file, 'utf8');
    let change = nextChange(port, 3000);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, original.replace('Lef, vertrouwen en doorzettingsvermogen', 'Moed, vertrouwen en geduld'));
    await change;
    const after = await get(port, '/document/logboek?doelgroep=intern');
    expect(after.body).toContain('Moed, vertrouwen en geduld');

    change = nextChange(port, 3000);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, original.replace('soort: evaluatie', 'soort: evaluatei'));
    await change;
    const status = await get(port, '/_ef/status');
    expect(status.body).toMatch(/fout/);
    expect(status.body).toContain(`${SESSIE}:`);
    expect(status.body).toContain('vscode://file/');
    expect(status.body).toContain('schema-enum');
    const kept = await get(port, '/document/logboek?doelgroep=intern');
    expect(kept.body).toBe(after.body);
    // The first page still lists every document, under the messages.
    expect((await get(port, '/')).body).toContain('href="/bekijk/rapportage-2?doelgroep=');

    change = nextChange(port, 3000);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, original);
    await change;
    expect((await get(port, '/_ef/status')).body).toContain('geen fouten');
    expect((await get(port, '/document/logboek?doelgroep=intern')).body).toBe(before.body);
  });
});

describe('ef preview: the process', () => {
  it('prints its address first, stops on Ctrl-C with 130, frees the port and writes nothing', async () => {
    const root = copyToTemp(join(PROJECT, 'logbook'));
    const before = listing(root).map((path) => `${path}:${statSync(join(root, path)).mtimeMs}`);
    const child = spawn(process.execPath, [BIN, 'preview', '--port', '0', '--no-open'], { cwd: root, env: cleanEnv() });
    let stdout = '';
    const url = await new Promise<string>((resolvePromise, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const line = stdout.split('\n')[0];
        if (stdout.includes('\n')) resolvePromise(line!);
      });
      child.on('exit', () => reject(new Error('gestopt voor het adres er stond')));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = Number(new URL(url).port);
    expect((await get(port, '/')).status).toBe(200);
    const code = await new Promise<number | null>((resolvePromise) => {
      child.on('exit', (exit) => resolvePromise(exit));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    const refused = await new Promise<boolean>((resolvePromise) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolvePromise(false);
      });
      socket.on('error', () => resolvePromise(true));
    });
    expect(refused).toBe(true);
    const after = listing(root).map((path) => `${path}:${statSync(join(root, path)).mtimeMs}`);
    expect(after).toEqual(before);
  });
});

