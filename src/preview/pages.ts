// The preview's own pages: the list of documents and the frame around one document.
// Every value from the logbook is escaped here; the documents themselves come from the
// HTML renderer of `ef report`, unchanged, inside an iframe.
import { CSP as REPORT_CSP } from '../render/html/page.js';
import { aantal, hoofdletter } from '../core/dutch.js';
import type { Audience } from '../compile/document.js';
import type { CheckStatus, DocumentEntry } from './types.js';

/** The reports' own policy, for the documents (no script at all). */
export const DOCUMENT_CSP = `${REPORT_CSP}; frame-ancestors 'self'`;
/** The preview's frame: the same, plus its one script and its event stream from this server. */
export const SHELL_CSP = `${REPORT_CSP}; script-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
body{font-family:"Source Sans 3","Segoe UI",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f6f4;line-height:1.5}
header.balk{background:#0b4f6c;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header.balk a{color:#fff}
header.balk h1{font-size:1.1rem;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem 1.2rem}
.status{margin:0;padding:.5rem 1.2rem;font-weight:600}
.status.goed{background:#e3f1e6;color:#17452a}
.status.fout{background:#fbe4e4;color:#7a1010}
.concept{margin:0;background:#fff3c4;color:#4d3b00;padding:.4rem 1.2rem}
ul.documenten{list-style:none;padding:0}
ul.documenten li{background:#fff;border:1px solid #d9d9d4;border-radius:6px;margin:.6rem 0;padding:.7rem 1rem}
ul.documenten a{font-weight:600;color:#0b4f6c}
ol.meldingen{margin:0;padding:.5rem 1.2rem .8rem 2.6rem;background:#fff7f7}
ol.meldingen a{color:#7a1010}
.regel{color:#5a5a5a;font-size:.9em}
nav.doelgroep a[aria-current="page"]{font-weight:700;text-decoration:none}
body.bekijk{display:flex;flex-direction:column;height:100vh}
body.bekijk iframe{border:0;width:100%;flex:1;background:#fff;display:block}
`;

function shell(title: string, body: string, bodyClass = ''): string {
  return (
    '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style><script src="/_ef/live.js" defer></script></head><body${bodyClass ? ` class="${bodyClass}"` : ''}>${body}</body></html>\n`
  );
}

/** The status line and the messages, as `ef check` gives them, each a link into VS Code. */
export function statusHtml(status: CheckStatus): string {
  const parts: string[] = [];
  if (status.errors === 0) {
    const waarschuwingen = status.warnings === 0 ? '' : ` (${aantal(status.warnings, 'waarschuwing', 'waarschuwingen')})`;
    parts.push(`<p class="status goed" role="status">Het logboek heeft geen fouten${waarschuwingen}.</p>`);
  } else {
    parts.push(
      `<p class="status fout" role="alert">${hoofdletter(aantal(status.errors, 'fout', 'fouten'))} en ${aantal(status.warnings, 'waarschuwing', 'waarschuwingen')}. ` +
        'Hieronder staat de laatste versie zonder fouten.</p>',
    );
  }
  const shown = status.messages.filter((message) => message.severity !== 'info' || status.errors > 0);
  if (shown.length > 0 && status.errors > 0) {
    parts.push(`<ol class="meldingen">${shown.map(messageHtml).join('')}</ol>`);
  }
  if (status.concepten.length > 0) {
    parts.push(
      `<p class="concept">Concept (nog niet in de documenten): ${status.concepten.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}</p>`,
    );
  }
  return parts.join('');
}

function messageHtml(message: CheckStatus['messages'][number]): string {
  const where = `${message.file}:${message.line}:${message.column}`;
  const href = `vscode://file/${encodeURI(message.absolute.split('\\').join('/')).replace(/^\/+/, '')}:${message.line}:${message.column}`;
  const soort = message.severity === 'error' ? 'fout' : message.severity === 'warning' ? 'waarschuwing' : 'hint';
  return (
    `<li><a href="${escapeHtml(href)}">${escapeHtml(where)}</a> ${soort}: ${escapeHtml(message.message)} ` +
    `<span class="regel">${escapeHtml(message.rule)}</span></li>`
  );
}

