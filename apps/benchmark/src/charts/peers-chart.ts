import type { TopLevelSpec } from 'vega-lite';
import { peerFigureTitles, type PeersReport, withRatio } from '../peers/peers-phase';
import { chartConfig } from './render-svg';

const ROW_HEIGHT = 26;

/** One panel per figure, stacked: a bar per peer (and round), labelled with the figure and its ratio to the floor. */
export function peersChart(peers: PeersReport, title: string): TopLevelSpec {
  const panels = peerFigureTitles(peers.concurrency);
  const rounds = Math.max(...peers.runs.map((r) => r.round));
  const values = peers.runs.map(({ peer, round, figures, toFloor }) => ({
    peer,
    worker: rounds > 1 ? `${peer} · round ${round}` : peer,
    ...figures,
    ...Object.fromEntries(panels.map(({ key }) => [`${key}Label`, withRatio(figures[key], toFloor[key])])),
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    data: { values },
    config: chartConfig,
    spacing: 16,
    vconcat: panels.map(({ key, title: panelTitle }) => ({
      title: { text: panelTitle, fontSize: 12, fontWeight: 'normal', anchor: 'middle' },
      width: 360,
      height: ROW_HEIGHT * peers.runs.length,
      encoding: { y: { field: 'worker', type: 'nominal', sort: null, title: null } },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: { field: key, type: 'quantitative', title: null },
            color: { field: 'peer', type: 'nominal', legend: null },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 4 },
          encoding: { x: { field: key, type: 'quantitative' }, text: { field: `${key}Label` } },
        },
      ],
    })),
  };
}
