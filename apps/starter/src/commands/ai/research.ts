import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { ResearchInput } from '@reference/models';
import {
  ResearchWorkflow,
  researchProgressQuery,
  TASK_QUEUE,
  type ResearchProgress,
  type ResearchReport,
} from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { waitForResult } from '../../waiting';

const { question } = ResearchInput.shape;
const subtopics = z.coerce.number().pipe(ResearchInput.shape.maxSubtopics.unwrap());
const seconds = z.coerce.number().positive().max(3600);

function describe({ phase, subtopics: planned, searches }: ResearchProgress): string[] {
  const done = searches.filter((s) => s.status === 'done').length;
  const failed = searches.filter((s) => s.status === 'failed').length;
  const lines: string[] = [phase];
  if (planned.length) lines.push(`subtopics: ${planned.map((s) => s.title).join(' | ')}`);
  if (searches.length) lines.push(`searches: ${done} done, ${failed} failed, ${searches.length} in all`);
  return lines;
}

/** `starter research <question>`: runs ResearchWorkflow, showing its phase and searches while it runs. */
export function registerResearchCommand(program: Command): void {
  program
    .command('research')
    .description('run ResearchWorkflow: plan, search in parallel, write a report, shown phase by phase')
    .argument('<question>', 'what to research, e.g. "How do activity retries and timeouts work?"')
    .option('--subtopics <n>', 'subtopics to plan (1-6)', '3')
    .option('--search-timeout <seconds>', 'bound of each search, retries included', '30')
    .action(async (questionText: string, options: { subtopics: string; searchTimeout: string }) => {
      const input = {
        question: validate(question, questionText, 'the question'),
        maxSubtopics: validate(subtopics, options.subtopics, '--subtopics'),
        searchTimeout: validate(seconds, options.searchTimeout, '--search-timeout') * 1000,
      };
      await withClient(async (client) => {
        const handle = await client.workflow.start(ResearchWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `research-${randomUUID()}`,
          args: [input],
        });
        console.log(`Started ResearchWorkflow ${handle.workflowId}`);
        const result = await waitForResult<ResearchReport, ResearchProgress>(handle, {
          cancelWith: `cancel ${handle.workflowId}`,
          progress: { query: researchProgressQuery, lines: describe },
          prefix: '[research]',
        });
        const ok = result.searches.filter((s) => s.status === 'done').length;
        console.log(`\n${result.report}\n\n(${ok} of ${result.searches.length} searches succeeded)`);
      });
    });
}
