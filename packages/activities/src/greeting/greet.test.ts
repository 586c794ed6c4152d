import { MockActivityEnvironment } from '@temporalio/testing';
import { greet } from './greet';

describe('greet', () => {
  const env = new MockActivityEnvironment();

  test('says hello by name', async () => {
    await expect(env.run(greet, 'my name')).resolves.toBe('Hello, my name!');
  });

  test('keeps the name exactly as given', async () => {
    await expect(env.run(greet, '  Zoë 山田 ')).resolves.toBe('Hello,   Zoë 山田 !');
  });
});
