// Images for tests, made here: a tiny JPEG and WebP (a blue field with a yellow block,
// encoded once by Chromium's canvas), PNGs drawn pixel by pixel, and the private
// metadata a phone or camera writes (GPS position, camera serial number, owner) added
// to them, so that tests can prove that no copy ef writes still carries it.
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/images/format.js';

/** 16×8 baseline JPEG with JFIF and an ICC profile, no EXIF. */
export const TINY_JPEG = Buffer.from(
  [
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh',
  'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB',
  'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA',
  'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y',
  'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM',
  'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQ',
  'FxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgo',
  'KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/',
  'xAAeEAAABAcAAAAAAAAAAAAAAAAABhZiEhMkMTIzgv/EABQBAQAAAAAAAAAAAAAAAAAAAAX/xAAiEQAABAQHAAAAAAAAAAAAAAAR',
  'FCExAAITcRIiIyRyofD/2gAMAwEAAhEDEQA/AJojJitVTJG10WHNwPKYokq+ftbDn1YAChLcmak3EcrA3d1gkzo0cEtwVxfyR//Z',
  ].join(''),
  'base64',
);

/** 16×8 lossy WebP (VP8X with an ICC profile). */
export const TINY_WEBP = Buffer.from(
  [
  'UklGRk4CAABXRUJQVlA4WAoAAAAgAAAADwAABwAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh',
  'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB',
  'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA',
  'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y',
  'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM',
  'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggYAAAABADAJ0BKhAACAABQCYloAJ0WQBuf+4g',
  'byB1f4OBr54gAAD++RQC/6Oc/9A8/kNvP+3U//pknZiVL3nDzL92bp5Q+T+ZcWytN/8uV4ff7P99x5JQLMYT99c32kJvxbL4AA==',
  ].join(''),
  'base64',
);

/** What the private metadata says: none of it may appear in any output. */
export const PRIVATE = {
  owner: 'Femke Fotograaf',
  serial: 'SN-4711-PRIVE',
  camera: 'Fotocamera Merk X100',
  /** Delft, Markt: 52° 0' 42" N, 4° 21' 30" E. */
  gps: [52, 0, 42, 4, 21, 30] as const,
  place: 'Markt 87, Delft',
} as const;

/** Every private text that must not survive, for searching an output. */
export const PRIVATE_TEXTS = [PRIVATE.owner, PRIVATE.serial, PRIVATE.camera, PRIVATE.place];

// ---------------------------------------------------------------- EXIF (TIFF)

interface Tag {
  readonly tag: number;
  readonly type: 2 | 3 | 4 | 5; // ASCII, SHORT, LONG, RATIONAL
  readonly value: string | readonly number[];
}

