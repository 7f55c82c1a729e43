// Colours of the charts. The paradigm colours come from the Okabe–Ito palette (safe for
// colour-blind readers), darkened where needed so that lines and marks keep a contrast of
// at least 3:1 on white (WCAG 1.4.11); the tints are the quadrant backgrounds (10%).
import type { ParadigmaId } from '../monitoring.js';

export const PARADIGMA_KLEUR: Readonly<Record<ParadigmaId, string>> = {
  rechtmatig: '#0072B2', // 5.2:1 on white
  presterend: '#D55E00', // 3.9:1
  samenwerkend: '#007A5A', // 5.3:1
  responsief: '#A8528A', // 5.0:1
};

export const PARADIGMA_TINT: Readonly<Record<ParadigmaId, string>> = {
  rechtmatig: '#E6F1F7',
  presterend: '#FBEFE6',
  samenwerkend: '#E6F2EF',
  responsief: '#F6EEF3',
};

/** Marks for roles: filled = stadsgericht, open (white with this outline) = intern gericht. */
export const MARK = '#1F4E79'; // 8.7:1 on white
