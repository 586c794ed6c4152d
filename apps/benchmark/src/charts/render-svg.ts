import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite chart as standalone SVG, rendered in Node without a browser or canvas: with no canvas, Vega lays text
 * out by an estimated width that errs wide, so labels get room rather than being cut.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}

/** Shared look of the report's charts: white background, no label truncation (the default cuts at 180 px). */
export const chartConfig = {
  background: 'white',
  font: 'sans-serif',
  padding: 12,
  axis: { labelLimit: 0, labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 15, anchor: 'start' },
  view: { stroke: null },
} as const;
