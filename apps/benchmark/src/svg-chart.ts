import type { RunRecord } from './measure-config';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A horizontal bar chart of workflows/s per run, with p50/p95/p99 latency beside each bar. Hand-written: a few
 * rectangles and labels, which a chart library would bring a browser or canvas for.
 */
export function toSvg(runs: RunRecord[], title: string): string {
  const labelWidth = 430;
  const barWidth = 360;
  const rowHeight = 26;
  const top = 48;
  const width = labelWidth + barWidth + 230;
  const height = top + runs.length * rowHeight + 20;
  const max = Math.max(1, ...runs.map((r) => r.workflowsPerSecond));
  const rows = runs.map((r, i) => {
    const y = top + i * rowHeight;
    const w = Math.max(1, Math.round((r.workflowsPerSecond / max) * barWidth));
    const colour = r.workload === 'greeting' ? '#4c78a8' : '#f58518';
    const label = `${r.workload} · ${r.config} · ${r.load}`;
    const latency = `p50 ${r.latencyMs.p50} · p95 ${r.latencyMs.p95} · p99 ${r.latencyMs.p99} ms`;
    return [
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" fill="${colour}"/>`,
      `<text x="${labelWidth + w + 6}" y="${y + 17}">${r.workflowsPerSecond}/s</text>`,
      `<text x="${labelWidth + barWidth + 60}" y="${y + 17}" fill="#555">${escape(latency)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="12" y="26" font-size="16" font-weight="bold">${escape(title)}</text>`,
    ...rows,
    '</svg>',
    '',
  ].join('\n');
}
