// Which characters a font file can draw: its `cmap` table, read without a font
// library. ef only needs the set of code points, and the OpenType format for
// that is small and stable (subtable formats 4 and 12, the two every TrueType
// and CFF font with Unicode coverage carries), so a full parser such as fontkit
// (a dozen dependencies, shaping and layout code we would never call) would be
// weight without use. Only the table directory and the cmap table are read.
import { closeSync, openSync, readSync } from 'node:fs';

/** Sorted, non-overlapping inclusive ranges of code points: [first, last, first, last, …]. */
export type CodePointRanges = readonly number[];

/** The code points the font at `path` maps to a glyph (glyph 0, .notdef, excluded). */
export function readCmapFile(path: string): CodePointRanges {
  const fd = openSync(path, 'r');
  try {
    const read = (offset: number, length: number): Buffer => {
      const buffer = Buffer.alloc(length);
      const got = readSync(fd, buffer, 0, length, offset);
      if (got !== length) throw new Error(`${path}: ends before byte ${offset + length}`);
      return buffer;
    };
    const header = read(0, 12);
    const numTables = header.readUInt16BE(4);
    const directory = read(12, numTables * 16);
    for (let i = 0; i < numTables; i++) {
      if (directory.toString('latin1', i * 16, i * 16 + 4) === 'cmap') {
        const offset = directory.readUInt32BE(i * 16 + 8);
        const length = directory.readUInt32BE(i * 16 + 12);
        return parseCmap(read(offset, length));
      }
    }
    throw new Error(`${path}: no cmap table`);
  } finally {
    closeSync(fd);
  }
}

/** The code points of a `cmap` table (the bytes of the table itself). */
export function parseCmap(table: Buffer): CodePointRanges {
  const count = table.readUInt16BE(2);
  // Prefer the full-repertoire subtable (format 12), else the BMP one (format 4).
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = table.readUInt16BE(4 + i * 8);
    const encoding = table.readUInt16BE(6 + i * 8);
    const offset = table.readUInt32BE(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = table.readUInt16BE(offset);
    if (format === 12 && best?.format !== 12) best = { format, offset };
    else if (format === 4 && best === undefined) best = { format, offset };
  }
  if (!best) throw new Error('cmap has no Unicode subtable of format 4 or 12');
  const points = best.format === 12 ? format12(table, best.offset) : format4(table, best.offset);
  return toRanges(points);
}

function format4(table: Buffer, at: number): Array<[number, number]> {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const out: Array<[number, number]> = [];
  for (let s = 0; s < segments; s++) {
    const end = table.readUInt16BE(ends + s * 2);
    const start = table.readUInt16BE(starts + s * 2);
    const delta = table.readInt16BE(deltas + s * 2);
    const rangeOffset = table.readUInt16BE(rangeOffsets + s * 2);
    if (start === 0xffff) continue;
    for (let c = start; c <= end; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const where = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = table.readUInt16BE(where);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) out.push([c, c]);
    }
  }
  return out;
}

function format12(table: Buffer, at: number): Array<[number, number]> {
  const groups = table.readUInt32BE(at + 12);
  const out: Array<[number, number]> = [];
  for (let g = 0; g < groups; g++) {
    const first = table.readUInt32BE(at + 16 + g * 12);
    const last = table.readUInt32BE(at + 20 + g * 12);
    const glyph = table.readUInt32BE(at + 24 + g * 12);
    // A group that starts at glyph 0 maps its first code point to .notdef.
    if (glyph === 0) {
      if (last > first) out.push([first + 1, last]);
    } else {
      out.push([first, last]);
    }
  }
  return out;
}

/** Merge single points and spans into sorted, non-overlapping ranges. */
export function toRanges(spans: ReadonlyArray<readonly [number, number]>): CodePointRanges {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [first, last] of sorted) {
    const n = out.length;
    if (n > 0 && first <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, last);
    else out.push(first, last);
  }
  return out;
}

/** Whether `codePoint` lies in one of the ranges (binary search). */
export function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ranges[mid * 2]!) hi = mid - 1;
    else if (codePoint > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Code points in every one of the range lists. */
export function intersectRanges(lists: readonly CodePointRanges[]): CodePointRanges {
  if (lists.length === 0) return [];
  return lists.slice(1).reduce<CodePointRanges>((acc, list) => {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < acc.length && j < list.length) {
      const first = Math.max(acc[i]!, list[j]!);
      const last = Math.min(acc[i + 1]!, list[j + 1]!);
      if (first <= last) out.push(first, last);
      if (acc[i + 1]! < list[j + 1]!) i += 2;
      else j += 2;
    }
    return out;
  }, lists[0]!);
}

/** Code points in any of the range lists. */
export function unionRanges(lists: readonly CodePointRanges[]): CodePointRanges {
  const spans: Array<[number, number]> = [];
  for (const list of lists) for (let i = 0; i < list.length; i += 2) spans.push([list[i]!, list[i + 1]!]);
  return toRanges(spans);
}
