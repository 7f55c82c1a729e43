// Chart text in the PDF uses ef's sans, whatever family the SVG names.
import { describe, expect, it } from 'vitest';
import { pinSvgFonts } from '../../src/render/typst/svg-fonts.js';

describe('pinSvgFonts', () => {
  it.each([
    [`<svg font-family="system-ui, 'Segoe UI', Arial, sans-serif">`, `<svg font-family="Source Sans 3">`],
    [`<text font-family='Liberation Sans' x="1">`, `<text font-family='Source Sans 3' x="1">`],
    [`<text style="fill:red; font-family: 'DejaVu Sans', serif; font-size:12px">`, `<text style="fill:red; font-family: Source Sans 3; font-size:12px">`],
    [`<style>text{font-family:Arial,sans-serif}</style>`, `<style>text{font-family:Source Sans 3}</style>`],
    [`<text style="font: bold 12px/1.2 Arial, sans-serif">`, `<text style="font: bold 12px/1.2 Source Sans 3">`],
    [`<text font-weight="700" font-size="12">x</text>`, `<text font-weight="700" font-size="12">x</text>`],
  ])('%s', (input, expected) => {
    expect(pinSvgFonts(input)).toBe(expected);
  });
});
