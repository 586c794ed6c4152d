import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import { callLlm } from './call-llm';
import { PROMPTS } from './prompts';
import { completeStructured, InvalidModelOutput } from './structured-output';
import type { ReportRequest, ResearchPlan, Subtopic } from './types';

const SubtopicSchema = z.object({ title: z.string().trim().min(1), question: z.string().trim().min(1) });
const PlanSchema = z.object({ subtopics: z.array(SubtopicSchema).min(1) });
const QueriesSchema = z.object({ queries: z.array(z.string().trim().min(1)).min(1).max(5) });

/** The research planner: the question split into at most `maxSubtopics` subtopics (structured, validated). */
export async function planResearch(input: { question: string; maxSubtopics: number }): Promise<ResearchPlan> {
  const plan = await completeStructured(PlanSchema, PROMPTS.plan, input);
  return { subtopics: plan.subtopics.slice(0, input.maxSubtopics) };
}

/** The query writer: one to five search queries for a subtopic (structured, validated). */
export async function generateSearchQueries(input: { subtopic: Subtopic }): Promise<string[]> {
  return (await completeStructured(QueriesSchema, PROMPTS.queries, input)).queries;
}

/** The synthesiser: a Markdown report from whatever the searches found. */
export async function writeReport(input: ReportRequest): Promise<string> {
  const { message } = await callLlm({
    messages: [
      { role: 'system', content: PROMPTS.report },
      { role: 'user', content: JSON.stringify(input) },
    ],
  });
  if (!message.content?.trim())
    throw ApplicationFailure.nonRetryable('the model wrote an empty report', InvalidModelOutput);
  return message.content;
}
