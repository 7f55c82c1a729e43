// Draws the pictures of the embedded logbook (logbook/beelden/): illustrations made
// with code for this repository, no photos or images of others. Chromium's canvas
// encodes them as JPEG, PNG and WebP. Run once by hand when a drawing changes:
//   node scripts/beelden/teken.mjs
// (needs playwright-core, a dev dependency, and Chromium at /usr/bin/chromium).
/* global document -- the drawing code runs in the browser page */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../logbook/beelden');
mkdirSync(join(out, 'intern'), { recursive: true });

// Every drawing runs inside the page; helpers are defined there too.
const drawings = {
  // The three Publiek Ondernemers at a table, Delft's skyline behind the window.
  'team-publiek-ondernemen.jpg': { width: 1400, height: 860, type: 'image/jpeg', quality: 0.82, draw: `
    const sky = g.createLinearGradient(0, 0, 0, 520); sky.addColorStop(0, '#BFD7EA'); sky.addColorStop(1, '#EAF0F6');
    g.fillStyle = '#F4EFE6'; g.fillRect(0, 0, W, H);
    // window
    g.fillStyle = sky; g.fillRect(110, 70, 1180, 470);
    // skyline: canal houses with stepped gables and the Nieuwe Kerk tower
    g.fillStyle = '#7A8FA6';
    let x = 110; const rnd = seeded(7);
    while (x < 1290) { const w = 60 + rnd() * 50, h = 150 + rnd() * 90; stepped(x, 540, w, h); x += w + 4; }
    g.fillStyle = '#5E738A';
    g.fillRect(760, 230, 70, 310); g.beginPath(); g.moveTo(752, 232); g.lineTo(795, 95); g.lineTo(838, 232); g.fill();
    g.fillRect(790, 70, 10, 30);
    // window frame
    g.strokeStyle = '#FFFFFF'; g.lineWidth = 14; g.strokeRect(110, 70, 1180, 470);
    g.beginPath(); g.moveTo(700, 70); g.lineTo(700, 540); g.stroke();
    // wall of post-its on the left
    const colours = ['#F9E27D', '#F7B7A3', '#A8D5BA', '#9CC3E6'];
    for (let i = 0; i < 9; i++) { g.fillStyle = colours[i % 4]; g.fillRect(20 + (i % 3) * 28, 140 + Math.floor(i / 3) * 34, 24, 24); }
    // table
    g.fillStyle = '#A0724A'; g.beginPath(); g.ellipse(700, 760, 560, 120, 0, 0, Math.PI * 2); g.fill();
    g.fillStyle = '#8A5F3B'; g.fillRect(160, 760, 1080, 100);
    // three people
    person(380, 600, '#1F4E79', '#E0AC8A', '#3B2A20');
    person(700, 560, '#C5192D', '#8D5A3B', '#1B1B1B');
    person(1020, 600, '#2E7D4F', '#F1C7A5', '#B3832F');
    // laptop, mugs, papers
    g.fillStyle = '#3A3F47'; g.fillRect(610, 700, 180, 12); g.fillStyle = '#59606B';
    g.beginPath(); g.moveTo(625, 700); g.lineTo(640, 610); g.lineTo(760, 610); g.lineTo(775, 700); g.fill();
    mug(470, 720, '#FFFFFF'); mug(930, 725, '#FCC30B');
    g.fillStyle = '#FFFFFF'; g.save(); g.translate(300, 745); g.rotate(-0.12); g.fillRect(0, 0, 120, 80); g.restore();
    g.fillStyle = '#FFFFFF'; g.save(); g.translate(1060, 735); g.rotate(0.1); g.fillRect(0, 0, 110, 76); g.restore();
    function stepped(x, base, w, h) {
      g.beginPath(); g.moveTo(x, base); g.lineTo(x, base - h);
      const s = w / 5; for (let i = 0; i < 5; i++) { const y = base - h - (i < 3 ? i : 4 - i) * 14; g.lineTo(x + i * s, y); g.lineTo(x + (i + 1) * s, y); }
      g.lineTo(x + w, base - h); g.lineTo(x + w, base); g.fill();
      g.save(); g.fillStyle = '#DCE6F1'; for (let r = 0; r < 3; r++) for (let c = 0; c < 2; c++) g.fillRect(x + 10 + c * (w / 2), base - h + 20 + r * 40, w / 4, 22); g.restore();
    }
    function person(cx, top, shirt, skin, hair) {
      g.fillStyle = shirt; g.beginPath(); g.ellipse(cx, top + 190, 120, 130, 0, Math.PI, 0); g.fill(); g.fillRect(cx - 120, top + 190, 240, 60);
      g.fillStyle = skin; g.fillRect(cx - 22, top + 40, 44, 40); g.beginPath(); g.arc(cx, top, 62, 0, Math.PI * 2); g.fill();
      g.fillStyle = hair; g.beginPath(); g.arc(cx, top - 12, 64, Math.PI * 0.95, Math.PI * 2.05); g.fill();
    }
    function mug(x, y, c) { g.fillStyle = c; g.fillRect(x, y, 40, 48); g.strokeStyle = c; g.lineWidth = 7; g.beginPath(); g.arc(x + 44, y + 22, 12, -1.3, 1.3); g.stroke(); }
  ` },

  // The renovated school, as realised in 2020.
  'cornelis-musius-gerealiseerd.jpg': { width: 1400, height: 900, type: 'image/jpeg', quality: 0.82, draw: `
    const sky = g.createLinearGradient(0, 0, 0, 600); sky.addColorStop(0, '#7FB3E0'); sky.addColorStop(1, '#D6E8F5');
    g.fillStyle = sky; g.fillRect(0, 0, W, H);
    cloud(230, 120, 1); cloud(980, 90, 1.3); cloud(1250, 170, 0.8);
    // schoolyard
    g.fillStyle = '#8DBF6A'; g.fillRect(0, 640, W, 260);
    g.fillStyle = '#C9C2B6'; g.fillRect(0, 700, W, 60);
    // brick building of the 1920s: a central entrance block and two wings
    bricks(180, 300, 1040, 400);
    g.fillStyle = '#7C3B2A'; g.beginPath(); g.moveTo(150, 310); g.lineTo(700, 150); g.lineTo(1250, 310); g.fill();
    // solar panels on the roof
    g.fillStyle = '#1E2F4F';
    for (let i = 0; i < 8; i++) { const x = 300 + i * 105; const y = 268 - Math.abs(i - 3.5) * 24; panel(x, y); }
    // windows: large new frames
    for (let r = 0; r < 2; r++) for (let c = 0; c < 8; c++) { if (c === 3 || c === 4) continue; windowAt(230 + c * 122, 360 + r * 150); }
    // entrance
    g.fillStyle = '#F0E6D2'; g.fillRect(640, 470, 120, 230); g.fillStyle = '#2E5E3E'; g.fillRect(655, 520, 90, 180);
    g.fillStyle = '#F0E6D2'; g.font = '600 30px sans-serif'; g.textAlign = 'center'; g.fillText('SCHOOL', 700, 395);
    // trees and green
    tree(90, 700, 1.2); tree(1310, 700, 1.1); tree(1130, 760, 0.8); tree(300, 770, 0.7);
    // children playing
    const rnd = seeded(3); const shirts = ['#FCC30B', '#C5192D', '#1F4E79', '#FD9D24', '#2E7D4F'];
    for (let i = 0; i < 9; i++) kid(380 + rnd() * 700, 800 + rnd() * 60, shirts[i % 5]);
    function bricks(x, y, w, h) {
      g.fillStyle = '#A6533A'; g.fillRect(x, y, w, h);
      g.strokeStyle = 'rgba(80,30,20,0.35)'; g.lineWidth = 1;
      for (let yy = y; yy < y + h; yy += 12) { g.beginPath(); g.moveTo(x, yy); g.lineTo(x + w, yy); g.stroke();
        for (let xx = x + ((yy - y) / 12 % 2) * 18; xx < x + w; xx += 36) { g.beginPath(); g.moveTo(xx, yy); g.lineTo(xx, yy + 12); g.stroke(); } }
    }
    function panel(x, y) { g.save(); g.fillStyle = '#1E2F4F'; g.fillRect(x, y, 95, 46); g.strokeStyle = '#8FB2D9'; g.lineWidth = 1.5;
      for (let i = 1; i < 4; i++) { g.beginPath(); g.moveTo(x + i * 24, y); g.lineTo(x + i * 24, y + 46); g.stroke(); }
      g.beginPath(); g.moveTo(x, y + 23); g.lineTo(x + 95, y + 23); g.stroke(); g.restore(); }
    function windowAt(x, y) { g.fillStyle = '#F0E6D2'; g.fillRect(x - 6, y - 6, 92, 112); g.fillStyle = '#9EC6E6'; g.fillRect(x, y, 80, 100);
      g.fillStyle = 'rgba(255,255,255,0.45)'; g.beginPath(); g.moveTo(x, y + 60); g.lineTo(x + 40, y); g.lineTo(x + 60, y); g.lineTo(x, y + 90); g.fill();
      g.fillStyle = '#F0E6D2'; g.fillRect(x + 38, y, 5, 100); }
    function tree(x, y, s) { g.fillStyle = '#6B4A2B'; g.fillRect(x - 10 * s, y - 120 * s, 20 * s, 120 * s);
      g.fillStyle = '#3F7D3A'; for (const [dx, dy, r] of [[0, -170, 70], [-50, -130, 55], [50, -130, 55], [0, -110, 60]]) { g.beginPath(); g.arc(x + dx * s, y + dy * s, r * s, 0, Math.PI * 2); g.fill(); } }
    function kid(x, y, c) { g.fillStyle = c; g.fillRect(x - 9, y - 30, 18, 30); g.fillStyle = '#E8B894'; g.beginPath(); g.arc(x, y - 40, 10, 0, Math.PI * 2); g.fill(); }
    function cloud(x, y, s) { g.fillStyle = 'rgba(255,255,255,0.9)'; for (const [dx, dy, r] of [[0, 0, 40], [40, -15, 50], [90, 0, 40], [45, 15, 40]]) { g.beginPath(); g.arc(x + dx * s, y + dy * s, r * s, 0, Math.PI * 2); g.fill(); } }
  ` },

  // The three goals the case contributes to, as a small poster (own design, official colours).
  'sdg-4-7-11.png': { width: 1200, height: 520, type: 'image/png', draw: `
    g.fillStyle = '#FFFFFF'; g.fillRect(0, 0, W, H);
    g.fillStyle = '#1F4E79'; g.font = '700 38px sans-serif'; g.fillText('Cornelis Musius draagt bij aan drie Global Goals', 60, 80);
    const goals = [[4, '#C5192D', 'Kwaliteits-', 'onderwijs'], [7, '#FCC30B', 'Betaalbare en', 'duurzame energie'], [11, '#FD9D24', 'Duurzame steden', 'en gemeenschappen']];
    goals.forEach(([n, c, a, b], i) => {
      const x = 60 + i * 370; g.fillStyle = c; g.fillRect(x, 130, 340, 340);
      g.fillStyle = '#FFFFFF'; g.font = '700 120px sans-serif'; g.fillText(String(n), x + 24, 260);
      g.font = '600 34px sans-serif'; g.fillText(a, x + 24, 360); g.fillText(b, x + 24, 404);
    });
  ` },

  // A frame in the spirit of the video: an initiator talks, the title in the lower third.
  'video-samen-maken-we-het-mogelijk.webp': { width: 1280, height: 720, type: 'image/webp', quality: 0.8, draw: `
    g.fillStyle = '#E9E1D3'; g.fillRect(0, 0, W, H);
    // bookshelf
    g.fillStyle = '#8A5F3B'; g.fillRect(800, 80, 420, 520);
    const rnd = seeded(11); const books = ['#1F4E79', '#C5192D', '#2E7D4F', '#FCC30B', '#6C4F8C', '#DCE6F1'];
    for (let s = 0; s < 4; s++) { let x = 815; g.fillStyle = '#6E4A2D'; g.fillRect(800, 80 + s * 130 + 118, 420, 12);
      while (x < 1200) { const w = 16 + rnd() * 22, h = 80 + rnd() * 35; g.fillStyle = books[Math.floor(rnd() * books.length)]; g.fillRect(x, 80 + s * 130 + 118 - h, w, h); x += w + 3; } }
    // plant
    g.fillStyle = '#B5651D'; g.fillRect(90, 470, 90, 110); g.fillStyle = '#3F7D3A';
    for (let i = 0; i < 7; i++) { g.beginPath(); g.ellipse(135 + Math.cos(i) * 50, 430 - i * 12, 22, 60, i - 3, 0, Math.PI * 2); g.fill(); }
    // the speaker
    g.fillStyle = '#2F4858'; g.beginPath(); g.ellipse(520, 720, 230, 260, 0, Math.PI, 0); g.fill();
    g.fillStyle = '#C68E6C'; g.fillRect(490, 330, 60, 80); g.beginPath(); g.ellipse(520, 270, 88, 105, 0, 0, Math.PI * 2); g.fill();
    g.fillStyle = '#5A3A22'; g.beginPath(); g.ellipse(520, 215, 95, 70, 0, Math.PI, 0); g.fill();
    // lower third
    g.fillStyle = 'rgba(31,78,121,0.92)'; g.fillRect(0, 580, W, 100);
    g.fillStyle = '#FFFFFF'; g.font = '700 40px sans-serif'; g.fillText('Samen maken we het mogelijk', 60, 630);
    g.font = '400 26px sans-serif'; g.fillText('Initiatiefnemer uit de stad', 60, 665);
  ` },

  // Internal only: the wall of sticky notes after the roles exercise.
  'intern/rollenwand.jpg': { width: 1200, height: 800, type: 'image/jpeg', quality: 0.8, draw: `
    g.fillStyle = '#EDEDE8'; g.fillRect(0, 0, W, H);
    // the NSOB quadrant taped to the wall
    g.fillStyle = '#FFFFFF'; g.fillRect(300, 120, 600, 560);
    g.strokeStyle = '#1F4E79'; g.lineWidth = 5; g.beginPath(); g.moveTo(600, 150); g.lineTo(600, 650); g.moveTo(330, 400); g.lineTo(870, 400); g.stroke();
    g.fillStyle = '#1F4E79'; g.font = '600 24px sans-serif';
    g.fillText('rechtmatig', 340, 180); g.fillText('presterend', 760, 180); g.fillText('responsief', 340, 640); g.fillText('samenwerkend', 720, 640);
    const rnd = seeded(5); const colours = ['#F9E27D', '#F7B7A3', '#A8D5BA', '#9CC3E6'];
    for (let i = 0; i < 34; i++) {
      const x = 330 + rnd() * 520, y = 200 + rnd() * 400; g.save(); g.translate(x, y); g.rotate((rnd() - 0.5) * 0.3);
      g.fillStyle = 'rgba(0,0,0,0.12)'; g.fillRect(4, 4, 56, 56); g.fillStyle = colours[i % 4]; g.fillRect(0, 0, 56, 56);
      g.strokeStyle = '#444'; g.lineWidth = 2; for (let l = 0; l < 3; l++) { g.beginPath(); g.moveTo(8, 16 + l * 13); g.lineTo(8 + 20 + rnd() * 22, 16 + l * 13); g.stroke(); }
      g.restore();
    }
    for (let i = 0; i < 12; i++) { g.fillStyle = colours[i % 4]; g.fillRect(60 + (i % 3) * 66, 160 + Math.floor(i / 3) * 70, 56, 56); g.fillRect(960 + (i % 3) * 66, 200 + Math.floor(i / 3) * 70, 56, 56); }
  ` },
};

const PAGE_HELPERS = `
  function seeded(seed) { let s = seed; return () => { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; }; }
`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [name, spec] of Object.entries(drawings)) {
    const url = await page.evaluate(
      ({ width, height, type, quality, code }) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        new Function('g', 'W', 'H', code)(canvas.getContext('2d'), width, height);
        return canvas.toDataURL(type, quality);
      },
      { width: spec.width, height: spec.height, type: spec.type, quality: spec.quality, code: PAGE_HELPERS + spec.draw },
    );
    const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    writeFileSync(join(out, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
} finally {
  await browser.close();
}
