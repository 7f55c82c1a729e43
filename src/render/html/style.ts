// The one style sheet of every HTML document: inline, no web fonts, no external
// requests. Colours meet WCAG 2.1 AA (accent #1F4E79 is 8.6:1 on white; muted
// #555 is 7.5:1); SDG badges use the official colours with the text colour from
// DOMAIN.md §4.2.
import { allSdgBadges } from './content.js';

const SANS = '"Source Sans 3", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';
const SERIF = '"Source Serif 4", Georgia, Cambria, "Times New Roman", serif';

export function styleSheet(): string {
  const badges = allSdgBadges();
  const stripe = badges
    .map((b, i) => `${b.kleur} ${((i * 100) / 17).toFixed(3)}% ${(((i + 1) * 100) / 17).toFixed(3)}%`)
    .join(', ');
  const badgeRules = badges.map((b) => `.sdg-${b.nummer}{background:${b.kleur};color:${b.inkt}}`).join('\n');
  return `
:root{--accent:#1F4E79;--ink:#1B1B1B;--muted:#555;--rule:#C8CDD3;--soft:#EAF0F6}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font-family:${SERIF};font-size:1.0625rem;line-height:1.6;hyphens:auto;overflow-wrap:break-word}
.skiplink{position:absolute;left:-10000px;top:0}
.skiplink:focus{left:1rem;top:1rem;z-index:1;background:#fff;color:var(--accent);padding:.5rem .75rem;border:2px solid var(--accent)}
.kolom{max-width:46rem;margin:0 auto;padding:0 1.25rem}
.omslag{background:var(--accent);color:#fff;font-family:${SANS}}
.omslag .kolom{padding-top:2.5rem;padding-bottom:2rem}
.omslag::after{content:"";display:block;height:.5rem;background:linear-gradient(to right, ${stripe})}
.organisatie{margin:0;font-weight:600;letter-spacing:.08em;text-transform:uppercase;font-size:.9rem}
.leerroute{margin:.15rem 0 1.75rem;font-size:1.15rem;color:#DCE6F1}
.omslag h1{margin:0;font-size:2.6rem;line-height:1.1;color:#fff}
.ondertitel{margin:.4rem 0 0;font-size:1.3rem}
.nummer{margin:.2rem 0 0;color:#DCE6F1}
.partners,.datum{margin:.2rem 0 0;font-size:.95rem}
.partners{margin-top:1.75rem}
.intern{display:inline-block;margin:1rem 0 0;padding:.2rem .5rem;border:2px solid #fff;font-weight:600;font-size:.9rem}
h1,h2,h3,h4,h5,h6{font-family:${SANS};color:var(--accent);line-height:1.25;hyphens:manual}
main h2{font-size:1.7rem;margin:2.5rem 0 .75rem}
main h3{font-size:1.3rem;margin:2rem 0 .5rem}
main h4{font-size:1.1rem;margin:1.5rem 0 .4rem}
main h5,main h6{font-size:1rem;margin:1.25rem 0 .4rem}
.inhoud{margin:2rem auto 0;font-family:${SANS}}
.inhoud h2{font-size:1.2rem;margin:0 0 .5rem}
.inhoud ol{list-style:none;margin:0;padding:0}
.inhoud ol ol{padding-left:1.25rem;font-size:.95rem}
.inhoud li{margin:.3rem 0}
.inhoud > .kolom::after{content:"";display:block;margin-top:1.5rem;border-bottom:1px solid var(--rule)}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
a:focus-visible,.tabel:focus-visible{outline:3px solid #B35900;outline-offset:2px}
p,ul,ol,blockquote,figure,pre,.tabel{margin:0 0 1rem}
ul,ol{padding-left:1.5rem}
li{margin:.2rem 0}
li > p{margin:0 0 .4rem}
blockquote{margin-left:0;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--accent);font-style:italic}
code{font-family:${SANS};background:#F3F4F6;padding:0 .25em;border-radius:2px}
pre{background:#F3F4F6;padding:.75rem;overflow-x:auto;white-space:pre-wrap}
pre code{padding:0;background:none}
hr{border:0;border-top:1px solid var(--rule);margin:2rem auto;width:30%}
figure{margin:1.5rem 0}
figure img{display:block;max-width:100%;height:auto}
figcaption{font-family:${SANS};font-size:.9rem;color:var(--muted);margin-top:.4rem}
img{max-width:100%;height:auto}
.tabel{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem;line-height:1.45}
th,td{padding:.4rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--rule)}
th{font-family:${SANS};font-weight:600;background:var(--soft);border-bottom:2px solid var(--accent)}
.uitlijning-rechts{text-align:right}
.uitlijning-midden{text-align:center}
.sdg{display:inline-block;min-width:1.7em;margin-right:.4em;padding:0 .3em;border-radius:3px;font:700 .78em/1.6 ${SANS};text-align:center;vertical-align:.08em}
${badgeRules}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.footnotes{margin-top:2.5rem;border-top:1px solid var(--rule);font-size:.9rem}
main{padding-bottom:2rem}
.voet{border-top:1px solid var(--rule);color:var(--muted);font-family:${SANS};font-size:.9rem}
.voet .kolom{padding-top:1.25rem;padding-bottom:2rem}
.voet p{margin:.2rem 0}
@media (max-width:40rem){
body{font-size:1rem;hyphens:auto}
.omslag h1{font-size:2rem}
main h2{font-size:1.45rem}
main h3{font-size:1.2rem}
th,td{padding:.35rem .45rem}
}
@media print{
@page{size:A4;margin:20mm 18mm}
body{font-size:10.5pt;line-height:1.45}
.kolom{max-width:none;padding:0}
.omslag{background:none;color:#000;border-bottom:2px solid var(--accent);margin-bottom:1rem}
.omslag::after{display:none}
.omslag h1{color:var(--accent)}
.leerroute,.nummer{color:var(--muted)}
.intern{border-color:var(--accent);color:var(--accent)}
.skiplink{display:none}
.inhoud{break-after:page}
h2,h3,h4{break-after:avoid}
figure,tr,blockquote{break-inside:avoid}
thead{display:table-header-group}
.tabel{overflow:visible}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted);word-break:break-all}
.sdg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`.trimStart();
}
