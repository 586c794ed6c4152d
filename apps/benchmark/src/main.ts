#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { batchChart } from './batch/batch-chart';
import { runBatchBench } from './batch/batch-phase';
import { batchPlan } from './batch/batch-plan';
import { batchToMarkdown } from './batch/batch-report';
import { runBenchmark } from './benchmark';
import { renderSvg } from './charts/render-svg';
import { peersChart } from './charts/peers-chart';
import { runsChart } from './charts/runs-chart';
import { makePlan, makeScalePlan } from './plan';
import { toMarkdown } from './report';
import { runScale } from './scale/scale-phase';
import { scaleToMarkdown } from './scale/scale-report';
import { runSoak, soakToMarkdown } from './soak';

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}

interface Options {
  quick?: boolean;
  peers?: boolean;
  cluster?: boolean;
  batch?: boolean;
  soak?: number;
  rate?: number;
  orderRate?: number;
  out: string;
}

const program = new Command('bench')
  .description('Load-test the project on a Temporal dev server: throughput, latency, worker CPU and memory, cold start')
  .option('--quick', 'a smoke run of a few seconds per phase (what CI runs)')
  .option('--peers', 'only the peers phase: the greeting on the project worker, the TypeScript floor and Python')
  .addOption(
    new Option(
      '--cluster',
      'only the scale-out phase: greeting and order on 1, 2 and 4 worker processes, on the project cluster ' +
        '(`pnpm cluster up` first) and on a dev server, with the CPU split between their processes',
    ).conflicts(['peers', 'soak']),
  )
  .addOption(
    new Option(
      '--batch',
      'only the batch phase: BatchWorkflow over 10,000 and 100,000 records (records/s, runs, longest history, ' +
        'worker RSS over time) beside 2,000 fan-out style',
    ).conflicts(['peers', 'soak', 'cluster']),
  )
  .option(
    '--soak <minutes>',
    'hold a steady greeting rate for this many minutes and report failures and RSS growth',
    positive,
  )
  .option(
    '--rate <perSecond>',
    'open-loop greeting rate (default: 70% of the closed-loop throughput; soak: 15)',
    positive,
  )
  .option('--order-rate <perSecond>', 'open-loop order rate (default: 70% of the closed-loop throughput)', positive)
  .option(
    '--out <dir>',
    'where to write report.json, report.md, report.svg and peers.svg (--cluster: scale.json, scale.md; --batch: batch.json, batch.md, batch.svg)',
    path.join(__dirname, '../results'),
  )
  .action(async (options: Options) => {
    mkdirSync(options.out, { recursive: true });
    if (options.cluster) {
      const report = await runScale(makeScalePlan(Boolean(options.quick)));
      const markdown = scaleToMarkdown(report);
      writeFileSync(path.join(options.out, 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(path.join(options.out, 'scale.md'), markdown);
      console.log(markdown);
      if (report.runs.some((run) => run.failed > 0)) process.exitCode = 1;
      return;
    }
    if (options.batch) {
      const report = await runBatchBench(batchPlan(Boolean(options.quick)), options.quick ? 'quick' : 'full');
      const markdown = batchToMarkdown(report);
      writeFileSync(path.join(options.out, 'batch.json'), `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(path.join(options.out, 'batch.md'), markdown);
      const chart = batchChart(report, `Batches: worker RSS over time, records/s (${report.mode})`);
      writeFileSync(path.join(options.out, 'batch.svg'), await renderSvg(chart));
      console.log(markdown);
      if (report.runs.some((run) => !run.exactlyOnce)) process.exitCode = 1;
      return;
    }
    if (options.soak) {
      const report = await runSoak(options.soak, options.rate ?? 15);
      writeFileSync(path.join(options.out, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(path.join(options.out, 'soak.md'), soakToMarkdown(report));
      console.log(soakToMarkdown(report));
      if (report.result.failed > 0) process.exitCode = 1;
      return;
    }
    const report = await runBenchmark(
      makePlan(Boolean(options.quick)),
      { greeting: options.rate, order: options.orderRate },
      { peersOnly: Boolean(options.peers) },
    );
    const markdown = toMarkdown(report);
    writeFileSync(path.join(options.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(options.out, 'report.md'), markdown);
    const written = ['report.json', 'report.md', 'peers.svg'];
    if (report.runs.length) {
      const chart = runsChart(report.runs, `Workflows/s by worker configuration (${report.mode})`);
      writeFileSync(path.join(options.out, 'report.svg'), await renderSvg(chart));
      written.push('report.svg');
    }
    const peers = peersChart(report.peers, `The greeting on each worker, beside the TypeScript floor (${report.mode})`);
    writeFileSync(path.join(options.out, 'peers.svg'), await renderSvg(peers));
    console.log(markdown);
    console.log(`report: ${written.map((name) => path.join(options.out, name)).join(', ')}`);
  });

program.parseAsync().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
