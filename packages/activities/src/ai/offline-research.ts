import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { textOf, type OfflineTurn } from './offline-turn';
import { PROMPTS } from './prompts';
import type { ReportRequest, SearchHit, Subtopic } from './types';

const ANGLES = ['core ideas', 'failure handling', 'in practice', 'trade-offs', 'alternatives', 'history'];

function json(value: unknown): OfflineTurn {
  return { content: JSON.stringify(value) };
}

function plan(input: { question: string; maxSubtopics: number }): OfflineTurn {
  const subtopics = ANGLES.slice(0, input.maxSubtopics).map((angle) => ({
    title: `${input.question.replace(/[?.!]+$/, '')}: ${angle}`,
    question: `What matters about ${angle} for: ${input.question}`,
  }));
  return json({ subtopics });
}

/** One section per subtopic, in the order its findings came, each source once however many searches found it. */
function report({ question, findings, failedQueries }: ReportRequest): OfflineTurn {
  const hitsBySubtopic = new Map<string, Map<string, SearchHit>>();
  for (const { subtopic, hits } of findings) {
    const sources = hitsBySubtopic.get(subtopic) ?? new Map<string, SearchHit>();
    for (const hit of hits) if (!sources.has(hit.source)) sources.set(hit.source, hit);
    hitsBySubtopic.set(subtopic, sources);
  }
  const sections = [...hitsBySubtopic].map(
    ([subtopic, sources]) =>
      `## ${subtopic}\n` +
      (sources.size
        ? [...sources.values()].map((h) => `- ${h.title}: ${h.snippet} (${h.source})`).join('\n')
        : '- nothing found'),
  );
  const gaps = failedQueries.length ? [`## Not covered\n${failedQueries.map((q) => `- ${q}`).join('\n')}`] : [];
  return { content: [`# ${question}`, ...sections, ...gaps].join('\n\n') };
}

/**
 * The research prompts, answered deterministically: the user message is the JSON the activity sent.
 * `!invalid-json` in it gives an answer that breaks the schema. Undefined for a prompt it does not know.
 */
export function offlineResearchAnswer(messages: ChatCompletionMessageParam[]): OfflineTurn | undefined {
  const system = textOf(messages.find((m) => m.role === 'system'));
  const user = textOf(messages.find((m) => m.role === 'user'));
  if (user.includes('!invalid-json')) return json({ unexpected: 'shape' });
  switch (system) {
    case PROMPTS.plan:
      return plan(JSON.parse(user) as { question: string; maxSubtopics: number });
    case PROMPTS.queries: {
      const { subtopic } = JSON.parse(user) as { subtopic: Subtopic };
      return json({ queries: [subtopic.title, subtopic.question] });
    }
    case PROMPTS.report:
      return report(JSON.parse(user) as ReportRequest);
    default:
      return undefined;
  }
}
