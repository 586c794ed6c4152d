import { calledActivities, type DomainLayout, domainLayoutProblems, readDomainLayout } from './domain-layout';

test('every domain has one name in every package: workflows, contract, activities and starter command line up', () => {
  const layout = readDomainLayout();
  expect([...layout.domains.keys()]).toEqual(expect.arrayContaining(['order', 'checkout', 'catalog', 'nexus']));
  expect(domainLayoutProblems(layout)).toEqual([]);
});

test('a workflow file names the activities it calls by destructuring or by Pick', () => {
  const source = `const { greet, postLedgerEntry: post } = proxyActivities<typeof activities>({});
    const tools = proxyLocalActivities<Pick<typeof activities, 'calculate' | 'searchKnowledgeBase'>>({});`;
  expect(calledActivities(source)).toEqual(['greet', 'postLedgerEntry', 'calculate', 'searchKnowledgeBase']);
});

/** A layout with one domain, order, whose parts all line up. */
function orderLayout(): DomainLayout {
  return {
    domains: new Map([['order', new Set(['chargePayment'])]]),
    contractFiles: ['order.ts', 'index.ts'],
    activityFolders: new Map([['order', new Set(['chargePayment'])]]),
    activityFiles: ['index.ts'],
    commandFiles: ['cancel.ts'],
    commandFolders: ['order'],
    names: ['packages/workflows/src/order/order.ts'],
  };
}

describe('the check fails on', () => {
  test.each<[string, (layout: DomainLayout) => void, string]>([
    ['a domain without a contract', (l) => (l.contractFiles = ['orders.ts']), 'domain order has no contract module'],
    ['a domain without a command', (l) => (l.commandFolders = []), 'domain order has no starter command'],
    [
      'an activities folder of no domain',
      (l) => l.activityFolders.set('payment', new Set()),
      'payment/ is no workflow',
    ],
    ['a loose activity file', (l) => l.activityFiles.push('greet.ts'), 'greet.ts is in no domain'],
    [
      "an activity in another domain's folder",
      (l) => {
        l.domains.set('checkout', new Set(['authorisePayment']));
        l.contractFiles.push('checkout.ts');
        l.commandFolders.push('checkout');
        l.activityFolders.get('order')!.add('authorisePayment');
      },
      'activity authorisePayment is in activities/src/order/, not with checkout',
    ],
    ['a command beside its folder', (l) => l.commandFiles.push('order.ts'), 'commands/order.ts sits beside'],
    [
      "a domain's name spelt otherwise",
      (l) => l.names.push('packages/activities/src/order/orders-list.ts'),
      "'orders' is the order domain's name",
    ],
  ])('%s', (_name, change, problem) => {
    const layout = orderLayout();
    expect(domainLayoutProblems(layout)).toEqual([]);
    change(layout);
    expect(domainLayoutProblems(layout)).toEqual([expect.stringContaining(problem)]);
  });
});
