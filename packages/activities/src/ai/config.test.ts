import { llmConfigFromEnv } from './config';

test('the offline model is the default: no key, no network', () => {
  expect(llmConfigFromEnv({})).toEqual({
    provider: 'offline',
    model: 'offline-scripted',
    apiKey: 'offline',
    timeoutMs: 60_000,
  });
  expect(llmConfigFromEnv({ LLM_PROVIDER: '' }).provider).toBe('offline');
});

test('openai takes its key from LLM_API_KEY or OPENAI_API_KEY, and a base URL and model when given', () => {
  expect(llmConfigFromEnv({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-1' })).toMatchObject({
    provider: 'openai',
    apiKey: 'sk-1',
    model: 'gpt-4o-mini',
    baseURL: undefined,
  });
  expect(
    llmConfigFromEnv({
      LLM_PROVIDER: 'openai',
      LLM_BASE_URL: 'http://localhost:11434/v1',
      LLM_MODEL: 'llama3.2',
      LLM_TIMEOUT_MS: '5000',
    }),
  ).toMatchObject({ baseURL: 'http://localhost:11434/v1', model: 'llama3.2', apiKey: 'unused', timeoutMs: 5000 });
});

test.each([
  [{ LLM_PROVIDER: 'openai' }, 'needs LLM_API_KEY'],
  [{ LLM_PROVIDER: 'claude' }, 'LLM_PROVIDER'],
  [{ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL'],
  [{ LLM_TIMEOUT_MS: '-1' }, 'LLM_TIMEOUT_MS'],
])('%p is refused with a message naming the setting', (env, words) => {
  expect(() => llmConfigFromEnv(env)).toThrow(words);
});
