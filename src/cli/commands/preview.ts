// ef preview: a local web server that shows the documents of the logbook as `ef report
// --format html` makes them, and refreshes them when a file changes, until Ctrl-C.
import { spawn } from 'node:child_process';
import { findRoot } from '../../load/find-root.js';
import { UsageError } from '../../core/errors.js';
import { startServer, type PreviewServer } from '../../preview/server.js';
import { PreviewState } from '../../preview/state.js';
import { watchLogbook, type Watcher } from '../../preview/watch.js';
import type { Io } from '../../core/io.js';

export interface PreviewOptions {
  readonly root?: string;
  readonly port?: string;
  readonly open?: boolean;
}

export const DEFAULT_PORT = 4747;

export interface RunningPreview {
  readonly server: PreviewServer;
  stop(): Promise<void>;
}

/** Starts the server and the watcher; the caller decides when to stop. */
export async function startPreview(options: PreviewOptions, io: Io): Promise<RunningPreview> {
  const port = parsePort(options.port);
  const root = findRoot(io.cwd, options.root);
  const state = new PreviewState(root, io.cwd);
  let server: PreviewServer;
  try {
    server = await startServer(state, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`Poort ${port} is al in gebruik, misschien door een andere voorvertoning.`, {
        hint: `Kies een andere poort, bijvoorbeeld: ef preview --port ${port === 65535 ? DEFAULT_PORT + 1 : port + 1}`,
      });
    }
    throw error;
  }
  const watcher: Watcher = watchLogbook(root, () => server.announce(state.invalidate()));
  return {
    server,
    async stop() {
      watcher.close();
      await server.close();
    },
  };
}

export async function preview(options: PreviewOptions, io: Io, interrupted: Promise<void> = interruption()): Promise<number> {
  const running = await startPreview(options, io);
  // The address first, alone on its line, so that scripts and editors can pick it up.
  io.stdout.write(`${running.server.url}\n`);
  io.stderr.write('De voorvertoning werkt zichzelf bij als je een bestand opslaat. Stoppen: Ctrl-C.\n');
  if (options.open !== false && mayOpenBrowser(io)) openBrowser(running.server.url);
  await interrupted;
  await running.stop();
  io.stderr.write('Voorvertoning gestopt.\n');
  return 130;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) {
    throw new UsageError(`--port ${JSON.stringify(value)} is geen poortnummer. Kies een getal van 1 tot en met 65535 (of 0 voor een vrije poort), bijvoorbeeld --port ${DEFAULT_PORT}.`);
  }
  return port;
}

/** Only on a desktop terminal: never in CI, in a pipe, or on a machine without a display. */
function mayOpenBrowser(io: Io): boolean {
  const ci = io.env['CI'] !== undefined && io.env['CI'] !== '' && io.env['CI'] !== 'false';
  if (ci || io.stdout.isTTY !== true) return false;
  if (process.platform === 'linux') return Boolean(io.env['DISPLAY'] || io.env['WAYLAND_DISPLAY']);
  return true;
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the address is on the screen.
  }
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM. */
function interruption(): Promise<void> {
  return new Promise((resolvePromise) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolvePromise();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
