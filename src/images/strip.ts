// Privacy of photos: every copy ef writes of a JPEG, PNG or WebP keeps only what is
// needed to draw it. EXIF (GPS position, camera and its serial number, owner, date),
// XMP, IPTC, comments, thumbnails and embedded second images all go. The parts kept
// are listed (an allow-list), so an unknown kind of metadata goes too.
//
// One thing of EXIF is kept on purpose: the rotation (Orientation) of a JPEG, written
// anew as the only field of a minimal EXIF block; without it a portrait photo taken
// with a phone would lie on its side.
import {
  ascii,
  BeeldFout,
  jpegOrientation,
  jpegSegments,
  pngChunks,
  u16be,
  webpChunks,
  type BeeldSoort,
  type JpegSegment,
} from './format.js';

/** The image without metadata; the same bytes for the same input. @throws BeeldFout */
export function stripMetadata(soort: Exclude<BeeldSoort, 'svg'>, bytes: Uint8Array): Uint8Array {
  if (soort === 'jpeg') return stripJpeg(bytes);
  if (soort === 'png') return stripPng(bytes);
  return stripWebp(bytes);
}

// ---------------------------------------------------------------- JPEG

/** Segments that only say how to draw the image. */
function keepJpegSegment(segment: JpegSegment): boolean {
  const { marker, data } = segment;
  // APP0 JFIF (density; its optional thumbnail is cut below), APP2 ICC colour profile,
  // APP14 Adobe (colour transform of CMYK files).
  if (marker === 0xe0) return ascii(data, 0, 5) === 'JFIF\0';
  if (marker === 0xe2) return ascii(data, 0, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(data, 0, 5) === 'Adobe';
  if (marker >= 0xe1 && marker <= 0xef) return false; // EXIF, XMP, IPTC, MPF, vendor data
  if (marker === 0xfe) return false; // COM: free text
  // Frame, tables, restart interval, scans: the image itself.
  return (marker >= 0xc0 && marker <= 0xcf) || marker === 0xdb || marker === 0xdd || marker === 0xda || marker === 0xdc || marker === 0xdf;
}

export function stripJpeg(bytes: Uint8Array): Uint8Array {
  const { segments, scan } = jpegSegments(bytes);
  const orientation = jpegOrientation(segments);
  const out: Uint8Array[] = [Uint8Array.of(0xff, 0xd8)];
  let exifWritten = false;
  const writeSegment = (segment: JpegSegment) => {
    if (!keepJpegSegment(segment)) return;
    out.push(segment.marker === 0xe0 ? jfifWithoutThumbnail(segment) : bytes.subarray(segment.start, segment.end));
    // The rotation goes right after JFIF (or first), where readers look for EXIF.
    if (!exifWritten && orientation !== 1) {
      out.push(orientationExif(orientation));
      exifWritten = true;
    }
  };
  if (orientation !== 1 && segments[0]?.marker !== 0xe0) {
    out.push(orientationExif(orientation));
    exifWritten = true;
  }
  for (const segment of segments) writeSegment(segment);

  // Entropy-coded data, and the segments between the scans of a progressive JPEG,
  // up to the first EOI. What follows EOI (a second image, a depth map, vendor data) goes.
  let at = scan;
  let dataStart = scan;
  for (;;) {
    const next = bytes.indexOf(0xff, at);
    if (next === -1 || next + 1 >= bytes.length) throw new BeeldFout('het JPEG-bestand is afgebroken (het einde ontbreekt)');
    const marker = bytes[next + 1]!;
    if (marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0xff) {
      at = marker === 0xff ? next + 1 : next + 2;
      continue;
    }
    out.push(bytes.subarray(dataStart, next));
    if (marker === 0xd9) {
      out.push(Uint8Array.of(0xff, 0xd9));
      break;
    }
    if (next + 4 > bytes.length) throw new BeeldFout('het JPEG-bestand is afgebroken');
    const length = u16be(bytes, next + 2);
    const end = next + 2 + length;
    if (length < 2 || end > bytes.length) throw new BeeldFout('een deel van het JPEG-bestand is langer dan het bestand (afgebroken?)');
    writeSegment({ marker, start: next, end, data: bytes.subarray(next + 4, end) });
    at = end;
    dataStart = end;
  }
  return concat(out);
}

/** APP0 JFIF with its thumbnail (x/y thumbnail size) set to none. */
function jfifWithoutThumbnail(segment: JpegSegment): Uint8Array {
  const data = segment.data;
  if (data.length < 14) return Uint8Array.of(0xff, 0xe0, (2 + data.length) >> 8, (2 + data.length) & 0xff, ...data);
  const kept = Uint8Array.from(data.subarray(0, 14));
  kept[12] = 0;
  kept[13] = 0;
  return Uint8Array.of(0xff, 0xe0, 0x00, 2 + kept.length, ...kept);
}

/** APP1 with a big-endian TIFF header and one IFD entry: Orientation. */
function orientationExif(orientation: number): Uint8Array {
  const tiff = [
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // MM, 42, IFD at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation, SHORT, 1
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ];
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]; // "Exif\0\0"
  const length = payload.length + 2;
  return Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff, ...payload);
}

// ---------------------------------------------------------------- PNG

/** Chunks that say how to draw the image (PNG 3rd edition and APNG). */
const PNG_KEEP = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCV', 'cLLI',
  'bKGD', 'hIST', 'pHYs', 'acTL', 'fcTL', 'fdAT',
]);

export function stripPng(bytes: Uint8Array): Uint8Array {
  const chunks = pngChunks(bytes);
  return concat([bytes.subarray(0, 8), ...chunks.filter((chunk) => PNG_KEEP.has(chunk.type)).map((chunk) => bytes.subarray(chunk.start, chunk.end))]);
}

// ---------------------------------------------------------------- WebP

const WEBP_KEEP = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

export function stripWebp(bytes: Uint8Array): Uint8Array {
  const chunks = webpChunks(bytes).filter((chunk) => WEBP_KEEP.has(chunk.fourcc));
  const parts = chunks.map((chunk) => {
    const copy = Uint8Array.from(bytes.subarray(chunk.start, chunk.end));
    // The extended header announces EXIF (bit 3) and XMP (bit 2): they are gone now.
    if (chunk.fourcc === 'VP8X') copy[8] = copy[8]! & ~0x0c;
    // A chunk of odd length ends the file without its padding byte in some writers.
    return copy.length % 2 === 1 ? concat([copy, Uint8Array.of(0)]) : copy;
  });
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set([0x52, 0x49, 0x46, 0x46], 0); // RIFF
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set([0x57, 0x45, 0x42, 0x50], 8); // WEBP
  return concat([header, body]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
