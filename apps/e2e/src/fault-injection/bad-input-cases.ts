import { orderBadInputCases } from './order-bad-input-cases';
import { aiInputCases } from './ai-bad-input-cases';

/** One bad invocation of the starter and a pattern its one-line error must match. */
export interface BadInputCase {
  name: string;
  args: string[];
  env?: (files: { badToml: string }) => NodeJS.ProcessEnv;
  expected: RegExp;
}

const entry = (value: unknown) => ['ledger-post', JSON.stringify(value)];
const goodEntry = { account: 'acct-1', amountCents: 1250 };
// Commands that would start a workflow if their connection settings got through.
const wouldStart = [['greet', 'Ada'], entry(goodEntry), ['fan-out', '3']];

const inputCases: BadInputCase[] = [
  { name: 'greet: empty name', args: ['greet', ''], expected: /the name must not be blank/ },
  { name: 'greet: blank name', args: ['greet', '   '], expected: /the name must not be blank/ },
  { name: 'greet: oversized name', args: ['greet', 'x'.repeat(5_000)], expected: /at most 1000/ },
  { name: 'greet: two names', args: ['greet', 'a', 'b'], expected: /too many arguments for 'greet'/ },
  { name: 'unknown global option', args: ['--colour'], expected: /unknown option '--colour'/ },
  { name: 'unknown option of a command', args: ['greet', 'Ada', '--fast'], expected: /unknown option '--fast'/ },
  { name: 'ledger-post: no entry', args: ['ledger-post'], expected: /missing required argument 'entry'/ },
  { name: 'ledger-post: empty entry', args: ['ledger-post', ''], expected: /the ledger entry is empty/ },
  { name: 'ledger-post: blank entry', args: ['ledger-post', '  \n '], expected: /the ledger entry is empty/ },
  { name: 'ledger-post: truncated JSON', args: ['ledger-post', '{"account":'], expected: /not valid JSON/ },
  { name: 'ledger-post: trailing comma', args: ['ledger-post', '{"account":"a",}'], expected: /not valid JSON/ },
  { name: 'ledger-post: single quotes', args: ['ledger-post', "{'account':'a'}"], expected: /not valid JSON/ },
  { name: 'ledger-post: null', args: entry(null), expected: /expected object, received null/ },
  { name: 'ledger-post: array', args: entry([goodEntry]), expected: /expected object, received array/ },
  { name: 'ledger-post: string', args: entry('acct-1'), expected: /expected object, received string/ },
  { name: 'ledger-post: missing amount', args: entry({ account: 'a' }), expected: /'amountCents'.*expected number/ },
  {
    name: 'ledger-post: amount as a string',
    args: entry({ ...goodEntry, amountCents: '1250' }),
    expected: /'amountCents'.*expected number, received string/,
  },
  {
    name: 'ledger-post: fractional cents',
    args: entry({ ...goodEntry, amountCents: 12.5 }),
    expected: /'amountCents'.*int/,
  },
  {
    name: 'ledger-post: negative amount',
    args: entry({ ...goodEntry, amountCents: -5 }),
    expected: /'amountCents'.*>=1/,
  },
  { name: 'ledger-post: zero amount', args: entry({ ...goodEntry, amountCents: 0 }), expected: /'amountCents'.*>=1/ },
  {
    name: 'ledger-post: empty account',
    args: entry({ ...goodEntry, account: '' }),
    expected: /'account'.*must not be blank/,
  },
  {
    name: 'ledger-post: account as a number',
    args: entry({ ...goodEntry, account: 7 }),
    expected: /'account'.*string/,
  },
  {
    name: 'ledger-post: unknown field',
    args: entry({ ...goodEntry, currency: 'EUR' }),
    expected: /Unrecognized key.*currency/,
  },
  {
    name: 'ledger-post: oversized entry',
    args: entry({ ...goodEntry, account: 'a'.repeat(70_000) }),
    expected: /bytes; at most 65536 are accepted/,
  },
  {
    name: 'ledger-post: empty workflow id',
    args: [...entry(goodEntry), '--workflow-id', ''],
    expected: /the workflow id is invalid/,
  },
  { name: 'ledger-post: two entries', args: [...entry(goodEntry), '{}'], expected: /too many arguments/ },
  {
    name: 'schedule create: not a duration',
    args: ['schedule', 'create', '--every', 'soon'],
    expected: /give a duration/,
  },
  {
    name: 'schedule create: zero interval',
    args: ['schedule', 'create', '--every', '0s'],
    expected: /give a duration/,
  },
  {
    name: 'schedule pause: unknown schedule',
    args: ['schedule', 'pause', '--id', 'no-such-schedule'],
    expected: /no schedule with id 'no-such-schedule'/,
  },
  {
    name: 'order start: truncated JSON',
    args: ['order', 'start', '{"orderId":'],
    expected: /the order is not valid JSON/,
  },
  {
    name: 'order approve: unknown order',
    args: ['order', 'approve', 'no-such-order', 'bo'],
    expected: /no order no-such-order/,
  },
  {
    name: 'order signal: unknown order',
    args: ['order', 'signal', 'no-such-order', 'approveOrder', '{"approvedBy":"bo"}'],
    expected: /no order no-such-order/,
  },
  {
    name: 'order query: unknown order',
    args: ['order', 'query', 'no-such-order', 'orderStatus'],
    expected: /no order no-such-order/,
  },
  {
    name: 'order update: unknown order',
    args: ['order', 'update', 'no-such-order', 'addItemToOrder', '{"sku":"KETTLE","quantity":1}'],
    expected: /no order no-such-order/,
  },
  { name: 'fan-out: no count', args: ['fan-out'], expected: /missing required argument 'count'/ },
  { name: 'fan-out: a word', args: ['fan-out', 'many'], expected: /the count is invalid: expected a whole number/ },
  { name: 'fan-out: fractional', args: ['fan-out', '2.5'], expected: /the count is invalid: expected a whole number/ },
  { name: 'fan-out: negative', args: ['fan-out', '-3'], expected: /the count is invalid: expected a whole number/ },
  { name: 'fan-out: zero', args: ['fan-out', '0'], expected: /the count is invalid: .*>=1/ },
  {
    name: 'fan-out: too many',
    args: ['fan-out', '2001'],
    expected: /the count is invalid: at most 2000 in one history; more go through a batch: batch start --records 2001/,
  },
];

