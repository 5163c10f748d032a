/**
 * The preview image of the hosted survey's shared links (`/partage.png`, 1200 × 630, the size
 * Open Graph and large Twitter cards show): the barometer's name and what it asks, drawn with the
 * kit's own rasteriser and fonts, so it is made at build time rather than committed as bytes.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { FONT_FAMILY } from '../kit/src/fonts.js';
import { rasterizeNode } from '../kit/src/render/png-node.js';

const WIDTH = 1200;
const HEIGHT = 630;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#000091"/>
  <rect x="0" y="${HEIGHT - 24}" width="${WIDTH}" height="24" fill="#e1000f"/>
  <g font-family="${FONT_FAMILY}" fill="#ffffff">
    <text x="80" y="230" font-size="92" font-weight="bold">Baromètre citoyen</text>
    <text x="80" y="330" font-size="44">Donnez votre avis sur l’accueil</text>
    <text x="80" y="390" font-size="44">de vos services publics.</text>
    <text x="80" y="500" font-size="32">Anonyme · sans cookie</text>
  </g>
</svg>`;

mkdirSync('build/public', { recursive: true });
writeFileSync('build/public/partage.png', await rasterizeNode(svg, WIDTH));
console.log(`share image: build/public/partage.png (${WIDTH} × ${HEIGHT})`);
