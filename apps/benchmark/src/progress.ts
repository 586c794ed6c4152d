import { Presets, SingleBar } from 'cli-progress';

/** One progress bar per phase (cli-progress); silent when stderr is not a terminal, as in CI and jest. */
export class Progress {
  private bar: SingleBar | undefined;

  start(phase: string, total: number, unit: string): void {
    this.stop();
    this.bar = new SingleBar(
      {
        format: `${phase.padEnd(44)} [{bar}] {percentage}% | {value}/{total} ${unit} | {detail}`,
        hideCursor: true,
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    this.bar.start(total, 0, { detail: '' });
  }

  update(value: number, detail = ''): void {
    this.bar?.update(value, { detail });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
