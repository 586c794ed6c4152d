import { createLogger } from './logger';

function captured(level: Parameters<typeof createLogger>[0]) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, {
    write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines };
}

test('each entry is one JSON line with pino’s level, the message and the SDK’s metadata as fields', () => {
  const { logger, lines } = captured('info');
  logger.info('Greeting', { workflowId: 'wf-1', activityType: 'greet', attempt: 2 });
  logger.log('ERROR', 'failed', { workflowId: 'wf-1' });
  expect(lines).toEqual([
    expect.objectContaining({ level: 30, msg: 'Greeting', workflowId: 'wf-1', activityType: 'greet', attempt: 2 }),
    expect.objectContaining({ level: 50, msg: 'failed', workflowId: 'wf-1' }),
  ]);
});

test('entries below the configured level are dropped', () => {
  const { logger, lines } = captured('warn');
  logger.debug('noise');
  logger.info('still noise');
  logger.warn('kept');
  expect(lines.map((line) => line.msg)).toEqual(['kept']);
});
