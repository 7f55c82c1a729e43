// The preview server: Node's http on 127.0.0.1 only, a fixed set of addresses (no
// files are served, so no path can reach outside the logbook), a Host check against
// DNS rebinding, the reports' Content-Security-Policy, and Server-Sent Events that
// tell open pages when a file of the logbook changed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Audience } from '../compile/document.js';
import { LIVE_SCRIPT } from './client.js';
import { DOCUMENT_CSP, indexPage, notYetPage, SHELL_CSP, statusHtml, viewPage } from './pages.js';
import type { PreviewState } from './state.js';

export const HOST = '127.0.0.1';

export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  /** Tell every open page that the logbook changed. */
  announce(version: number): void;
  close(): Promise<void>;
}

/** Starts listening; rejects with the listen error (EADDRINUSE when the port is taken). */
export async function startServer(state: PreviewState, port: number): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response, { state, streams, port: actualPort(server) }).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', 'Er ging iets mis bij het maken van deze pagina.');
      else response.end();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const bound = actualPort(server);
  return {
    url: `http://${HOST}:${bound}/`,
    port: bound,
    announce(version) {
      for (const stream of streams) stream.write(`event: wijziging\ndata: ${version}\n\n`);
    },
    close: () => closeServer(server, streams),
  };
}

interface Context {
  readonly state: PreviewState;
  readonly streams: Set<ServerResponse>;
  readonly port: number;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  if (!hostAllowed(request.headers.host, context.port)) {
    send(response, 421, 'text/plain', 'Deze voorvertoning is alleen te openen via localhost of 127.0.0.1.');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, 405, 'text/plain', 'Alleen lezen: deze server neemt niets aan.');
    return;
  }
  // URL parsing would quietly resolve `..` and `%2e%2e`; such a request is refused instead.
  if (SUSPICIOUS.test(request.url ?? '/')) return notFound(response);
  const url = new URL(request.url ?? '/', `http://${HOST}`);
  const audience: Audience = url.searchParams.get('doelgroep') === 'publiek' ? 'publiek' : 'intern';
  const route = routeOf(url.pathname);
  switch (route.kind) {
    case 'index': {
      const [titel, documents, status] = await Promise.all([context.state.titel(), context.state.documents(), context.state.status()]);
      send(response, 200, 'text/html', indexPage(titel, documents, status), SHELL_CSP);
      return;
    }
    case 'view': {
      const documents = await context.state.documents();
      const doc = documents.find((candidate) => candidate.id === route.id);
      if (!doc) return notFound(response);
      const shown = doc.audiences.includes(audience) ? audience : doc.audiences[0]!;
      send(response, 200, 'text/html', viewPage(doc, shown, await context.state.status()), SHELL_CSP);
      return;
    }
    case 'document': {
      const html = await context.state.document(route.id, audience);
      if (html === null) return notFound(response);
      send(response, 200, 'text/html', html ?? notYetPage(), DOCUMENT_CSP);
      return;
    }
    case 'status':
      send(response, 200, 'text/html', statusHtml(await context.state.status()), SHELL_CSP);
      return;
    case 'script':
      send(response, 200, 'text/javascript', LIVE_SCRIPT, SHELL_CSP);
      return;
    case 'events':
      openStream(response, context.streams, context.state.currentVersion);
      return;
    default:
      notFound(response);
  }
}

type Route =
  | { kind: 'index' | 'status' | 'script' | 'events' | 'none' }
  | { kind: 'view' | 'document'; id: string };

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const SUSPICIOUS = /(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\?#]|%2f|%5c|$)|\\|%5c|%2f|%00|\0|^[^/]|^\/\//i;

/** The only addresses there are. A document id must look like one; the state knows which exist. */
export function routeOf(pathname: string): Route {
  if (pathname === '/') return { kind: 'index' };
  if (pathname === '/_ef/status') return { kind: 'status' };
  if (pathname === '/_ef/live.js') return { kind: 'script' };
  if (pathname === '/_ef/events') return { kind: 'events' };
  const match = /^\/(bekijk|document)\/([^/]+)$/.exec(pathname);
  if (match && DOCUMENT_ID.test(match[2]!)) return { kind: match[1] === 'bekijk' ? 'view' : 'document', id: match[2]! };
  return { kind: 'none' };
}

/** DNS rebinding: a page on another name that resolves to 127.0.0.1 must not read the preview. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, '127.0.0.1', 'localhost'].includes(host.toLowerCase());
}

function openStream(response: ServerResponse, streams: Set<ServerResponse>, version: number): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  response.write(`retry: 500\nevent: versie\ndata: ${version}\n\n`);
  streams.add(response);
  response.on('close', () => streams.delete(response));
}

function notFound(response: ServerResponse): void {
  send(response, 404, 'text/plain', 'Deze pagina bestaat niet in de voorvertoning.');
}

function send(response: ServerResponse, status: number, type: string, body: string, csp = DOCUMENT_CSP): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  response.end(body);
}

function actualPort(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

async function closeServer(server: Server, streams: Set<ServerResponse>): Promise<void> {
  for (const stream of streams) stream.end();
  streams.clear();
  server.closeAllConnections();
  await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
}