const connectionCases: BadInputCase[] = wouldStart.flatMap((args) => [
  {
    name: `${args[0]}: server down`,
    args,
    env: () => ({ TEMPORAL_ADDRESS: '127.0.0.1:1' }),
    expected: /cannot reach the Temporal server at 127\.0\.0\.1:1/,
  },
  {
    name: `${args[0]}: unknown namespace`,
    args,
    env: () => ({ TEMPORAL_NAMESPACE: 'no-such-namespace' }),
    expected: /Namespace not found: 'no-such-namespace'/,
  },
  {
    name: `${args[0]}: TLS against a plain-text server`,
    args,
    env: () => ({ TEMPORAL_TLS: 'true' }),
    expected: /cannot reach the Temporal server/,
  },
  {
    name: `${args[0]}: missing TLS CA file`,
    args,
    env: () => ({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/nonexistent/ca.pem' }),
    expected: /bad connection settings: ENOENT.*ca\.pem/,
  },
]);

const settingsCases: BadInputCase[] = [
  {
    name: 'malformed address',
    args: ['greet', 'Ada'],
    env: () => ({ TEMPORAL_ADDRESS: 'localhost:not-a-port' }),
    expected: /Invalid address/,
  },
  {
    name: 'missing TLS client certificate',
    args: ['greet', 'Ada'],
    env: () => ({
      TEMPORAL_TLS_CLIENT_CERT_PATH: '/nonexistent/client.pem',
      TEMPORAL_TLS_CLIENT_KEY_PATH: '/nonexistent/client.key',
    }),
    expected: /bad connection settings: ENOENT/,
  },
  {
    name: 'missing config file',
    args: ['greet', 'Ada'],
    env: () => ({ TEMPORAL_CONFIG_FILE: '/nonexistent/temporal.toml' }),
    expected: /TEMPORAL_CONFIG_FILE \/nonexistent\/temporal\.toml does not exist/,
  },
  {
    name: 'malformed config file',
    args: ['greet', 'Ada'],
    env: ({ badToml }) => ({ TEMPORAL_CONFIG_FILE: badToml }),
    expected: /bad connection settings: Invalid TOML/,
  },
  {
    name: 'unknown profile',
    args: ['greet', 'Ada'],
    env: () => ({ TEMPORAL_PROFILE: 'no-such-profile' }),
    expected: /Profile 'no-such-profile' not found/,
  },
];

/** Bad JSON, wrong types, empty and oversized inputs, bad flags, a server that is down or misconfigured. */
export const badInputCases: BadInputCase[] = [
  ...inputCases,
  ...connectionCases,
  ...settingsCases,
  ...orderBadInputCases,
  ...aiInputCases,
];
