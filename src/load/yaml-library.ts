// `yaml` is needed only for unusual frontmatter blocks and for editing templates: most
// runs never load it. (For Node, its import and require entries are the same CommonJS
// file, so this is the very module an `import` would give.)
import { createRequire } from 'node:module';

// A module-level `require` on purpose: the bundle (scripts/build.mjs) removes this line,
// so `require('yaml')` is bundled and still evaluated only on first use.
const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | undefined;

export function yamlLibrary(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

// js-yaml reads only the frontmatter blocks the block scanner leaves (block-scanner.ts),
// so most checks never load it either. Its CommonJS build; nothing else in ef imports
// js-yaml, so there is one copy of it.
let jsYamlModule: typeof import('js-yaml') | undefined;

export function jsYamlLibrary(): typeof import('js-yaml') {
  return (jsYamlModule ??= require('js-yaml') as typeof import('js-yaml'));
}
