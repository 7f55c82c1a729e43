// Which kind of image a file is and how large it is, read from its own bytes (never from
// its name), and whether its structure holds together. Small readers for the four
// formats ef accepts: JPEG, PNG, WebP and SVG. No decoder: what is checked is the
// container (markers, chunks, checksums, compressed data), which catches truncated,
// renamed and damaged files.
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';

export type BeeldSoort = 'jpeg' | 'png' | 'webp' | 'svg';

export const MIME: Record<BeeldSoort, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export const EXTENSION: Record<BeeldSoort, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', svg: 'svg' };

/** File name extensions ef accepts, by the format they must hold. */
export const EXTENSIONS: Readonly<Record<string, BeeldSoort>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  svg: 'svg',
};

export interface Afmeting {
  readonly width: number;
  readonly height: number;
}

/** A problem with an image file, in words for the user. */
export class BeeldFout extends Error {}

/** The format of these bytes, or undefined when they are none of the four. */
export function sniff(bytes: Uint8Array): BeeldSoort | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+svg[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

export function u16be(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

export function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

export function u32le(bytes: Uint8Array, at: number): number {
  return bytes[at]! + (bytes[at + 1]! << 8) + (bytes[at + 2]! << 16) + ((bytes[at + 3]! << 24) >>> 0);
}

function u24le(bytes: Uint8Array, at: number): number {
  return bytes[at]! + (bytes[at + 1]! << 8) + (bytes[at + 2]! << 16);
}

// ---------------------------------------------------------------- JPEG

export interface JpegSegment {
  /** The marker byte after 0xFF (e.g. 0xE1 for APP1). */
  readonly marker: number;
  /** Offset of the 0xFF that starts the segment. */
  readonly start: number;
  /** Offset just past the segment (its length field included). */
  readonly end: number;
  /** The segment's payload (after the length field). */
  readonly data: Uint8Array;
}

/**
 * The segments before the image data (SOS) and the offset where the image data starts.
 * @throws BeeldFout when the structure is broken.
 */
export function jpegSegments(bytes: Uint8Array): { segments: JpegSegment[]; scan: number } {
  if (!(bytes[0] === 0xff && bytes[1] === 0xd8)) throw new BeeldFout('het is geen JPEG-bestand');
  const segments: JpegSegment[] = [];
  let at = 2;
  for (;;) {
    // Fill bytes (0xFF repeated) may stand before a marker.
    while (at < bytes.length && bytes[at] === 0xff && bytes[at + 1] === 0xff) at += 1;
    if (at + 4 > bytes.length) throw new BeeldFout('het JPEG-bestand houdt op voordat het beeld begint (afgebroken?)');
    if (bytes[at] !== 0xff) throw new BeeldFout('de opbouw van het JPEG-bestand klopt niet (beschadigd?)');
    const marker = bytes[at + 1]!;
    if (marker === 0xd9) throw new BeeldFout('het JPEG-bestand bevat geen beeld');
    // Markers without a length: TEM and RST0–7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = u16be(bytes, at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new BeeldFout('een deel van het JPEG-bestand is langer dan het bestand (afgebroken?)');
    segments.push({ marker, start: at, end, data: bytes.subarray(at + 4, end) });
    at = end;
    if (marker === 0xda) return { segments, scan: at };
  }
}

function jpegSize(bytes: Uint8Array): Afmeting {
  const { segments } = jpegSegments(bytes);
  const frame = segments.find((s) => s.marker >= 0xc0 && s.marker <= 0xcf && s.marker !== 0xc4 && s.marker !== 0xc8 && s.marker !== 0xcc);
  if (!frame || frame.data.length < 5) throw new BeeldFout('het JPEG-bestand zegt niet hoe groot het beeld is');
  if (!segments.some((s) => s.marker === 0xda)) throw new BeeldFout('het JPEG-bestand bevat geen beeld');
  const end = lastNonZero(bytes);
  if (!(bytes[end - 1] === 0xff && bytes[end] === 0xd9)) throw new BeeldFout('het JPEG-bestand is afgebroken (het einde ontbreekt)');
  const size = { height: u16be(frame.data, 1), width: u16be(frame.data, 3) };
  return jpegOrientation(segments) >= 5 ? { width: size.height, height: size.width } : size;
}

/** Index of the last byte that is not a padding zero (some cameras pad after EOI). */
function lastNonZero(bytes: Uint8Array): number {
  let end = bytes.length - 1;
  while (end > 0 && bytes[end] === 0 && bytes.length - end < 4096) end -= 1;
  return end;
}

/** The EXIF orientation (1–8) of a JPEG, 1 when it has none. */
export function jpegOrientation(segments: readonly JpegSegment[]): number {
  for (const segment of segments) {
    if (segment.marker !== 0xe1 || ascii(segment.data, 0, 6) !== 'Exif\0\0') continue;
    const tiff = segment.data.subarray(6);
    if (tiff.length < 8) continue;
    const little = ascii(tiff, 0, 2) === 'II';
    if (!little && ascii(tiff, 0, 2) !== 'MM') continue;
    const u16 = (at: number) => (little ? tiff[at]! + (tiff[at + 1]! << 8) : u16be(tiff, at));
    const u32 = (at: number) => (little ? u32le(tiff, at) : u32be(tiff, at));
    const ifd = u32(4);
    if (ifd + 2 > tiff.length) continue;
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (entry + 12 > tiff.length) break;
      if (u16(entry) === 0x0112) {
        const value = u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
  }
  return 1;
}

// ---------------------------------------------------------------- PNG

export interface PngChunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly data: Uint8Array;
}

/** Every chunk of a PNG, checksums verified. @throws BeeldFout */
export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new BeeldFout('het is geen PNG-bestand');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new BeeldFout('het PNG-bestand is afgebroken');
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) throw new BeeldFout('het PNG-bestand is afgebroken of beschadigd');
    const crc = u32be(bytes, end - 4);
    if (crc32(bytes.subarray(at + 4, end - 4)) !== crc) throw new BeeldFout(`een deel (${type}) van het PNG-bestand is beschadigd (de controlesom klopt niet)`);
    chunks.push({ type, start: at, end, data: bytes.subarray(at + 8, end - 4) });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks[0].data.length !== 13) throw new BeeldFout('het PNG-bestand begint niet met zijn kop (IHDR)');
  if (chunks.at(-1)?.type !== 'IEND') throw new BeeldFout('het PNG-bestand is afgebroken (het einde ontbreekt)');
  return chunks;
}

