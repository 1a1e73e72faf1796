// Synthetic "SPECIMEN" documents for the "Use sample image" button: drawn here as SVG so the demo
// ships no pictures of real documents and works offline.

/** The kinds of document the simulator offers. */
export type DocumentKind = 'passport' | 'id-card' | 'drivers-license';

/** Which side of a document is being captured. */
export type DocumentSide = 'front' | 'back';

const PALETTES: Record<DocumentKind, { paper: string; band: string; ink: string }> = {
  passport: { paper: '#eef3f8', band: '#1e3a5f', ink: '#23364d' },
  'id-card': { paper: '#eef6f1', band: '#2f6f57', ink: '#1f3b31' },
  'drivers-license': { paper: '#f6f1ea', band: '#8a4b1f', ink: '#3d2a1c' },
};

const TITLES: Record<DocumentKind, string> = {
  passport: 'PASSPORT',
  'id-card': 'IDENTITY CARD',
  'drivers-license': 'DRIVING LICENCE',
};

function lines(x: number, y: number, widths: number[], ink: string): string {
  return widths
    .map(
      (w, i) =>
        `<rect x="${x}" y="${y + i * 34}" width="${w}" height="9" rx="4" fill="${ink}" opacity=".22"/>` +
        `<rect x="${x}" y="${y + i * 34 + 14}" width="${Math.round(w * 0.7)}" height="12" rx="5" fill="${ink}" opacity=".55"/>`,
    )
    .join('');
}

/** A data: URL of a made-up document image, 856×540 like an ID-1 card at 10 px/mm. */
export function sampleDocument(kind: DocumentKind, side: DocumentSide, country: string): string {
  const { paper, band, ink } = PALETTES[kind];
  const code = country.slice(0, 2).toUpperCase();
  const face =
    `<rect x="44" y="118" width="210" height="262" rx="14" fill="${band}" opacity=".12"/>` +
    `<circle cx="149" cy="214" r="52" fill="${band}" opacity=".45"/>` +
    `<path d="M62 372c12-66 52-100 87-100s75 34 87 100z" fill="${band}" opacity=".45"/>`;
  const mrz =
    `<g font-family="ui-monospace,Menlo,monospace" font-size="25" fill="${ink}" opacity=".75">` +
    `<text x="44" y="468">${kind === 'passport' ? 'P' : 'I'}&lt;${code}SPECIMEN&lt;&lt;ALEX&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;</text>` +
    `<text x="44" y="504">X0000000&lt;0${code}9001011M3001019&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;02</text></g>`;
  const body =
    side === 'front'
      ? face +
        lines(290, 128, [240, 300, 190, 260], ink) +
        `<circle cx="742" cy="330" r="58" fill="none" stroke="${band}" stroke-width="6" opacity=".25"/>` +
        (kind === 'passport' ? mrz : lines(290, 268, [150], ink))
      : `<rect x="44" y="118" width="768" height="84" rx="8" fill="${band}" opacity=".1"/>` +
        lines(44, 232, [300, 220, 340], ink) +
        `<g fill="${ink}" opacity=".6">${Array.from(
          { length: 48 },
          (_, i) => `<rect x="${520 + i * 6}" y="240" width="${i % 3 === 0 ? 4 : 2}" height="90"/>`,
        ).join('')}</g>` +
        mrz;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 856 540" width="856" height="540">` +
    `<rect width="856" height="540" rx="34" fill="${paper}"/>` +
    `<rect width="856" height="86" rx="34" fill="${band}"/><rect y="52" width="856" height="34" fill="${band}"/>` +
    `<text x="44" y="56" font-family="system-ui,sans-serif" font-weight="700" font-size="30" fill="#fff" letter-spacing="3">${TITLES[kind]}</text>` +
    `<text x="812" y="56" text-anchor="end" font-family="system-ui,sans-serif" font-weight="700" font-size="30" fill="#fff">${code}</text>` +
    body +
    `<text x="428" y="330" text-anchor="middle" transform="rotate(-18 428 300)" font-family="system-ui,sans-serif" font-weight="800" font-size="92" fill="#c0392b" opacity=".22" letter-spacing="8">SPECIMEN</text>` +
    `</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
