import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { renderTemplate } from '../../src/scaffold/render-template.js';
import { resolveTemplate } from '../../src/scaffold/resolve-template.js';
import { casusSchema, makeSessieSchema, type Kind } from '../../src/validate/schemas/kinds.js';
import { tempDir } from '../helpers/ef.js';

const config = { rollen: [] };
const sessieSchema = makeSessieSchema(config);
const sessieKeys = ['titel', 'datum', 'soort', 'casus', 'begeleiding', 'deelnemers', 'sdgs', 'verslag', 'afwezig'];

function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parse(match![1]!) as Record<string, unknown>;
}

async function renderSessie(values: Record<string, unknown>, root?: string) {
  return renderTemplate({
    template: await resolveTemplate('sessie', root),
    values: { datum: '2021-01-28', soort: 'evaluatie', begeleiding: ['Anna de Vries'], ...values },
    keyOrder: sessieKeys,
    schema: sessieSchema,
    referenceKeys: ['casus'],
    path: '/logboek/sessies/x.md',
    cwd: '/logboek',
  });
}

describe('renderTemplate', () => {
  it.each([
    'Café "De Zon": één #1 — 50% - test',
    '- begint met een streepje',
    '# geen kop',
    "it's: 'quoted'",
    'yes',
    'No',
    '1_000',
    '2021',
    '0x1F',
    '.5',
    'null',
    '~',
    '@handle',
    '`code`',
    '%TAG',
    '[niet, een, lijst]',
    '{ook: geen}',
    'a: b # c',
    'tab\there',
    '*alias',
    '&anchor',
    '!tag',
  ])('round-trips the title %j exactly', async (titel) => {
    const rendered = await renderSessie({ titel });
    expect(frontmatterOf(rendered.text)['titel']).toBe(titel);
    expect(rendered.data.titel).toBe(titel);
  });

  it('keeps template placeholders where ef has no value, and leaves out an unknown case', async () => {
    const rendered = await renderSessie({ titel: 'Intervisie' });
    const data = frontmatterOf(rendered.text);
    // The template asks whether the participant is from the organisation; left empty it is "onbekend".
    expect(data['deelnemers']).toEqual([{ functie: 'INVULLEN: functie van de deelnemer', intern: null }]);
    expect(data).not.toHaveProperty('casus');
    expect(rendered.text).toContain('## Opbrengsten\n\n- INVULLEN');
  });

  it('puts new keys in order and lists of names in flow style', async () => {
    const rendered = await renderSessie({ titel: 'Intervisie', casus: 'buurtkas', deelnemers: [{ functie: 'wijkregisseur' }] });
    expect(rendered.text).toMatch(
      /^---\ntitel: Intervisie\ndatum: 2021-01-28\nsoort: evaluatie\ncasus: buurtkas\nbegeleiding: \[Anna de Vries\]\ndeelnemers:\n {2}- functie: wijkregisseur\n---\n/,
    );
  });

  it('uses the logbook’s own template and refuses one that does not fit the schema', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'templates'));
    writeFileSync(
      join(root, 'templates/casus.md'),
      '---\ntitel: x\nstatus: lopend\ninitiatiefnemer: "INVULLEN: wie"\nsdgs: []\ncriteria:\n  vraag_uit_de_stad: "INVULLEN: a"\n  voorbeeld: "INVULLEN: b"\n  veranderende_samenleving: "INVULLEN: c"\n---\n\nEigen sjabloon.\n',
    );
    const template = await resolveTemplate('casus', root);
    expect(template.source).toBe('logboek');
    const rendered = renderTemplate({
      template,
      values: { titel: 'Plein', sdgs: [11] },
      keyOrder: Object.keys(casusSchema.shape),
      schema: casusSchema,
      path: join(root, 'casussen/plein.md'),
      cwd: root,
    });
    expect(rendered.text).toContain('Eigen sjabloon.');
    expect(rendered.data.sdgs).toEqual([11]);

    writeFileSync(join(root, 'templates/casus.md'), '---\ntitel: x\nstatuss: lopend\n---\n');
    const broken = await resolveTemplate('casus', root);
    expect(() =>
      renderTemplate({
        template: broken,
        values: { titel: 'Plein', sdgs: [11] },
        keyOrder: Object.keys(casusSchema.shape),
        schema: casusSchema,
        path: join(root, 'casussen/plein.md'),
        cwd: root,
      }),
    ).toThrow(ConfigError);
  });

  it('refuses a session template without opbrengsten', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates/sessie.md'), '---\ndeelnemers:\n  - functie: "INVULLEN: f"\n---\n\n## Verloop\n\nTekst.\n');
    await expect(renderSessie({ titel: 'x' }, root)).rejects.toThrow(/Opbrengsten/);
  });

  it('has a built-in template for every kind', async () => {
    for (const kind of ['sessie', 'casus', 'activiteit', 'portret', 'rapportage'] satisfies Kind[]) {
      const template = await resolveTemplate(kind, undefined);
      expect(template.source).toBe('ingebouwd');
      expect(template.text.startsWith('---\n')).toBe(true);
    }
  });
});
