// Links inside a document. While compiling, a link to a section points at a key
// (`ef-anker:<key>`); once the whole tree exists, every heading gets the id GitHub and
// VS Code would give it (so the links work in the committed Markdown), set as
// `data.hProperties.id` for HTML too, and the keys are replaced by those ids. Ids come
// from heading text, which is already filtered for the audience; never from file names.
import type { Heading, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { link, text, type Inline } from './mdast.js';

const PREFIX = 'ef-anker:';

export function anchorLink(key: string, ...children: Inline[]): Link {
  return link(`${PREFIX}${key}`, ...children);
}

/** Marks a heading as the target of `anchorLink(key)`. */
export function withAnchor(heading: Heading, key: string): Heading {
  return { ...heading, data: { ...(heading.data ?? {}), efAnker: key } as Heading['data'] };
}

/** GitHub's heading ids: lower case, punctuation removed, spaces to hyphens, repeats numbered. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(value: string): string {
    const base = value.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    let result = base;
    while (this.seen.has(result)) {
      const count = this.seen.get(base)! + 1;
      this.seen.set(base, count);
      result = `${base}-${count}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}

/**
 * Gives every heading its id and resolves anchor links; a link to a key without a
 * heading becomes plain text. `titles` are headings the renderer draws before the tree
 * (the document title), which GitHub counts too.
 */
export function resolveAnchors(tree: Root, titles: readonly string[]): void {
  const slugger = new Slugger();
  for (const title of titles) slugger.slug(title);
  const ids = new Map<string, string>();
  visit(tree, 'heading', (node) => {
    const id = slugger.slug(toString(node));
    const data = (node.data ?? {}) as Record<string, unknown>;
    const key = data['efAnker'];
    delete data['efAnker'];
    if (typeof key === 'string' && !ids.has(key)) ids.set(key, id);
    node.data = { ...data, hProperties: { ...((data['hProperties'] as object | undefined) ?? {}), id } };
  });

  const links = (node: Nodes) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'link' && child.url.startsWith(PREFIX)) {
        const id = ids.get(child.url.slice(PREFIX.length));
        if (id !== undefined && id !== '') child.url = `#${id}`;
        else {
          children.splice(index, 1, ...(child.children.length ? child.children : [text('')]));
          index--;
          continue;
        }
      }
      links(child);
    }
  };
  links(tree);
}
