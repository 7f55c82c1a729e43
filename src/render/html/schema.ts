// The sanitizer's schema: exactly the elements and attributes that Markdown
// (CommonMark + GFM) produces through remark-rehype, nothing else.
import type { Options as Schema } from 'rehype-sanitize';

export const SCHEMA: Schema = {
  tagNames: [
    'a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img',
    'input', 'li', 'ol', 'p', 'pre', 'section', 'strong', 'sup', 'table', 'tbody', 'td', 'th',
    'thead', 'tr', 'ul',
  ],
  attributes: {
    a: ['href', 'title', 'id', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    h1: ['id'],
    h2: ['id', ['className', 'sr-only']],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    img: ['src', 'alt', 'title'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: ['id', ['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align'],
    th: ['align'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { li: ['ol', 'ul'], tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
  protocols: {
    href: ['http', 'https', 'mailto'],
    // A protocol no url has, so that only relative urls (our assets) pass:
    // an empty list would allow every protocol.
    src: ['ef-relative-only'],
  },
  clobberPrefix: 'user-content-',
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  strip: ['script', 'style'],
};
