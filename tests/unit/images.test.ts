// Photos and drawings from beelden/: reading their kind and size from their bytes,
// refusing broken files, stripping private metadata and making SVG harmless.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keurBeeld, leesBeeld, verwijzing } from '../../src/images/beeld.js';
import { BeeldFout, jpegSegments, rasterSize, sniff, svgSize } from '../../src/images/format.js';
import { stripMetadata } from '../../src/images/strip.js';
import { sanitizeSvg } from '../../src/images/svg.js';
import {
  TINY_JPEG,
  TINY_WEBP,
  carriesPrivateData,
  exifTags,
  jpegMarkers,
  jpegWithPrivateData,
  makePng,
  pngChunk,
  pngChunkTypes,
  pngWithPrivateData,
  webpChunkTypes,
  webpWithPrivateData,
} from '../helpers/images.js';
import { PROJECT, tempDir } from '../helpers/ef.js';

/** The entropy-coded image data of a JPEG: from its scan to its end. */
function scanData(jpeg: Uint8Array): Buffer {
  const { scan } = jpegSegments(jpeg);
  const bytes = Buffer.from(jpeg);
  return bytes.subarray(scan, bytes.indexOf(Buffer.from([0xff, 0xd9]), scan) + 2);
}

describe('the kind and size of an image, from its own bytes', () => {
  it('knows JPEG, PNG, WebP and SVG, whatever the file is called', () => {
    expect(sniff(TINY_JPEG)).toBe('jpeg');
    expect(sniff(makePng(3, 2))).toBe('png');
    expect(sniff(TINY_WEBP)).toBe('webp');
    expect(sniff(Buffer.from('<?xml version="1.0"?>\n<!-- tekening -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniff(Buffer.from('GIF89a....'))).toBeUndefined();
    expect(sniff(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('reads the size from the headers', () => {
    expect(rasterSize('jpeg', TINY_JPEG)).toEqual({ width: 16, height: 8 });
    expect(rasterSize('png', makePng(30, 20))).toEqual({ width: 30, height: 20 });
    expect(rasterSize('webp', TINY_WEBP)).toEqual({ width: 16, height: 8 });
    expect(svgSize('<svg viewBox="0 0 1200 760">')).toEqual({ width: 1200, height: 760 });
    expect(svgSize('<svg width="300px" height="200" viewBox="0 0 30 20">')).toEqual({ width: 300, height: 200 });
  });

  it('swaps width and height of a JPEG that EXIF says to turn a quarter', () => {
    expect(rasterSize('jpeg', jpegWithPrivateData(TINY_JPEG, { orientation: 6 }))).toEqual({ width: 8, height: 16 });
  });

  it('refuses a truncated or damaged file with a reason in Dutch', () => {
    const png = makePng(8, 8);
    const badCrc = Buffer.from(png);
    badCrc[45] = badCrc[45]! ^ 0xff;
    const cases: Array<[Parameters<typeof rasterSize>[0], Uint8Array, RegExp]> = [
      ['jpeg', TINY_JPEG.subarray(0, 300), /afgebroken/],
      ['jpeg', TINY_JPEG.subarray(0, TINY_JPEG.length - 2), /afgebroken/],
      ['png', png.subarray(0, png.length - 12), /afgebroken/],
      ['png', badCrc, /controlesom/],
      ['webp', TINY_WEBP.subarray(0, 100), /afgebroken/],
    ];
    for (const [soort, bytes, reason] of cases) {
      expect(() => rasterSize(soort, bytes), `${soort} ${bytes.length}`).toThrow(BeeldFout);
      expect(() => rasterSize(soort, bytes)).toThrow(reason);
    }
  });
});

/** A PNG of the given header values whose image data is `data` (zlib-compressed here). */
function pngOf(width: number, height: number, data: Buffer, options: { colourType?: number; interlaced?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = options.colourType ?? 2;
  header[12] = options.interlaced ? 1 : 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(data)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('images that claim more than they hold', () => {
  it('refuses a PNG of 400 million pixels before inflating it (a "PNG bomb" of a few kB)', () => {
    const bomb = pngOf(20_000, 20_000, Buffer.alloc(10_000), { colourType: 0 });
    expect(bomb.length).toBeLessThan(2_000);
    expect(() => rasterSize('png', bomb)).toThrow(/20000 × 20000 pixels, meer dan 40 miljoen/);
  });

  it('refuses a PNG whose image data inflates to more than its header says', () => {
    const rowBytes = 1 + 8 * 3;
    expect(rasterSize('png', pngOf(8, 8, Buffer.alloc(8 * rowBytes)))).toEqual({ width: 8, height: 8 });
    expect(() => rasterSize('png', pngOf(8, 8, Buffer.alloc(100 * 8 * rowBytes)))).toThrow(/beschadigd/);
  });

  it('knows how much data an interlaced PNG holds', () => {
    // Adam7 on 8 × 8 RGB: passes of 1×1, 1×1, 2×1, 2×2, 4×2, 4×4 and 8×4 pixels, a filter byte per row.
    const length = 4 + 4 + 7 + 2 * 7 + 2 * 13 + 4 * 13 + 4 * 25;
    expect(rasterSize('png', pngOf(8, 8, Buffer.alloc(length), { interlaced: true }))).toEqual({ width: 8, height: 8 });
    expect(() => rasterSize('png', pngOf(8, 8, Buffer.alloc(length + 1), { interlaced: true }))).toThrow(/beschadigd/);
  });

  it('refuses a JPEG or WebP that claims more than 40 million pixels', () => {
    const huge = Buffer.from(TINY_JPEG);
    const sof = huge.indexOf(Buffer.from([0xff, 0xc0]));
    huge.writeUInt16BE(9000, sof + 5);
    huge.writeUInt16BE(9000, sof + 7);
    expect(() => rasterSize('jpeg', huge)).toThrow(/9000 × 9000 pixels/);
  });
});

describe('checking an image without making its copy', () => {
  it('gives the verdict leesBeeld gives, for good, damaged, misnamed and unsafe pictures', () => {
    const root = tempDir();
    const beelden = join(root, 'beelden');
    mkdirSync(beelden);
    for (const name of readdirSync(join(PROJECT, 'logbook/beelden'))) {
      if (name !== 'intern') copyFileSync(join(PROJECT, 'logbook/beelden', name), join(beelden, name));
    }
    const png = makePng(8, 8);
    const files: Record<string, Uint8Array | string> = {
      'klein.png': png,
      'afgebroken.png': png.subarray(0, png.length - 12),
      'bom.png': pngOf(20_000, 20_000, Buffer.alloc(10_000), { colourType: 0 }),
      'foto.jpg': jpegWithPrivateData(TINY_JPEG),
      'gedraaid.jpg': jpegWithPrivateData(TINY_JPEG, { orientation: 6 }),
      'beeld.webp': TINY_WEBP,
      'png-als.jpg': png,
      'leeg.svg': '',
      'geen-maat.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
      'met-script.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="40px" height="20" onload="alert(1)"><script>alert(1)</script></svg>',
      'viewbox.svg': '<svg viewBox="0 0 120 60" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/></svg>',
      'kapot.svg': '<svg><g></svg>',
      'html.svg': '<html><body/></html>',
      'tekst.png': 'Dit is geen afbeelding.',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(beelden, name), content);
    const names = readdirSync(beelden).sort();
    expect(names.length).toBeGreaterThan(15);
    for (const name of [...names, 'ontbreekt.png', 'bestand.gif']) {
      const pad = `beelden/${name}`;
      const gelezen = leesBeeld(root, pad);
      const verwacht = 'beeld' in gelezen ? { beeld: { ...gelezen.beeld, bytes: undefined } } : gelezen;
      const gekeurd = keurBeeld(root, pad);
      expect([pad, 'beeld' in gekeurd ? { beeld: { ...gekeurd.beeld, bytes: undefined } } : gekeurd]).toEqual([pad, verwacht]);
    }
  });
});

describe('stripping private metadata', () => {
  it('takes EXIF (GPS, serial, owner), XMP, IPTC, comments and a trailing image out of a JPEG', () => {
    const source = jpegWithPrivateData();
    expect(carriesPrivateData(source)).toHaveLength(4);
    expect(exifTags(source)).toContain(0x8825); // the GPS position is there to begin with

    const stripped = stripMetadata('jpeg', source);
    expect(carriesPrivateData(stripped)).toEqual([]);
    expect(exifTags(stripped)).toEqual([]);
    expect(jpegMarkers(stripped).filter((m) => m === 0xe1 || m === 0xed || m === 0xfe)).toEqual([]);
    expect(Buffer.from(stripped).includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    // The picture itself is untouched, and the file ends where the picture ends.
    expect(scanData(stripped).equals(scanData(TINY_JPEG))).toBe(true);
    expect(Buffer.from(stripped).subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(rasterSize('jpeg', stripped)).toEqual({ width: 16, height: 8 });
    // The colour profile stays (it says how to show the colours, not who took the photo).
    expect(jpegMarkers(stripped)).toContain(0xe2);
  });

  it('keeps only the rotation of a phone photo, in an EXIF block of its own', () => {
    const stripped = stripMetadata('jpeg', jpegWithPrivateData(TINY_JPEG, { orientation: 6 }));
    expect(exifTags(stripped)).toEqual([0x0112]);
    expect(carriesPrivateData(stripped)).toEqual([]);
    expect(rasterSize('jpeg', stripped)).toEqual({ width: 8, height: 16 });
  });

  it('takes text, XMP, EXIF and time chunks out of a PNG and leaves the pixels', () => {
    const source = pngWithPrivateData();
    expect(pngChunkTypes(source)).toEqual(['IHDR', 'eXIf', 'tEXt', 'iTXt', 'tIME', 'IDAT', 'tEXt', 'IEND']);
    const stripped = stripMetadata('png', source);
    expect(pngChunkTypes(stripped)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(carriesPrivateData(stripped)).toEqual([]);
    expect(Buffer.from(stripped).equals(makePng(8, 4))).toBe(true);
  });

  it('takes EXIF and XMP out of a WebP and clears their flags in its header', () => {
    const source = webpWithPrivateData();
    expect(webpChunkTypes(source)).toEqual(['VP8X', 'ICCP', 'VP8 ', 'EXIF', 'XMP ']);
    const stripped = stripMetadata('webp', source);
    expect(webpChunkTypes(stripped)).toEqual(['VP8X', 'ICCP', 'VP8 ']);
    expect(carriesPrivateData(stripped)).toEqual([]);
    expect(stripped[20]! & 0x0c).toBe(0);
    expect(Buffer.from(stripped).readUInt32LE(4)).toBe(stripped.length - 8);
    expect(rasterSize('webp', stripped)).toEqual({ width: 16, height: 8 });
  });

  it('gives the same bytes for the same photo', () => {
    const source = jpegWithPrivateData();
    expect(Buffer.from(stripMetadata('jpeg', source)).equals(Buffer.from(stripMetadata('jpeg', source)))).toBe(true);
  });
});

describe('SVG from a logbook', () => {
  const hostile = `<?xml version="1.0"?>
<!DOCTYPE svg>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 100 50" onload="alert(1)" inkscape:export-filename="/home/anna/geheim.png">
  <script>alert(2)</script>
  <metadata><creator>Anna de Vries</creator></metadata>
  <style>@import url(https://evil.example/x.css);</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#1F4E79"/></linearGradient></defs>
  <rect width="100" height="50" fill="url(#g)" onclick="alert(3)"/>
  <a href="javascript:alert(4)"><text x="5" y="30">Delft</text></a>
  <image href="https://evil.example/t.png" width="1" height="1"/>
  <use xlink:href="#g"/><use href="file:///etc/passwd#x"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <circle r="5" fill="url(https://evil.example/p#x)" style="fill: u\\72l(https://evil.example)"/>
  <set attributeName="href" to="javascript:alert(5)"/>
</svg>`;

  it('keeps the drawing and drops scripts, handlers, links out, embedded HTML and editor metadata', () => {
    const clean = sanitizeSvg(hostile);
    for (const gone of ['script', 'onload', 'onclick', 'javascript', 'evil.example', 'foreignObject', 'inkscape', '/home/anna', 'Anna de Vries', '@import', '<set', '<image', 'file:', '<style', 'metadata']) {
      expect(clean, gone).not.toContain(gone);
    }
    expect(clean).toContain('<rect width="100" height="50" fill="url(#g)">');
    expect(clean).toContain('<text x="5" y="30">Delft</text>');
    expect(clean).toContain('<use xlink:href="#g">');
    expect(clean).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink" viewBox="0 0 100 50">/);
  });

  it('refuses a file that is not well-formed SVG, and entity tricks', () => {
    expect(() => sanitizeSvg('<svg><rect></svg>')).toThrow(BeeldFout);
    expect(() => sanitizeSvg('<html><svg/></html>')).toThrow(/geen SVG/);
    expect(() => sanitizeSvg('<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;&a;</svg>')).toThrow(BeeldFout);
  });
});

describe('where an image reference points', () => {
  it('resolves from the file that holds it, to a path inside beelden/', () => {
    expect(verwijzing('sessies/2021-01-28-x.md', '../beelden/team.jpg')).toEqual({ pad: 'beelden/team.jpg' });
    expect(verwijzing('sessies/2021/x.md', '../../beelden/intern/wand%20foto.jpg')).toEqual({ pad: 'beelden/intern/wand foto.jpg' });
  });

  it('refuses the web, absolute paths and paths out of beelden/', () => {
    for (const url of ['https://example.org/x.png', '//example.org/x.png', 'data:image/png;base64,AAAA', 'file:///etc/passwd', '/etc/passwd', '../../etc/passwd', '../beelden/../sessies/x.md', 'beelden/team.jpg', '..\\beelden\\x.jpg']) {
      const result = verwijzing('sessies/x.md', url);
      expect('probleem' in result && result.probleem.regel, url).toBe('image-outside-beelden');
    }
  });
});
