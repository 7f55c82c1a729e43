// ef logbook: the whole Logboek, golden against the committed reports/logboek.md, and
// the grouping by case and date with links to the sessions.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { Slugger } from '../../src/compile/anchors.js';
import { copyToTemp, fixture, PROJECT, tempDir, efInProcess } from '../helpers/ef.js';
import { expectedFiles , nodesOf, parseMarkdown } from '../golden/helpers.js';

const LOGBOOK = join(PROJECT, 'logbook');
const parse = parseMarkdown;

describe('ef logbook', () => {
  it('matches the committed reports/logboek.md of the embedded logbook', async () => {
    const out = tempDir();
    const result = await efInProcess(['logbook', '--root', LOGBOOK, '--out', '.'], { cwd: out });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('logboek-beelden/logo.svg\nlogboek.md\n');
    expect(readdirSync(out).sort()).toEqual(['logboek-beelden', 'logboek.md']);
    expect(readFileSync(join(out, 'logboek.md'), 'utf8'), 'regenerate with: npx --no-install ef logbook').toBe(
      readFileSync(join(PROJECT, 'reports/logboek.md'), 'utf8'),
    );
  });

  it('writes logboek-publiek.md for the public', async () => {
    const out = tempDir();
    expect((await efInProcess(['logbook', '--root', LOGBOOK, '--audience', 'publiek', '--out', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['logboek-publiek-beelden', 'logboek-publiek.md']);
  });

  it('matches the golden Logboek of a fuller logbook', async () => {
    const out = tempDir();
    expect((await efInProcess(['logbook', '--root', fixture('compile-volledig'), '--out', out])).code).toBe(0);
    const actual = { 'logboek.md': readFileSync(join(out, 'logboek.md'), 'utf8') };
    expect(actual, 'UPDATE_GOLDEN=1 npx vitest run tests/e2e/logbook.test.ts rewrites the expected file').toEqual(
      Object.fromEntries(Object.entries(expectedFiles('compile-volledig', actual)).filter(([name]) => name === 'logboek.md')),
    );
  });

  it('groups every opbrengst by case (by title, "Zonder casus" last), then by date, each group linked to its session', async () => {
    const out = tempDir();
    expect((await efInProcess(['logbook', '--root', fixture('compile-volledig'), '--out', out])).code).toBe(0);
    const md = readFileSync(join(out, 'logboek.md'), 'utf8');
    const tree = parse(md);
    const nodes = nodesOf(tree);
    const h2 = nodes.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
    expect(h2).toEqual(['Buurtmoestuin', 'Éénrichtingsverkeer in de binnenstad', 'Zonder casus', 'Bijeenkomsten']);

    // Every opbrengst of every session is there.
    for (const opbrengst of [
      'Eén aanspreekpunt bij de gemeente werkt beter dan drie.',
      'De bewoners maken zelf een tuinplan.',
      'De tuin trekt ook bewoners die eerst niet meededen.',
      'Een proef van drie maanden maakte het besluit makkelijker.',
      'Eerst bellen, dan schrijven.',
    ]) {
      expect(md).toContain(`- ${opbrengst}`);
    }

    // Every in-document link points at a heading that exists (GitHub's heading ids).
    const slugger = new Slugger();
    const ids = new Set(nodes.filter((node) => node.type === 'heading').map((node) => slugger.slug(toString(node))));
    const links = nodes.filter((node): node is Link => node.type === 'link' && node.url.startsWith('#'));
    expect(links.length).toBe(4);
    for (const link of links) expect(ids.has(link.url.slice(1)), link.url).toBe(true);
    expect(links.map((link) => toString(link))).toEqual([
      'Start van de buurtmoestuin',
      'De eerste oogst',
      'Terugblik op het éénrichtingsverkeer',
      'Intervisie over samenwerken',
    ]);
  });

  it('shows a reference link and a picture in an opbrengst as the rapportage does, not as text', async () => {
    const root = copyToTemp(LOGBOOK);
    const sessie = join(root, 'sessies/2021-01-28-evaluatie-cornelis-musius.md');
    const text = readFileSync(sessie, 'utf8').replace(
      '## Opbrengsten\n\n',
      '## Opbrengsten\n\n- Zie [het renovatieplan][plan] voor de details.\n- De schets: ![Schets van het plan](../beelden/cornelis-musius-droom.svg)\n',
    );
    writeFileSync(sessie, `${text}\n[plan]: https://example.org/plan\n`);
    const out = tempDir();
    const result = await efInProcess(['logbook', '--root', root, '--out', out]);
    expect(result.stderr).toBe('');
    const md = readFileSync(join(out, 'logboek.md'), 'utf8');
    expect(md).toContain('- Zie [het renovatieplan](https://example.org/plan) voor de details.');
    expect(md).toContain('![Schets van het plan](logboek-beelden/cornelis-musius-droom.svg)');
    expect(md).not.toContain('\\[');
    expect(readdirSync(join(out, 'logboek-beelden'))).toContain('cornelis-musius-droom.svg');
  });

  it('shows its help in Dutch', async () => {
    const result = await efInProcess(['logbook', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('logboek.md');
    expect(result.stdout).toContain('--audience <doelgroep>');
  });
});
