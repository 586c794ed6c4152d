import { type Fault, FAULTS } from './fault-scenario';
import type { Cell } from './run-cell';

const FAULT_HEADINGS: Record<Fault, string> = {
  cancel: 'cancel',
  'worker-dies': 'worker dies',
  'completion-lost': 'completion lost',
};

/** Where a cell's fault strikes: an activity (`(local)` for a local one), or its workflow's wait. */
function pointOf({ fault }: Cell): string | undefined {
  if (!fault) return undefined;
  const { point } = fault;
  return 'waiting' in point
    ? `while waiting ${point.waiting}`
    : `${point.activityType}${point.local ? ' (local)' : ''}`;
}

/** One fault's column for a scenario: ✓ where it runs at every point, or which points it leaves out and why. */
function column(kind: Fault, cells: Cell[], points: string[]): string {
  const struck = cells.filter((cell) => cell.fault?.kind === kind);
  if (struck.length === 0) return '—';
  if (struck.every((cell) => cell.pending)) return 'to do';
  const missing = points.filter((point) => !struck.some((cell) => pointOf(cell) === point));
  const pending = struck.filter((cell) => cell.pending).map((cell) => `${pointOf(cell)} (to do)`);
  const left = [...missing, ...pending];
  return left.length === 0 ? '✓' : `✓ but ${left.join(', ')}`;
}

/**
 * The matrix as docs/testing.md shows it: a row per scenario of each workflow type, its fault points, where each
 * fault strikes, and the invariants checked after every run besides those every workflow is held to.
 */
export function faultMatrixTable(cells: readonly Cell[]): string {
  const scenarios = new Map<string, Cell[]>();
  for (const cell of cells) {
    const key = `${cell.workflowType}\u0000${cell.scenario.name}`;
    scenarios.set(key, [...(scenarios.get(key) ?? []), cell]);
  }
  const rows = [...scenarios.values()].map((group) => {
    const { workflowType, scenario } = group[0]!;
    const points = [...new Set(group.flatMap((cell) => pointOf(cell) ?? []))];
    const invariants = scenario.invariants.map(({ name }) => name).join('; ') || '—';
    const faults = FAULTS.map((kind) => column(kind, group, points));
    return `| ${workflowType} | ${scenario.name} | ${points.join(', ') || '—'} | ${faults.join(' | ')} | ${invariants} |`;
  });
  const headings = [
    'Workflow',
    'Scenario',
    'Fault points',
    ...FAULTS.map((kind) => FAULT_HEADINGS[kind]),
    'Invariants',
  ];
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}