export function indexPage(titel: string, documents: readonly DocumentEntry[], status: CheckStatus): string {
  const items = documents
    .map((doc) => {
      const audiences = doc.audiences
        .map((audience) => `<a href="${escapeHtml(viewUrl(doc.id, audience))}">${audience}</a>`)
        .join(' · ');
      return `<li><a href="${escapeHtml(viewUrl(doc.id, doc.audiences[0]!))}">${escapeHtml(doc.titel)}</a> — ${escapeHtml(doc.toelichting)}<br><span class="regel">Bekijk als: ${audiences}</span></li>`;
    })
    .join('');
  const list = documents.length > 0 ? `<ul class="documenten">${items}</ul>` : '<p>Er is nog niets te tonen: los eerst de fouten op.</p>';
  return shell(
    `Voorbeeld: ${titel}`,
    `<header class="balk"><h1>Voorbeeld: ${escapeHtml(titel)}</h1></header>` +
      `<div id="ef-status" data-versie="${status.version}">${statusHtml(status)}</div>` +
      `<main><h2>Wat dit logboek maakt</h2>${list}<p class="regel">Deze pagina's werken zichzelf bij zodra je een bestand opslaat.</p></main>`,
  );
}

export function viewPage(doc: DocumentEntry, audience: Audience, status: CheckStatus): string {
  const switcher = doc.audiences
    .map((candidate) =>
      candidate === audience
        ? `<a href="${escapeHtml(viewUrl(doc.id, candidate))}" aria-current="page">${candidate}</a>`
        : `<a href="${escapeHtml(viewUrl(doc.id, candidate))}">${candidate}</a>`,
    )
    .join(' · ');
  return shell(
    `${doc.titel} (voorbeeld)`,
    `<header class="balk"><a href="/">← Alle documenten</a><h1>${escapeHtml(doc.titel)}</h1>` +
      `<nav class="doelgroep" aria-label="Doelgroep">Doelgroep: ${switcher}</nav></header>` +
      `<div id="ef-status" data-versie="${status.version}">${statusHtml(status)}</div>` +
      `<iframe id="ef-document" title="${escapeHtml(doc.titel)}" src="${escapeHtml(documentUrl(doc.id, audience))}"></iframe>`,
    'bekijk',
  );
}

/** Before the first version without errors there is nothing to show yet. */
export function notYetPage(): string {
  return (
    '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Nog geen versie</title></head>' +
    '<body><main><p>Er is nog geen versie van dit document zonder fouten. Los de fouten hierboven op; deze pagina werkt zichzelf bij.</p></main></body></html>\n'
  );
}

/** A document that could not be made (for example because a name would leak): the reason, in Dutch. */
export function problemPage(reason: string): string {
  return (
    '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Niet gemaakt</title></head>' +
    `<body><main><h1>Dit document is niet gemaakt</h1><p>${escapeHtml(reason)}</p></main></body></html>\n`
  );
}

/** `ef stats` as a page: the same table, in a fixed-width font. */
export function statsPage(titel: string, table: string): string {
  return (
    `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Monitoring: ${escapeHtml(titel)}</title>` +
    '<style>body{font-family:"Source Sans 3",system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}pre{font-size:.95rem;line-height:1.4}</style></head>' +
    `<body><main><h1>Monitoring</h1><pre>${escapeHtml(table)}</pre></main></body></html>\n`
  );
}

export function viewUrl(id: string, audience: Audience): string {
  return `/bekijk/${encodeURIComponent(id)}?doelgroep=${audience}`;
}

export function documentUrl(id: string, audience: Audience): string {
  return `/document/${encodeURIComponent(id)}?doelgroep=${audience}`;
}
