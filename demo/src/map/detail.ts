/**
 * The figures panel and how a département is chosen: hover or keyboard focus shows its figures,
 * a click or Enter opens its dashboard. On a touch screen a first tap shows the figures (a finger
 * cannot hover) with a « Voir son tableau de bord » link, brought into view, and a second tap on
 * the same département opens the dashboard.
 * @module
 */

export const dashboardOf = (code: string) => `/tableau-de-bord/${encodeURIComponent(`departement:${code}`)}`;

/** A coarse primary pointer (a finger): the instructions say « touchez », not « survolez ». */
export const touchFirst = () => matchMedia('(pointer: coarse)').matches;

export function hintText(touch: boolean): string {
  return touch
    ? 'Touchez un département pour lire ses chiffres, puis touchez-le à nouveau (ou suivez le lien «\u202fVoir son tableau de bord\u202f») pour ouvrir son tableau de bord.'
    : 'Survolez ou parcourez au clavier (Tab) les départements pour lire leurs chiffres\u202f; cliquez ou appuyez sur Entrée pour ouvrir le tableau de bord du département.';
}

function show(panel: HTMLElement, code: string, label: string): void {
  const link = Object.assign(document.createElement('a'), { href: dashboardOf(code), textContent: 'Voir son tableau de bord' });
  panel.replaceChildren(Object.assign(document.createElement('p'), { textContent: label }), link);
  panel.dataset.code = code;
}

/** Wires the départements' shapes (each with data-code and aria-label) to the panel. */
export function wireDepartements(svg: SVGSVGElement, panel: HTMLElement): void {
  let pointerType = '';
  let tapped = '';
  const target = (event: Event) => (event.target instanceof Element ? event.target.closest<SVGElement>('[data-code]') : null);
  const showFor = (shape: SVGElement) => show(panel, shape.dataset.code ?? '', shape.getAttribute('aria-label') ?? '');
  svg.addEventListener('focusin', (event) => {
    const shape = target(event);
    if (shape) showFor(shape);
  });
  svg.addEventListener('mouseover', (event) => {
    const shape = target(event);
    if (shape && pointerType !== 'touch') showFor(shape);
  });
  svg.addEventListener('pointerdown', (event) => (pointerType = event.pointerType));
  svg.addEventListener('click', (event) => {
    const shape = target(event);
    const code = shape?.dataset.code;
    if (!shape || !code) return;
    if (pointerType === 'mouse' || tapped === code) {
      location.assign(dashboardOf(code));
      return;
    }
    // First tap (or pen): the figures, where the reader sees them.
    tapped = code;
    showFor(shape);
    panel.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  });
  svg.addEventListener('keydown', (event) => {
    const code = target(event)?.dataset.code;
    if (event.key === 'Enter' && code) location.assign(dashboardOf(code));
  });
}
