import { Context } from '@temporalio/activity';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
  Next,
} from '@temporalio/worker';
import { checkActivityInput } from '@reference/models/wire';

/**
 * Checks every activity's input against the wire contract before the activity runs: any workflow, in any language,
 * can schedule these activities, so an invalid input fails the attempt without a retry (InvalidActivityInput) and
 * nothing is posted, charged or written.
 */
export class ActivityInputCheck implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    checkActivityInput(Context.current().info.activityType, input.args[0]);
    return await next(input);
  }
}

/** The worker's activity interceptors: the input check, for every activity. */
export const activityInterceptors: ActivityInterceptorsFactory[] = [() => ({ inbound: new ActivityInputCheck() })];
