/** Something the user can act on: `pnpm cluster` prints it as one line and exits non-zero, without a stack trace. */
export class ClusterError extends Error {
  override name = 'ClusterError';
}
