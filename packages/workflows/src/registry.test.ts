import * as workflows from '.';

// The worker finds workflows through the registry, clients through the index: the two must name the same functions.
test('the registry serves exactly the workflow functions the index exports', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry is CommonJS (see registry.ts)
  const registry = require('./registry') as Record<string, unknown>;
  const exported = Object.entries(workflows).filter(([, value]) => typeof value === 'function');
  expect(Object.keys(registry).sort()).toEqual(exported.map(([name]) => name).sort());
  for (const [name, fn] of exported) expect(registry[name]).toBe(fn);
});
