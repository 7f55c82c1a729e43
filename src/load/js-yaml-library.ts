// js-yaml reads only the frontmatter blocks the block scanner leaves (block-scanner.ts):
// most checks never load it. Its CommonJS build, loaded on first use; nothing else in
// ef imports js-yaml, so there is one copy of it.
import { createRequire } from 'node:module';

let jsYamlModule: typeof import('js-yaml') | undefined;

export function jsYamlLibrary(): typeof import('js-yaml') {
  return (jsYamlModule ??= createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml'));
}
