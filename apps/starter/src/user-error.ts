/** A problem the user can fix: printed as one line, without a stack trace, with a non-zero exit. */
export class UserError extends Error {
  override name = 'UserError';
}
