import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/diagnostics/rules-doc.js';
import { PROJECT } from '../helpers/ef.js';

it('docs/rules.md lists exactly the rules ef knows (regenerate with `npm run docs`)', () => {
  expect(readFileSync(join(PROJECT, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown());
});
