/** Which template draws which asset: the A sizes are posters, everything in pixels is a card; mirrored for a right-to-left language. */
import type { KitAsset } from '../../../survey/sources.js';
import type { Drawing } from '../drawing.js';
import { cardDrawing } from './card.js';
import { inDirectionOf } from './direction.js';
import type { TemplateData } from './layout-data.js';
import { posterDrawing } from './poster.js';

export function drawingOf(asset: KitAsset, data: Omit<TemplateData, 'asset'>): Drawing {
  const drawing = asset.family === 'poster' ? posterDrawing({ ...data, asset }) : cardDrawing({ ...data, asset });
  return inDirectionOf(drawing, data.language);
}

export type { TemplateData };
