import type { BadInputCase } from './bad-input-cases';

/** The AI commands: every argument is checked before anything connects or starts. */
export const aiInputCases: BadInputCase[] = [
  { name: 'agent: no goal', args: ['agent'], expected: /missing required argument 'goal'/ },
  { name: 'agent: blank goal', args: ['agent', '  '], expected: /the goal is invalid: must not be blank/ },
  { name: 'agent: zero steps', args: ['agent', 'hi', '--max-steps', '0'], expected: /--max-steps is invalid/ },
  {
    name: 'agent: steps not a number',
    args: ['agent', 'hi', '--max-steps', 'ten'],
    expected: /--max-steps is invalid/,
  },
  { name: 'research: blank question', args: ['research', ''], expected: /the question is invalid: must not be blank/ },
  {
    name: 'research: seven subtopics',
    args: ['research', 'why?', '--subtopics', '7'],
    expected: /--subtopics is invalid/,
  },
  {
    name: 'research: negative search timeout',
    args: ['research', 'why?', '--search-timeout', '-1'],
    expected: /--search-timeout is invalid/,
  },
];