function pngSize(bytes: Uint8Array): Afmeting {
  const chunks = pngChunks(bytes);
  const header = chunks[0]!.data;
  const size = { width: u32be(header, 0), height: u32be(header, 4) };
  // Before inflating: a small file can claim billions of pixels (a "PNG bomb").
  assertPixels(size);
  const idat = chunks.filter((c) => c.type === 'IDAT');
  if (idat.length === 0) throw new BeeldFout('het PNG-bestand bevat geen beeld');
  const data = Buffer.concat(idat.map((c) => c.data));
  const expected = pngDataLength(header);
  const key = `${expected}:${data.length}:${crc32(data)}`;
  if (inflatedBefore.has(key)) return size;
  try {
    // The header says exactly how many bytes the image data inflates to; more is damage,
    // and the limit keeps memory to what the picture itself needs.
    // One output buffer of that length (up to 64 MiB) instead of Node's 16 kB pieces
    // joined afterwards: a third faster for a picture of a few MB.
    inflateSync(data, { maxOutputLength: Math.max(1, expected), chunkSize: Math.min(Math.max(expected, 64 * 1024), 64 * 1024 * 1024) });
  } catch {
    throw new BeeldFout('de beeldgegevens van het PNG-bestand zijn beschadigd');
  }
  if (inflatedBefore.size >= 10_000) inflatedBefore.clear();
  inflatedBefore.add(key);
  return size;
}

/**
 * Image data this process inflated whole before (its lengths and checksum): a report
 * reads a picture to check the logbook and again to embed it, and inflating is most of
 * the cost of reading a PNG.
 */
const inflatedBefore = new Set<string>();

