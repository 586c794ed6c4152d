import type { SearchHit } from './types';

/** The local corpus the offline tools search: short notes on the Temporal ideas this project shows. */
const NOTES: SearchHit[] = [
  {
    title: 'Activity retries',
    snippet: 'Activities retry by default with exponential backoff; a non-retryable ApplicationFailure stops them.',
    source: 'kb://activity-retries',
  },
  {
    title: 'Next retry delay',
    snippet: 'An ApplicationFailure may set nextRetryDelay, e.g. from a rate limit’s retry-after, overriding backoff.',
    source: 'kb://next-retry-delay',
  },
  {
    title: 'Timeouts',
    snippet: 'Schedule-to-close bounds an activity with all its retries; start-to-close bounds one attempt.',
    source: 'kb://timeouts',
  },
  {
    title: 'Continue-as-new',
    snippet: 'A long-running workflow starts a fresh run with its state as input, keeping each history small.',
    source: 'kb://continue-as-new',
  },
  {
    title: 'Queries',
    snippet: 'A query reads workflow state, such as progress, without changing it or adding to history.',
    source: 'kb://queries',
  },
  {
    title: 'Determinism',
    snippet:
      'Workflow code is replayed from history, so it must make the same decisions every time; I/O is in activities.',
    source: 'kb://determinism',
  },
  {
    title: 'Durable LLM calls',
    snippet: 'An LLM call is an activity: its result is recorded once, and retries follow the provider’s errors.',
    source: 'kb://durable-llm-calls',
  },
  {
    title: 'Tool-calling agents',
    snippet: 'The model picks tools, each tool runs as an activity, and the conversation is workflow state.',
    source: 'kb://agents',
  },
  {
    title: 'Parallel activities',
    snippet: 'Start many activities and await them together; Promise.allSettled keeps the successes when some fail.',
    source: 'kb://parallel-activities',
  },
  {
    title: 'Structured outputs',
    snippet: 'Ask the model for JSON and validate it with a schema; an invalid answer is a typed failure.',
    source: 'kb://structured-outputs',
  },
];

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** The notes sharing most words with the query, best first; none when nothing matches. */
export function searchNotes(query: string, limit = 3): SearchHit[] {
  const wanted = words(query);
  return NOTES.map((note) => ({
    note,
    score: [...words(`${note.title} ${note.snippet}`)].filter((w) => w.length > 2 && wanted.has(w)).length,
  }))
    .filter((scored) => scored.score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit)
    .map((scored) => scored.note);
}
