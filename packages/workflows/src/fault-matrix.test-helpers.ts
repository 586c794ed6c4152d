import type { FaultMatrixTable } from '@reference/testing';
import { faultMatrix as ai } from './ai/fault-matrix.test-helpers';
import { faultMatrix as approval } from './approval/fault-matrix.test-helpers';
import { faultMatrix as batch } from './batch/fault-matrix.test-helpers';
import { faultMatrix as catalog } from './catalog/fault-matrix.test-helpers';
import { faultMatrix as checkout } from './checkout/fault-matrix.test-helpers';
import { faultMatrix as fanOut } from './fan-out/fault-matrix.test-helpers';
import { faultMatrix as greeting } from './greeting/fault-matrix.test-helpers';
import { faultMatrix as invoice } from './invoice/fault-matrix.test-helpers';
import { faultMatrix as ledger } from './ledger/fault-matrix.test-helpers';
import { faultMatrix as lock } from './lock/fault-matrix.test-helpers';
import { faultMatrix as nexus } from './nexus/fault-matrix.test-helpers';
import { faultMatrix as order } from './order/fault-matrix.test-helpers';
import { faultMatrix as reminder } from './reminder/fault-matrix.test-helpers';
import { faultMatrix as report } from './report/fault-matrix.test-helpers';

/**
 * Every domain's entries of the fault matrix, which apps/worker's fault-matrix.test.ts runs against the worker as it
 * ships: a workflow type of the registry with no entry here fails that test.
 */
export const faultMatrixTables: readonly FaultMatrixTable[] = [
  greeting,
  fanOut,
  ledger,
  order,
  catalog,
  ai,
  invoice,
  report,
  approval,
  checkout,
  lock,
  reminder,
  nexus,
  batch,
];