/** A big-endian TIFF block: IFD0 with camera and owner, an EXIF IFD with the serial, a GPS IFD. */
export function privateExif(options: { orientation?: number } = {}): Buffer {
  const ifd0: Tag[] = [
    { tag: 0x010f, type: 2, value: PRIVATE.camera },
    ...(options.orientation ? [{ tag: 0x0112, type: 3 as const, value: [options.orientation] }] : []),
    { tag: 0x013b, type: 2, value: PRIVATE.owner },
  ];
  const exif: Tag[] = [{ tag: 0xa431, type: 2, value: PRIVATE.serial }];
  const [latD, latM, latS, lonD, lonM, lonS] = PRIVATE.gps;
  const gps: Tag[] = [
    { tag: 0x0001, type: 2, value: 'N' },
    { tag: 0x0002, type: 5, value: [latD, 1, latM, 1, latS, 1] },
    { tag: 0x0003, type: 2, value: 'E' },
    { tag: 0x0004, type: 5, value: [lonD, 1, lonM, 1, lonS, 1] },
  ];
  // Layout: header (8) | IFD0 | EXIF IFD | GPS IFD | data area.
  const ifdSize = (tags: readonly Tag[], extra: number) => 2 + (tags.length + extra) * 12 + 4;
  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0, 2);
  const gpsAt = exifAt + ifdSize(exif, 0);
  let dataAt = gpsAt + ifdSize(gps, 0);
  const data: Buffer[] = [];
  const entry = (t: Tag): Buffer => {
    const bytes = valueBytes(t);
    const e = Buffer.alloc(12);
    e.writeUInt16BE(t.tag, 0);
    e.writeUInt16BE(t.type, 2);
    e.writeUInt32BE(t.type === 2 ? bytes.length : t.type === 5 ? (t.value as number[]).length / 2 : (t.value as number[]).length, 4);
    if (bytes.length <= 4) bytes.copy(e, 8);
    else {
      e.writeUInt32BE(dataAt, 8);
      data.push(bytes);
      dataAt += bytes.length;
    }
    return e;
  };
  const pointer = (tag: number, at: number): Buffer => {
    const e = Buffer.alloc(12);
    e.writeUInt16BE(tag, 0);
    e.writeUInt16BE(4, 2);
    e.writeUInt32BE(1, 4);
    e.writeUInt32BE(at, 8);
    return e;
  };
  const ifd = (entries: Buffer[]): Buffer => {
    const count = Buffer.alloc(2);
    count.writeUInt16BE(entries.length, 0);
    return Buffer.concat([count, ...entries, Buffer.alloc(4)]);
  };
  const first = ifd([...ifd0.map(entry), pointer(0x8769, exifAt), pointer(0x8825, gpsAt)]);
  const second = ifd(exif.map(entry));
  const third = ifd(gps.map(entry));
  return Buffer.concat([Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08]), first, second, third, ...data]);
}

function valueBytes(t: Tag): Buffer {
  if (t.type === 2) return Buffer.from(`${t.value as string}\0`, 'latin1');
  const numbers = t.value as readonly number[];
  const size = t.type === 3 ? 2 : 4;
  const bytes = Buffer.alloc(numbers.length * size);
  numbers.forEach((n, i) => (size === 2 ? bytes.writeUInt16BE(n, i * 2) : bytes.writeUInt32BE(n, i * 4)));
  return bytes;
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,0.7N" exif:GPSLongitude="4,21.5E"><dc:creator>${PRIVATE.owner}</dc:creator><dc:description>${PRIVATE.place}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;

// ---------------------------------------------------------------- JPEG

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * The JPEG with what a phone adds: EXIF with GPS, serial and owner; XMP; IPTC
 * (Photoshop APP13) with the by-line; a comment; and a second image after the end.
 */
export function jpegWithPrivateData(jpeg: Buffer = TINY_JPEG, options: { orientation?: number } = {}): Buffer {
  const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), privateExif(options)]));
  const xmp = segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(XMP, 'utf8')]));
  const byline = Buffer.from(PRIVATE.owner, 'latin1');
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, byline.length]), byline]);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0x00, 0x00]), Buffer.from([0, 0, 0, iptc.length]), iptc]);
  const photoshop = segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
  const comment = segment(0xfe, Buffer.from(`Gemaakt met ${PRIVATE.camera}, serienummer ${PRIVATE.serial}`, 'latin1'));
  // A second picture after EOI, as phones append a depth map or preview, with its own EXIF.
  const trailer = Buffer.concat([Buffer.from([0xff, 0xd8]), exif, Buffer.from([0xff, 0xd9])]);
  return Buffer.concat([jpeg.subarray(0, 2), exif, xmp, photoshop, comment, jpeg.subarray(2), trailer]);
}

/** The tags of the first EXIF IFD in a JPEG (empty without EXIF). */
export function exifTags(jpeg: Uint8Array): number[] {
  const bytes = Buffer.from(jpeg);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff && bytes[at + 1] !== 0xda) {
    const length = bytes.readUInt16BE(at + 2);
    if (bytes[at + 1] === 0xe1 && bytes.toString('latin1', at + 4, at + 10) === 'Exif\0\0') {
      const tiff = bytes.subarray(at + 10, at + 2 + length);
      const little = tiff.toString('latin1', 0, 2) === 'II';
      const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
      const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
      const ifd = u32(4);
      return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
    }
    at += 2 + length;
  }
  return [];
}

