// The check cache keeps what each image file was found to be, by its stat, so that a
// warm check does not read unchanged pictures again. It may make ef faster, never
// different: every cached run below is compared with a run without the cache.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJson, copyToTemp, fixture, tempDir } from '../helpers/ef.js';
import { TINY_JPEG, makePng } from '../helpers/images.js';

const SESSIE = 'sessies/2021-03-04-moestuin.md';
const CACHE = '.ef-cache/check.json';

/** valid-minimal whose session shows a PNG, a JPEG and an SVG from beelden/. */
function logbookWithImages(): string {
  const root = copyToTemp(fixture('valid-minimal'));
  rmSync(join(root, '.ef-cache'), { recursive: true, force: true });
  mkdirSync(join(root, 'beelden'));
  writeFileSync(join(root, 'beelden/schets.png'), makePng(40, 20));
  writeFileSync(join(root, 'beelden/team.jpg'), TINY_JPEG);
  writeFileSync(join(root, 'beelden/wijk.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100"/></svg>');
  const images = ['![Schets van de tuin](../beelden/schets.png)', '![Het team](../beelden/team.jpg)', '![De wijk](../beelden/wijk.svg)'];
  const path = join(root, SESSIE);
  writeFileSync(path, readFileSync(path, 'utf8').replace('## Opbrengsten', `${images.join('\n\n')}\n\n## Opbrengsten`));
  return root;
}

/** Runs with and without the cache and insists they agree (messages and exit code); returns the cached run. */
async function agreed(root: string) {
  const cached = await checkJson(root);
  const plain = await checkJson(root, ['--no-cache']);
  expect(cached).toEqual(plain);
  expect(cached.stderr).toBe('');
  return cached;
}

const rules = (run: Awaited<ReturnType<typeof agreed>>) => run.json.messages.map((m) => `${m.file} ${m.rule}`);

type Beelden = Record<string, unknown[]>;
const storedImages = (root: string): Beelden => (JSON.parse(readFileSync(join(root, CACHE), 'utf8')) as { beelden: Beelden }).beelden;

const LONG_AGO = new Date('2021-03-04T12:00:00Z');

const settle = () => new Promise((resolve) => setTimeout(resolve, 3_500));

describe('the check cache and images', () => {
  // A stat is only trusted once a file has been left alone for a few seconds (see
  // statKey): every logbook is made first, then one wait serves all tests.
  const roots: Record<string, string> = {};
  beforeAll(async () => {
    for (const name of ['unchanged', 'edited', 'deleted', 'replaced', 'folder', 'reference', 'damaged']) roots[name] = logbookWithImages();
    // A modification time in whole seconds, so that it can be put back exactly after an edit.
    utimesSync(join(roots['edited']!, 'beelden/schets.png'), LONG_AGO, LONG_AGO);
    await settle();
  }, 20_000);

  it('gives the same messages as without the cache for unchanged images, and keeps their verdicts once they have been left alone', async () => {
    const root = roots['unchanged']!;
    const cold = await agreed(root);
    expect(cold.json.messages).toEqual([]);
    expect(Object.keys(storedImages(root))).toEqual(['beelden/schets.png', 'beelden/team.jpg', 'beelden/wijk.svg']);
    expect(await agreed(root)).toEqual(cold);
  });

  it('does not keep the verdict of an image that was just written', async () => {
    const root = logbookWithImages();
    expect((await agreed(root)).json.messages).toEqual([]);
    expect(storedImages(root)).toEqual({});
  });

  it('uses a kept verdict without reading the file, and --no-cache never does', async () => {
    const root = roots['unchanged']!;
    await agreed(root);
    // Only a check that trusts the cache can know of this size: the file is 40×20 pixels.
    const cache = JSON.parse(readFileSync(join(root, CACHE), 'utf8')) as { beelden: Record<string, [string, number]> };
    cache.beelden['beelden/schets.png']![1] = 3 * 1024 * 1024;
    writeFileSync(join(root, CACHE), JSON.stringify(cache));
    const warm = await checkJson(root);
    expect(warm.json.messages.map((m) => m.rule)).toEqual(['image-large']);
    expect(warm.json.messages[0]!.message).toContain('beelden/schets.png is groot (3,0 MB)');
    expect((await checkJson(root, ['--no-cache'])).json.messages).toEqual([]);
  });

  it('sees a picture replaced by a broken one of the same name, size and modification time', async () => {
    const root = roots['edited']!;
    expect((await agreed(root)).json.messages).toEqual([]);
    const path = join(root, 'beelden/schets.png');
    const { mtimeMs, size } = statSync(path);
    // One byte of the image data changed, as a failing disk or copy would: the checksum no longer fits.
    const broken = readFileSync(path);
    broken[45] = broken[45]! ^ 0xff;
    writeFileSync(path, broken);
    utimesSync(path, LONG_AGO, LONG_AGO);
    expect(statSync(path)).toMatchObject({ mtimeMs, size });
    // Left alone long enough to be trusted by its stat: only the change time gives the edit away.
    await settle();
    const run = await agreed(root);
    expect(rules(run)).toEqual([`${SESSIE} image-corrupt`]);
    expect(run.json.messages[0]!.message).toContain('beelden/schets.png kan niet worden gebruikt');
    expect(run.code).toBe(1);
    // The broken picture's verdict is kept too, and stays right on the next run.
    expect(storedImages(root)['beelden/schets.png']).toHaveLength(3);
    expect(await agreed(root)).toEqual(run);
  }, 20_000);

  it('reports a deleted picture as missing, as without the cache', async () => {
    const root = roots['deleted']!;
    await agreed(root);
    rmSync(join(root, 'beelden/team.jpg'));
    const run = await agreed(root);
    expect(rules(run)).toEqual([`${SESSIE} image-missing`]);
    expect(run.json.messages[0]!.message).toContain('Het bestand beelden/team.jpg bestaat niet');
    expect(Object.keys(storedImages(root))).toEqual(['beelden/schets.png', 'beelden/wijk.svg']);
  });

  it('sees a picture replaced by a symbolic link or a folder', async () => {
    const root = roots['replaced']!;
    await agreed(root);
    const outside = join(tempDir(), 'team.jpg');
    writeFileSync(outside, TINY_JPEG);
    rmSync(join(root, 'beelden/team.jpg'));
    symlinkSync(outside, join(root, 'beelden/team.jpg'));
    rmSync(join(root, 'beelden/wijk.svg'));
    mkdirSync(join(root, 'beelden/wijk.svg'));
    const run = await agreed(root);
    expect(rules(run)).toEqual([`${SESSIE} image-outside-beelden`, `${SESSIE} image-missing`]);
    expect(run.json.messages[1]!.message).toBe('beelden/wijk.svg is geen bestand.');
  });

  it('sees the beelden folder moved elsewhere and linked back, though every picture in it kept its stat', async () => {
    const root = roots['folder']!;
    await agreed(root);
    const elsewhere = join(tempDir(), 'beelden');
    renameSync(join(root, 'beelden'), elsewhere);
    symlinkSync(elsewhere, join(root, 'beelden'));
    const run = await agreed(root);
    expect(rules(run)).toEqual([`${SESSIE} image-outside-beelden`, `${SESSIE} image-outside-beelden`, `${SESSIE} image-outside-beelden`]);
    expect(run.json.messages[0]!.message).toContain('De map beelden/ is een verwijzing naar een andere plek');
  });

  it('checks the picture a changed reference now points at', async () => {
    const root = roots['reference']!;
    await agreed(root);
    writeFileSync(join(root, 'beelden/kapot.jpg'), TINY_JPEG.subarray(0, 200));
    const path = join(root, SESSIE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('../beelden/team.jpg', '../beelden/kapot.jpg'));
    const run = await agreed(root);
    expect(rules(run)).toEqual([`${SESSIE} image-corrupt`]);
    expect(run.json.messages[0]!.message).toContain('beelden/kapot.jpg');
    // team.jpg is no longer shown: its verdict is dropped; kapot.jpg is too new to be kept.
    expect(Object.keys(storedImages(root))).toEqual(['beelden/schets.png', 'beelden/wijk.svg']);
  });

  it('ignores and rebuilds a cache whose image verdicts are damaged', async () => {
    const root = roots['damaged']!;
    const before = await agreed(root);
    const good = readFileSync(join(root, CACHE), 'utf8');
    const damages: Array<(beelden: Beelden) => void> = [
      (beelden) => (beelden['beelden/team.jpg']![1] = 'groot'),
      (beelden) => (beelden['beelden/team.jpg']![1] = -1),
      (beelden) => (beelden['beelden/team.jpg'] = [beelden['beelden/team.jpg']![0], 'image-missing', 'weg']),
      (beelden) => (beelden['beelden/team.jpg'] = ['', 1000]),
      (beelden) => (beelden['beelden/team.jpg'] = [beelden['beelden/team.jpg']![0], 'image-corrupt', 7]),
    ];
    for (const damage of damages) {
      const cache = JSON.parse(good) as { beelden: Beelden };
      damage(cache.beelden);
      writeFileSync(join(root, CACHE), JSON.stringify(cache));
      expect(await checkJson(root)).toEqual(before);
      expect(readFileSync(join(root, CACHE), 'utf8')).toBe(good);
    }
  });
});
