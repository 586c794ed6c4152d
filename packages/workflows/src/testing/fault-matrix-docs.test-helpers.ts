import path from 'node:path';
import { faultMatrixCells, faultMatrixTable } from '@reference/testing';
import { faultMatrixTables } from '../fault-matrix.test-helpers';

/** The page that shows the fault matrix. */
export const TESTING_DOCS = path.join(__dirname, '../../../../docs/testing.md');

// Prettier leaves the table as written: a table reformatted by hand would no longer match.
const START =
  '<!-- fault matrix: written by pnpm --filter @reference/workflows write-fault-matrix-table -->\n<!-- prettier-ignore-start -->';
const END = '<!-- prettier-ignore-end -->';

/** The page's text with the matrix's table as the domains' tables make it now. */
export function withCurrentMatrixTable(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/testing.md lacks the markers ${START} ... ${END}`);
  const table = faultMatrixTable(faultMatrixCells(faultMatrixTables));
  return `${page.slice(0, start)}${START}\n${table}\n${page.slice(end)}`;
}
