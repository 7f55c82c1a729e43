// The last line of defence: every rendered file is searched for hidden names before
// anything is written, with the same matcher that redacted the model. What is searched
// is what a reader (or a search engine) gets: the Markdown text, also with its inline
// markup taken out; the HTML's text and every attribute value, and the charts inside
// it; every SVG; for the PDF the Typst source with all its text and the metadata
// passed to the engine. A hit refuses the whole run, naming the source lines.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Logbook } from '../model/types.js';
import type { RenderDocument } from '../compile/document.js';
import { HiddenNameError, type HiddenNameFinding, type SourceLocation } from '../privacy/hidden-name-error.js';
import { decodeReferences, fold, type NameMatch, type NameMatcher } from '../privacy/names.js';

export interface OutputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

const RASTER = /\.(?:png|jpe?g|gif|webp|avif)$/i;

/** Throws HiddenNameError when any rendered file (or its name) shows a hidden name. */
export async function assertRenderedClean(doc: RenderDocument, files: readonly OutputFile[], matcher: NameMatcher): Promise<void> {
  if (!matcher.hasHidden) return;
  const findings: HiddenNameFinding[] = [];
  const search = (where: string, views: readonly string[]) => {
    for (const view of views) {
      for (const match of matcher.findHidden(view, { guard: true })) findings.push({ where, name: match.name, spelling: spellingOf(view, match) });
    }
  };
  for (const file of files) {
    search(`de bestandsnaam ${file.name}`, [file.name]);
    // A photo's bytes are not text (its metadata is stripped when it is embedded): its name is searched above.
    if (RASTER.test(file.name)) continue;
    if (file.name.endsWith('.pdf')) {
      const { documentToTypst } = await import('../render/typst/template.js');
      search(file.name, typstViews(documentToTypst(doc)));
    } else {
      search(file.name, viewsOf(file.name, typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8')));
    }
  }
  if (findings.length > 0) throw new HiddenNameError(doc.slug, findings);
}

/** The same check for plain output (`ef stats`): text or JSON. */
export function assertTextClean(document: string, text: string, matcher: NameMatcher): void {
  if (!matcher.hasHidden) return;
  const findings = matcher.findHidden(text, { guard: true }).map((match) => ({ where: document, name: match.name, spelling: spellingOf(text, match) }));
  if (findings.length > 0) throw new HiddenNameError(document, findings);
}

/** The ways a file can be read, by its kind. */
export function viewsOf(name: string, content: string): string[] {
  if (name.endsWith('.md')) return markdownViews(content);
  if (name.endsWith('.html') || name.endsWith('.svg')) return markupViews(content);
  return [content];
}

/** As written, and with inline markup (emphasis, code, link targets, escapes, breaks) taken out. */
export function markdownViews(markdown: string): string[] {
  const bare = markdown
    .replace(/<br\s*\/?>/gi, '')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']')
    .replace(/[*_`~\\[\]]/g, '');
  return [markdown, decodeReferences(bare)];
}

/**
 * HTML and SVG: the text with tags removed (joined, as a reader sees `Ger<em>rit</em>`, and
 * apart), every attribute value, and every SVG embedded as a data URI.
 */
export function markupViews(markup: string): string[] {
  const withoutStyle = markup.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const views = [
    decodeReferences(withoutStyle.replace(/<[^>]*>/g, '')),
    decodeReferences(withoutStyle.replace(/<[^>]*>/g, ' ')),
  ];
  const attributes: string[] = [];
  for (const match of withoutStyle.matchAll(/\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = match[1] ?? match[2] ?? '';
    const embedded = /^data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)$/.exec(value.trim());
    if (embedded) views.push(...markupViews(Buffer.from(embedded[1]!, 'base64').toString('utf8')));
    else attributes.push(decodeReferences(value));
  }
  views.push(attributes.join('\n'));
  return views;
}

/** Typst: the text of every string literal (all user text and metadata are literals), joined and apart. */
export function typstViews(source: string): string[] {
  const literals: string[] = [];
  for (const match of source.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    literals.push(
      match[1]!.replace(/\\(u\{([0-9a-fA-F]+)\}|.)/g, (_whole, escape: string, hex: string | undefined) => {
        if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
        return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape;
      }),
    );
  }
  return [literals.join(''), literals.join('\n')];
}

/**
 * Runs `work`; a HiddenNameError coming out of it gets the source lines where the
 * hidden names are written (config and every file of the model), relative to `cwd`.
 */
export async function withSourceLines<T>(logbook: Logbook, root: string, cwd: string, matcher: NameMatcher, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof HiddenNameError)) throw error;
    const spellings = new Set(error.findings.map((finding) => finding.spelling).filter((s): s is string => s !== undefined));
    throw error.withSources(sourceLines(logbook, root, cwd, matcher, new Set(error.findings.map((finding) => finding.name)), spellings));
  }
}

// A field that only names the person (`naam: …`) is where consent is given, not where the leak is.
const NAME_FIELD = /^\s*(?:-\s*)?(?:naam|persoon|contactpersoon)\s*:/;

/** A match as folded words, to compare spellings between an output and a source. */
export function spellingOf(text: string, match: NameMatch): string {
  return fold(text.slice(match.start, match.end)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Where the hidden people are written in the sources: first the places spelled as in the
 * output, then other mentions in running text, last the fields that name them (`naam:`).
 */
export function sourceLines(
  logbook: Logbook,
  root: string,
  cwd: string,
  matcher: NameMatcher,
  names: ReadonlySet<string>,
  spellings: ReadonlySet<string> = new Set(),
): SourceLocation[] {
  const files = [
    'ef.config.yaml',
    ...[...logbook.casussen, ...logbook.sessies, ...logbook.activiteiten, ...logbook.portretten, ...logbook.rapportages].map((doc) => doc.bestand),
  ];
  const found: Array<SourceLocation & { rank: number }> = [];
  for (const file of files) {
    const path = join(root, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    for (const match of matcher.findHidden(text)) {
      if (!names.has(match.name)) continue;
      let index = starts.length - 1;
      while (starts[index]! > match.start) index--;
      const lineText = text.slice(starts[index], starts[index + 1] ?? text.length);
      const rank = spellings.has(spellingOf(text, match)) ? 0 : NAME_FIELD.test(lineText) ? 2 : 1;
      found.push({ path: relative(cwd, path).split(sep).join('/'), line: index + 1, column: match.start - starts[index]! + 1, rank });
    }
  }
  return [0, 1, 2].flatMap((rank) => found.filter((f) => f.rank === rank)).map(({ path, line, column }) => ({ path, line, column }));
}
