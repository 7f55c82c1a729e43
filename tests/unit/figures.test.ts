// Figure numbers and captions: photos and charts numbered together, and a caption that
// would only repeat the heading above it is left at its number.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { heading, image, paragraph } from '../../src/compile/mdast.js';
import type { RenderDocument } from '../../src/compile/document.js';
import { figureCaptions } from '../../src/render/figures.js';

function doc(children: Root['children']): RenderDocument {
  const jpeg = { soort: 'jpeg' as const, bytes: new Uint8Array([0xff, 0xd8]), width: 4, height: 3 };
  return {
    slug: 'r',
    assetDir: 'r-beelden',
    meta: { titel: 'R', ondertitel: undefined, organisatie: 'G', leerroute: 'L', partners: [], nummer: undefined, datum: '2021-01-01', audience: 'intern' },
    tree: { type: 'root', children },
    images: [
      { name: 'team.jpg', alt: 'Het team', beeld: jpeg },
      { name: 'sdg-dekking.svg', alt: 'Staafdiagram', svg: '<svg/>' },
    ],
  };
}

describe('figureCaptions', () => {
  it('numbers photos and charts in document order, with the title as caption (else the alt text)', () => {
    const d = doc([
      heading(2, 'Start'),
      paragraph(image('r-beelden/team.jpg', 'Het team', 'Het team bij de start. Foto: gemeente Delft')),
      paragraph('Tekst met ', image('r-beelden/team.jpg', 'inline'), ' erin.'),
      paragraph(image('r-beelden/team.jpg', 'Nog eens het team')),
      paragraph(image('https://example.org/x.png', 'Van buiten', 'Niet van ons')),
      heading(3, 'Monitoring'),
      paragraph(image('r-beelden/sdg-dekking.svg', 'Staafdiagram', 'Aantal sessies per Global Goal')),
    ]);
    expect([...figureCaptions(d, d.tree).values()]).toEqual([
      'Figuur 1. Het team bij de start. Foto: gemeente Delft',
      'Figuur 2. Nog eens het team',
      'Figuur 3. Aantal sessies per Global Goal',
    ]);
  });

  it('does not repeat the heading above a figure as its caption', () => {
    const d = doc([heading(3, "Global Goals (SDG's)"), paragraph(image('r-beelden/sdg-dekking.svg', 'Staafdiagram', 'Global Goals (SDG’s)'))]);
    expect([...figureCaptions(d, d.tree).values()]).toEqual(['Figuur 1']);
  });
});