const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The passes of Adam7 interlacing: first column and row, column and row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The length of a PNG's inflated image data (a filter byte before every row), from its header. @throws BeeldFout */
function pngDataLength(header: Uint8Array): number {
  const width = u32be(header, 0);
  const height = u32be(header, 4);
  const channels = PNG_CHANNELS[header[9]!];
  if (channels === undefined) throw new BeeldFout('het PNG-bestand heeft een onbekende kleursoort');
  const bits = channels * header[8]!;
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bits) / 8)));
  if (header[12] !== 1) return rows(width, height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/**
 * More pixels than any report needs: a phone photo has about 12 million. Decoding more
 * (here, in Typst for a PDF) would take gigabytes of memory, and a small file can claim
 * that many.
 */
export const MAX_MEGAPIXELS = 40;

/** @throws BeeldFout when the picture has more than MAX_MEGAPIXELS million pixels. */
function assertPixels({ width, height }: Afmeting): void {
  if (width * height <= MAX_MEGAPIXELS * 1_000_000) return;
  throw new BeeldFout(
    `het beeld is ${width} × ${height} pixels, meer dan ${MAX_MEGAPIXELS} miljoen; maak het kleiner, bijvoorbeeld 2000 pixels breed`,
  );
}

/** The PNG chunk checksum; Node's own (zlib, native) is many times faster than a table in JavaScript. */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

// ---------------------------------------------------------------- WebP

export interface RiffChunk {
  readonly fourcc: string;
  readonly start: number;
  /** Past the chunk, padding included. */
  readonly end: number;
  readonly data: Uint8Array;
}

/** Every chunk of a WebP file. @throws BeeldFout */
export function webpChunks(bytes: Uint8Array): RiffChunk[] {
  if (!(ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')) throw new BeeldFout('het is geen WebP-bestand');
  const size = u32le(bytes, 4);
  if (size + 8 > bytes.length) throw new BeeldFout('het WebP-bestand is afgebroken');
  const total = size + 8;
  const chunks: RiffChunk[] = [];
  let at = 12;
  while (at + 8 <= total) {
    const fourcc = ascii(bytes, at, 4);
    const length = u32le(bytes, at + 4);
    const dataEnd = at + 8 + length;
    if (dataEnd > total) throw new BeeldFout('een deel van het WebP-bestand is langer dan het bestand (afgebroken?)');
    chunks.push({ fourcc, start: at, end: Math.min(total, dataEnd + (length % 2)), data: bytes.subarray(at + 8, dataEnd) });
    at = dataEnd + (length % 2);
  }
  if (chunks.length === 0) throw new BeeldFout('het WebP-bestand bevat geen beeld');
  return chunks;
}

function webpSize(bytes: Uint8Array): Afmeting {
  const chunks = webpChunks(bytes);
  const first = chunks[0]!;
  const { data } = first;
  if (first.fourcc === 'VP8X' && data.length >= 10) {
    if (!chunks.some((c) => c.fourcc === 'VP8 ' || c.fourcc === 'VP8L' || c.fourcc === 'ANIM')) throw new BeeldFout('het WebP-bestand bevat geen beeld');
    return { width: u24le(data, 4) + 1, height: u24le(data, 7) + 1 };
  }
  if (first.fourcc === 'VP8 ' && data.length >= 10 && data[3] === 0x9d && data[4] === 0x01 && data[5] === 0x2a) {
    return { width: (data[6]! | (data[7]! << 8)) & 0x3fff, height: (data[8]! | (data[9]! << 8)) & 0x3fff };
  }
  if (first.fourcc === 'VP8L' && data.length >= 5 && data[0] === 0x2f) {
    const bits = u32le(data, 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  throw new BeeldFout('het WebP-bestand begint niet met een beeld dat ef kent (beschadigd?)');
}

// ---------------------------------------------------------------- SVG

/** Width and height of an SVG from its root: `width`/`height` in px, else the viewBox. */
export function svgSize(svg: string): Afmeting | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`).exec(root);
  const width = attribute('width');
  const height = attribute('height');
  if (width && height && Number(width[1]) > 0 && Number(height[1]) > 0) return { width: Math.round(Number(width[1])), height: Math.round(Number(height[1])) };
  const viewBox = /\sviewBox\s*=\s*["']\s*([-0-9.e]+)[\s,]+([-0-9.e]+)[\s,]+([0-9.e]+)[\s,]+([0-9.e]+)\s*["']/i.exec(root);
  if (viewBox && Number(viewBox[3]) > 0 && Number(viewBox[4]) > 0) return { width: Math.round(Number(viewBox[3])), height: Math.round(Number(viewBox[4])) };
  return undefined;
}

// ---------------------------------------------------------------- all

/**
 * The pixel size of a raster image as it is shown (EXIF rotation applied), after
 * checking that the file's structure is whole. @throws BeeldFout
 */
export function rasterSize(soort: Exclude<BeeldSoort, 'svg'>, bytes: Uint8Array): Afmeting {
  const size = soort === 'jpeg' ? jpegSize(bytes) : soort === 'png' ? pngSize(bytes) : webpSize(bytes);
  if (size.width < 1 || size.height < 1) throw new BeeldFout('het beeld heeft geen breedte of hoogte');
  assertPixels(size);
  return size;
}
