// Markdown output: the title block from the document's meta, then the compiled tree,
// written by remark-stringify with GFM tables. Fixed options: the same document gives
// the same bytes everywhere.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import { asBlocks, heading, image, paragraph, strong } from '../compile/mdast.js';

const emphasis = (value: string) => ({ type: 'emphasis' as const, children: [{ type: 'text' as const, value }] });
import { formatDatum, opsomming } from '../core/dutch.js';
import type { DocumentMeta, RenderDocument } from '../compile/document.js';
import { figureCaptions, figureImage } from './figures.js';

const OPTIONS: Options = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
  resourceLink: false,
  tightDefinitions: true,
  handlers: {
    // remark escapes every `&` before a letter (`A\&O`). Only `&name;` and `&#…` can start
    // a character reference, so a lone `&` stays as it is: the Markdown reads better in a diff.
    text(node, _parent, state, info) {
      const value = (node as { value: string }).value;
      if (!value.includes('&') || value.includes(AMPERSAND)) return safeQuick(state, value, info);
      return safeQuick(state, value.replace(/&(?!#|[A-Za-z0-9]+;)/g, AMPERSAND), info).split(AMPERSAND).join('&');
    },
  },
};

const AMPERSAND = '\uE000';

type Handle = NonNullable<NonNullable<Options['handlers']>['text']>;
type State = Parameters<Handle>[2];
type SafeConfig = Parameters<Handle>[3];
type Unsafe = State['unsafe'][number];

/**
 * `state.safe`, trying only the unsafe patterns whose character occurs in the text or the
 * characters around it. Every match of a pattern contains its character, so the others
 * cannot match: the result is the same, without running some ninety expressions over
 * every piece of text (that was most of the time spent writing a large report).
 */
function safeQuick(state: State, input: string, info: SafeConfig): string {
  const all = state.unsafe;
  // Running text is rarely the same twice: worked out each time.
  if (input.length > 80) return safeFiltered(state, all, input, info);
  // The same short text in the same place escapes the same way (table cells repeat their
  // labels a thousand times): remembered per document, keyed by all that `safe` reads.
  const more = info as { beforeNode?: { type: string }; afterNode?: { type: string }; encode?: readonly string[] };
  const key = `${state.stack.join(',')}\u0000${info.before || ''}\u0000${info.after || ''}\u0000${more.beforeNode?.type ?? ''}\u0000${more.afterNode?.type ?? ''}\u0000${more.encode?.join('') ?? ''}\u0000${input}`;
  let known = safeResults.get(all);
  if (!known) {
    known = new Map();
    safeResults.set(all, known);
  }
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  const result = safeFiltered(state, all, input, info);
  if (known.size < 100_000) known.set(key, result);
  return result;
}

const safeResults = new WeakMap<readonly Unsafe[], Map<string, string>>();

function safeFiltered(state: State, all: State['unsafe'], input: string, info: SafeConfig): string {
  const whole = (info.before || '') + input + (info.after || '');
  const relevant: Array<{ readonly pattern: Unsafe; readonly index: number }> = [];
  for (const [character, indexed] of patternsByCharacter(all)) {
    if (whole.includes(character)) for (const entry of indexed) relevant.push(entry);
  }
  if (relevant.length === all.length) return state.safe(input, info);
  // In the original order: the order in which patterns are tried stays the same.
  relevant.sort((a, b) => a.index - b.index);
  state.unsafe = relevant.map((entry) => entry.pattern);
  try {
    return state.safe(input, info);
  } finally {
    state.unsafe = all;
  }
}

const byCharacter = new WeakMap<readonly Unsafe[], Map<string, Array<{ readonly pattern: Unsafe; readonly index: number }>>>();

/** The patterns of this list by their character, each with its place in the list. */
function patternsByCharacter(all: readonly Unsafe[]): Map<string, Array<{ readonly pattern: Unsafe; readonly index: number }>> {
  let map = byCharacter.get(all);
  if (!map) {
    map = new Map();
    for (const [index, pattern] of all.entries()) {
      const list = map.get(pattern.character) ?? [];
      list.push({ pattern, index });
      map.set(pattern.character, list);
    }
    byCharacter.set(all, map);
  }
  return map;
}

const processor = unified().use(remarkStringify, OPTIONS).use(remarkGfm, { tablePipeAlign: true });

export function renderMarkdown(doc: RenderDocument): string {
  const root: Root = { type: 'root', children: [...titleBlock(doc.meta, doc.assetDir), ...withCaptions(doc, asBlocks(doc.tree.children))] };
  const markdown = processor.stringify(root);
  return `${markdown.replace(/\r\n?/g, '\n').trimEnd()}\n`;
}

/**
 * Each figure followed by its caption in italics (`_Figuur 2. …_`): a Markdown viewer
 * does not show an image's title. The title itself is dropped, the caption says it.
 */
function withCaptions(doc: RenderDocument, blocks: RootContent[]): RootContent[] {
  const root: Root = { type: 'root', children: blocks };
  const captions = figureCaptions(doc, root);
  if (captions.size === 0) return blocks;
  const rewrite = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((node): RootContent[] => {
      const image = figureImage(doc, node);
      const caption = image ? captions.get(image) : undefined;
      if (image && caption !== undefined) {
        return [paragraph({ ...image, title: null }), paragraph({ type: 'emphasis', children: [{ type: 'text', value: caption }] })];
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        return [{ ...node, children: rewrite(node.children) } as RootContent];
      }
      return [node];
    });
  return rewrite(blocks);
}

/** `# titel`, the organisation and learning route, the period (or the date), the partners, the audience. */
export function titleBlock(meta: DocumentMeta, assetDir?: string): RootContent[] {
  const nodes: RootContent[] = [heading(1, meta.titel)];
  if (meta.huisstijl?.logo && assetDir !== undefined) nodes.push(paragraph(image(`${assetDir}/${meta.huisstijl.logo.name}`, meta.huisstijl.logo.alt)));
  nodes.push(paragraph(`${meta.organisatie} · leerroute ${meta.leerroute}`));
  if (meta.huisstijl?.tagline) nodes.push(paragraph(emphasis(meta.huisstijl.tagline)));
  nodes.push(paragraph(meta.ondertitel ? `Periode: ${meta.ondertitel}` : `Stand: ${formatDatum(meta.datum)}`));
  if (meta.partners.length > 0) nodes.push(paragraph(`In samenwerking met ${opsomming(meta.partners)}.`));
  nodes.push(
    meta.audience === 'publiek'
      ? paragraph(strong('Publieksversie.'), ' Namen van mensen die geen toestemming gaven voor publicatie zijn weggelaten; hun functie staat er wel.')
      : paragraph(strong('Interne versie,'), ' voor de eigen organisatie; niet voor publicatie. Er is ook een publieksversie.'),
  );
  return nodes;
}