/** The markers of a JPEG's segments before its image data. */
export function jpegMarkers(jpeg: Uint8Array): number[] {
  const bytes = Buffer.from(jpeg);
  const markers: number[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    markers.push(bytes[at + 1]!);
    if (bytes[at + 1] === 0xda) break;
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return markers;
}

// ---------------------------------------------------------------- PNG

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG drawn by `colour(x, y)`. */
export function makePng(width: number, height: number, colour: (x: number, y: number) => [number, number, number] = () => [31, 78, 121]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...colour(x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The PNG with text chunks (owner, place), XMP in iTXt, an eXIf chunk with GPS, and a time stamp. */
export function pngWithPrivateData(png: Buffer = makePng(8, 4)): Buffer {
  const end = png.length - 12; // before IEND
  const time = Buffer.from([0x07, 0xe5, 1, 28, 14, 30, 0]);
  return Buffer.concat([
    png.subarray(0, 33), // signature + IHDR
    pngChunk('eXIf', privateExif()),
    pngChunk('tEXt', Buffer.from(`Author\0${PRIVATE.owner}`, 'latin1')),
    pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(XMP, 'utf8')])),
    pngChunk('tIME', time),
    png.subarray(33, end),
    pngChunk('tEXt', Buffer.from(`Comment\0${PRIVATE.place}, ${PRIVATE.serial}`, 'latin1')),
    png.subarray(end),
  ]);
}

export function pngChunkTypes(png: Uint8Array): string[] {
  const bytes = Buffer.from(png);
  const types: string[] = [];
  for (let at = 8; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) types.push(bytes.toString('latin1', at + 4, at + 8));
  return types;
}

// ---------------------------------------------------------------- WebP

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

/** The WebP with EXIF (GPS, serial, owner) and XMP chunks, announced in its VP8X header. */
export function webpWithPrivateData(webp: Buffer = TINY_WEBP): Buffer {
  const body = Buffer.from(webp.subarray(12));
  if (body.toString('latin1', 0, 4) === 'VP8X') body[8] = body[8]! | 0x0c;
  const all = Buffer.concat([body, riffChunk('EXIF', privateExif()), riffChunk('XMP ', Buffer.from(XMP, 'utf8'))]);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(all.length + 4, 4);
  return Buffer.concat([header, all]);
}

export function webpChunkTypes(webp: Uint8Array): string[] {
  const bytes = Buffer.from(webp);
  const types: string[] = [];
  for (let at = 12; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32LE(at + 4);
    types.push(bytes.toString('latin1', at, at + 4));
    at += 8 + length + (length % 2);
  }
  return types;
}

/** Whether any private text occurs in these bytes (as Latin-1/UTF-8 or UTF-16). */
export function carriesPrivateData(bytes: Uint8Array): string[] {
  const latin = Buffer.from(bytes).toString('latin1');
  const utf16 = Buffer.from(bytes).toString('utf16le');
  return PRIVATE_TEXTS.filter((text) => latin.includes(text) || utf16.includes(text));
}

/**
 * TINY_JPEG with one value of its first quantisation table changed: still a valid JPEG,
 * but with bytes of its own, so that tests can tell copies of different photos apart.
 */
export function distinctJpeg(n: number): Buffer {
  const jpeg = Buffer.from(TINY_JPEG);
  const dqt = jpeg.indexOf(Buffer.from([0xff, 0xdb]));
  // Marker, length, table id, then 64 values: change the last one.
  jpeg[dqt + 4 + 64] = (jpeg[dqt + 4 + 64]! + n) & 0xff || 1;
  return jpeg;
}

/** The first quantisation table of a JPEG, to recognise it inside a PDF. */
export function quantisationTable(jpeg: Uint8Array): Buffer {
  const bytes = Buffer.from(jpeg);
  const dqt = bytes.indexOf(Buffer.from([0xff, 0xdb]));
  return bytes.subarray(dqt, dqt + 4 + 65);
}
