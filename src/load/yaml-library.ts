// `yaml` is needed only for unusual frontmatter blocks and for editing templates: most
// runs never load it. (For Node, its import and require entries are the same CommonJS
// file, so this is the very module an `import` would give.)
import { createRequire } from 'node:module';

let yamlModule: typeof import('yaml') | undefined;

export function yamlLibrary(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}
