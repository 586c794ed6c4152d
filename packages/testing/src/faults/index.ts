export { ActivityFaults, COMPLETION_LOST, type HeldActivity } from './activity-faults';
export { faultMatrixCells, faultMatrixGaps, runFaultMatrix, type FaultMatrixOptions } from './fault-matrix';
export {
  FAULTS,
  type Fault,
  type FaultMatrixTable,
  type FaultPoint,
  type FaultScenario,
  type Invariant,
  type InvariantContext,
  type ScenarioContext,
} from './fault-scenario';
export type { Cell } from './run-cell';
export type { MatrixWorkers, StartWorkers } from './dying-lane';
export { faultMatrixTable } from './matrix-table';
