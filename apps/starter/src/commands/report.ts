import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Client, ScheduleNotFoundError } from '@temporalio/client';
import { withClient } from '../connect';
import { millisecondsIn } from '../time-options';
import { UserError } from '../user-error';
import * as schedules from '../schedules';

const DEFAULT_ID = 'report-schedule';

/** A positive duration, kept as the user wrote it so the answer can echo it. */
function interval(value: string): string {
  const duration = value.trim();
  if (!(millisecondsIn(duration) > 0)) {
    throw new InvalidArgumentError("give a duration such as '30s', '5m', '1h' or '1 day'.");
  }
  return duration;
}

/** Runs `action` with a client; a schedule that does not exist is a one-line error. */
async function withSchedule(scheduleId: string, action: (client: Client) => Promise<void>): Promise<void> {
  await withClient(async (client) => {
    try {
      await action(client);
    } catch (err) {
      if (err instanceof ScheduleNotFoundError) throw new UserError(`no schedule with id '${scheduleId}'`);
      throw err;
    }
  });
}

/** `starter schedule create|describe|list|pause|unpause|trigger|delete`: the periodic ReportWorkflow. */
export function registerScheduleCommand(program: Command): void {
  const schedule = program.command('schedule').description('manage the schedule that runs ReportWorkflow periodically');
  const idOption = () => new Option('--id <scheduleId>', 'schedule id').default(DEFAULT_ID);

  schedule
    .command('create')
    .description('create the schedule')
    .addOption(idOption())
    .option('--every <duration>', 'interval between runs (30s, 5m, 1h, 1 day, …)', interval, '1h')
    .addOption(
      new Option('--overlap <policy>', 'when a run is due while the last one runs')
        .choices(Object.keys(schedules.OVERLAP_POLICIES))
        .default('skip'),
    )
    .option('--title <title>', 'report title', 'status')
    .action(async (options: { id: string; every: string; overlap: schedules.OverlapPolicy; title: string }) => {
      await withSchedule(options.id, async (client) => {
        const { id, every, overlap, title } = options;
        await schedules.createReportSchedule(client, {
          scheduleId: id,
          everyMs: millisecondsIn(every),
          overlap,
          title,
        });
        console.log(
          `Created schedule ${options.id}: ReportWorkflow every ${options.every}, overlap ${options.overlap}`,
        );
      });
    });

  schedule
    .command('describe')
    .addOption(idOption())
    .action(async ({ id }: { id: string }) => {
      await withSchedule(id, async (client) => {
        const description = await schedules.describeSchedule(client, id);
        const next = description.info.nextActionTimes[0]?.toISOString() ?? 'none';
        console.log(
          `${id}: ${description.state.paused ? 'paused' : 'active'}` +
            `${description.state.note ? ` (${description.state.note})` : ''}; ` +
            `runs so far ${description.info.numActionsTaken}; next ${next}`,
        );
      });
    });

  schedule.command('list').action(async () => {
    await withSchedule('', async (client) => {
      for (const summary of await schedules.listSchedules(client)) console.log(summary.scheduleId);
    });
  });

  for (const [name, verb] of [
    ['pause', 'Paused'],
    ['unpause', 'Unpaused'],
  ] as const) {
    schedule
      .command(name)
      .addOption(idOption())
      .option('--note <note>', 'why, shown with the schedule', `${verb.toLowerCase()} from the starter`)
      .action(async ({ id, note }: { id: string; note: string }) => {
        await withSchedule(id, async (client) => {
          await (name === 'pause' ? schedules.pauseSchedule : schedules.unpauseSchedule)(client, id, note);
          console.log(`${verb} schedule ${id}`);
        });
      });
  }

  schedule
    .command('trigger')
    .description('start a run now')
    .addOption(idOption())
    .action(async ({ id }: { id: string }) => {
      await withSchedule(id, async (client) => {
        await schedules.triggerSchedule(client, id);
        console.log(`Triggered schedule ${id}`);
      });
    });

  schedule
    .command('delete')
    .addOption(idOption())
    .action(async ({ id }: { id: string }) => {
      await withSchedule(id, async (client) => {
        await schedules.deleteSchedule(client, id);
        console.log(`Deleted schedule ${id}`);
      });
    });
}
