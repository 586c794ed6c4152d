import { ActivityFailure, ApplicationFailure, defineQuery, proxyActivities, setHandler } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { Finding, Subtopic } from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import { llmActivities } from './llm-activities';
import type { ResearchInput, ResearchPhase, ResearchProgress, ResearchReport, SearchStatus } from './types';

export const researchProgressQuery = defineQuery<ResearchProgress>('researchProgress');

/** The failure type of a model answer that breaks its schema (activities' structured output). */
const INVALID_MODEL_OUTPUT = 'InvalidModelOutput';

function reason(err: unknown): string {
  return err instanceof ActivityFailure ? (err.cause?.message ?? err.message) : String(err);
}

/**
 * The research pipeline: a planner splits the question into subtopics, a query writer turns each into
 * searches, all searches run in parallel, each bounded by `searchTimeout` (schedule-to-close, retries included) so
 * one failing search cannot hold up the rest, and a synthesiser writes the report from whatever came back.
 */
export async function ResearchWorkflow(question: ResearchInput): Promise<ResearchReport> {
  const input = checkWorkflowInput('ResearchWorkflow', question);
  const { planResearch, generateSearchQueries, writeReport } = llmActivities(input.llmRetry);
  const { searchKnowledgeBase } = proxyActivities<Pick<typeof activities, 'searchKnowledgeBase'>>({
    scheduleToCloseTimeout: input.searchTimeout ?? '30 seconds',
    startToCloseTimeout: input.searchAttemptTimeout ?? '10 seconds',
    retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds' },
  });
  let phase: ResearchPhase = 'planning';
  let subtopics: Subtopic[] = [];
  const searches: SearchStatus[] = [];
  setHandler(researchProgressQuery, () => ({ phase, subtopics, searches }));

  ({ subtopics } = await planResearch({
    question: input.question,
    maxSubtopics: Math.min(input.maxSubtopics ?? 3, 6),
  }));

  phase = 'writing-queries';
  const queries = await Promise.all(
    subtopics.map(async (subtopic) => {
      try {
        return await generateSearchQueries({ subtopic });
      } catch (err) {
        // An answer that breaks the schema is the model's mistake, not the pipeline's: search the question itself.
        const invalid = err instanceof ActivityFailure && err.cause instanceof ApplicationFailure;
        if (invalid && err.cause.type === INVALID_MODEL_OUTPUT) return [subtopic.question];
        throw err;
      }
    }),
  );
  subtopics.forEach((subtopic, i) => {
    for (const query of queries[i] ?? []) {
      searches.push({ subtopic: subtopic.title, query, status: 'pending', hits: 0, error: null });
    }
  });

  phase = 'searching';
  const findings: Finding[] = [];
  await Promise.all(
    searches.map(async (search) => {
      try {
        const hits = await searchKnowledgeBase({ query: search.query });
        Object.assign(search, { status: 'done', hits: hits.length });
        findings.push({ subtopic: search.subtopic, query: search.query, hits });
      } catch (err) {
        Object.assign(search, { status: 'failed', error: reason(err) });
      }
    }),
  );

  phase = 'synthesising';
  // Findings in plan order, whatever order the searches finished in, so the report reads the same every time.
  findings.sort(
    (x, y) => searches.findIndex((s) => s.query === x.query) - searches.findIndex((s) => s.query === y.query),
  );
  const failedQueries = searches.filter((s) => s.status === 'failed').map((s) => s.query);
  const report = await writeReport({ question: input.question, findings, failedQueries });
  phase = 'done';
  return { question: input.question, subtopics, searches, report };
}
