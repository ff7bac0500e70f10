import type { EstimatePoint } from './estimate';

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 150;
const PAD = { left: 8, right: 8, top: 22, bottom: 24 };

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/**
 * Bars of the total penalty interest at each point ahead. The chart is decoration for sighted
 * readers: its aria-label says what it shows, and the table below it holds every figure.
 */
export function drawChart(svg: SVGSVGElement, points: EstimatePoint[], money: (fen: number) => string): void {
  const max = Math.max(1, ...points.map((p) => p.totalFen));
  const slot = (W - PAD.left - PAD.right) / points.length;
  const barWidth = slot * 0.6;
  const plotHeight = H - PAD.top - PAD.bottom;
  const nodes: SVGElement[] = [
    el('line', { class: 'chart__axis', x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom }),
  ];
  points.forEach((point, i) => {
    const height = Math.max(1, (point.totalFen / max) * plotHeight);
    const x = PAD.left + i * slot + (slot - barWidth) / 2;
    nodes.push(el('rect', { class: 'chart__bar', x, y: H - PAD.bottom - height, width: barWidth, height, rx: 2 }));
    const label = el('text', { class: 'chart__label', x: x + barWidth / 2, y: H - 8, 'text-anchor': 'middle' });
    label.textContent = `+${point.ahead}`;
    nodes.push(label);
  });
  const last = points.at(-1);
  if (last) {
    const value = el('text', { class: 'chart__value', x: W - PAD.right, y: 14, 'text-anchor': 'end' });
    value.textContent = money(last.totalFen);
    nodes.push(value);
  }
  svg.replaceChildren(...nodes);
}
