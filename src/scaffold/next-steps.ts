// What the user still has to fill in, read from the new file itself: every placeholder
// left in its frontmatter and every body section that still holds template text.
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../load/body.js';
import type { Frontmatter } from '../load/frontmatter.js';
import { PLACEHOLDER } from '../validate/rules/placeholder.js';
import type { Kind } from '../validate/schemas/kinds.js';
import { CRITERIA } from '../vocabulary/index.js';
import type { ScaffoldContext } from './context.js';
import type { Draft } from './draft.js';
import { opsomming } from '../core/dutch.js';

export function nextSteps(kind: Kind, draft: Draft, frontmatter: Frontmatter, context: ScaffoldContext): string[] {
  const steps = [...frontmatterSteps(frontmatter.data), ...bodySteps(frontmatter)];
  if (kind === 'sessie' && draft.casus === undefined) {
    const ids = context.casussen.map((casus) => casus.id);
    steps.push(
      'hoort de sessie bij een casus? Zet dan `casus: <naam van de casus>` in het gegevensblok' +
        (ids.length > 0 ? ` (bestaande casussen: ${ids.join(', ')})` : ' en maak de casus aan met `ef new-case`'),
    );
  }
  if (kind === 'sessie') steps.push('geef deelnemers eventueel hun `rollen` (rol, paradigma, gericht) voor de rollenoefening');
  if (kind === 'portret' && draft.toestemming !== 'publiek') {
    steps.push('dit portret komt niet in een openbare rapportage zolang `toestemming` niet `publiek` is');
  }
  return steps;
}

function frontmatterSteps(data: unknown, path: readonly (string | number)[] = []): string[] {
  if (typeof data === 'string') {
    if (!data.includes(PLACEHOLDER)) return [];
    const hint = data.replace(new RegExp(`^.*?${PLACEHOLDER}:?\\s*`), '').trim();
    const key = path.at(-1);
    const criterium = CRITERIA.find((c) => c.id === key && path[0] === 'criteria');
    const label = criterium ? `criterium "${criterium.label}"` : `\`${formatPath(path)}\``;
    return [hint ? `${label}: ${hint}` : label];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => frontmatterSteps(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => frontmatterSteps(value, [...path, key]));
  }
  return [];
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function bodySteps(frontmatter: Frontmatter): string[] {
  const tree = parseBody(frontmatter.body, frontmatter.bodyLine);
  const sections: string[] = [];
  let heading: string | undefined;
  let loose = false;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      heading = toString(node).trim();
      continue;
    }
    if (!toString(node).includes(PLACEHOLDER)) continue;
    if (heading === undefined) loose = true;
    else if (!sections.includes(heading)) sections.push(heading);
  }
  const steps: string[] = [];
  if (loose) steps.push('de tekst onder het gegevensblok');
  if (sections.length > 0) {
    const quoted = sections.map((title) => `"${title}"`);
    const list = opsomming(quoted);
    const optional = sections.length > 1 && sections.some((title) => title.toLowerCase() === 'opbrengsten');
    steps.push(
      `de tekst in ${quoted.length === 1 ? 'de sectie' : 'de secties'} ${list}` +
        (optional ? ' (secties die niet nodig zijn mag je weghalen, behalve "Opbrengsten")' : ''),
    );
  }
  return steps;
}

/**
 * How the user started ef, to print commands they can type as they are: through npx
 * (`npx --no-install ef`, which npm marks with npm_command=exec) or as a plain `ef`.
 */
export function efInvocation(env: Readonly<Record<string, string | undefined>>): string {
  return env['npm_command'] === 'exec' ? 'npx --no-install ef' : 'ef';
}
