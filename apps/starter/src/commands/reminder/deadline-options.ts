import type { Command } from 'commander';
import { durationOption, instant } from '../../time-options';
import { UserError } from '../../user-error';

export interface DeadlineOptions {
  at?: Date;
  in?: number;
}

/** `--at <time>` or `--in <duration>`: a deadline given either way. */
export function withDeadlineOptions(command: Command, what: string): Command {
  return command
    .option('--at <time>', `${what}, like 2026-12-24T18:00Z`, instant)
    .option('--in <duration>', `${what}, from now, like 90s, 2h or 3 days`, durationOption);
}

/** The one deadline the options give; neither or both is a one-line error. */
export function deadlineOf(options: DeadlineOptions): Date {
  if ((options.at === undefined) === (options.in === undefined))
    throw new UserError('give --at <time> or --in <duration>');
  return options.at ?? new Date(Date.now() + options.in!);
}
