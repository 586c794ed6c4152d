/**
 * The system prompts of the research activities. Each names the JSON it wants (JSON mode requires the word), and
 * the offline model recognises them by their exact text.
 */
export const PROMPTS = {
  plan:
    'You plan research. Split the question into distinct subtopics worth searching separately. ' +
    'Answer with JSON only: {"subtopics":[{"title":"short title","question":"what to find out"}]}, ' +
    'at most maxSubtopics of them.',
  queries:
    'You write search queries for one research subtopic. ' +
    'Answer with JSON only: {"queries":["query", ...]}, one to three short keyword queries.',
  report:
    'You write a short research report in Markdown from the findings given, citing their sources. ' +
    'Say plainly which parts could not be researched (failedQueries).',
} as const;
