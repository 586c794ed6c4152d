/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return --
   a require inside a getter is what makes loading lazy; registry.test.ts checks each value against the index's */
/**
 * The worker's entry point into this package (`workflowsPath` / the prebuilt bundle): every workflow type by its wire
 * name. The SDK evaluates the bundle's modules once per workflow execution, then reads `exports[workflowType]`; with
 * a getter per type, a workflow evaluates only its own modules (a greeting loads neither the order saga nor the AI
 * loop). Clients import the package's index instead, for the definitions and types. This is the one list of workflow
 * types: registry.test.ts names every other place (the index, the wire contract and its examples, the README's table,
 * docs/wire-contract.md, the recorded histories) that does not list exactly these.
 */
const loaders: Record<string, () => unknown> = {
  GreetingWorkflow: () => require('./greeting/greeting').GreetingWorkflow,
  GreetingWorkflowV2: () => require('./greeting/greeting-v2').GreetingWorkflowV2,
  FanOutWorkflow: () => require('./fan-out/fan-out').FanOutWorkflow,
  LedgerPostingWorkflow: () => require('./ledger/ledger-posting').LedgerPostingWorkflow,
  OrderWorkflow: () => require('./order/order').OrderWorkflow,
  OrderLineWorkflow: () => require('./order/order-line').OrderLineWorkflow,
  CancelOrderWorkflow: () => require('./order/cancel-order').CancelOrderWorkflow,
  ImportCatalogWorkflow: () => require('./catalog/import-catalog').ImportCatalogWorkflow,
  QuoteOrderWorkflow: () => require('./catalog/quote-order').QuoteOrderWorkflow,
  AgentWorkflow: () => require('./ai/agent').AgentWorkflow,
  ResearchWorkflow: () => require('./ai/research').ResearchWorkflow,
  InvoiceWorkflow: () => require('./invoice/invoice').InvoiceWorkflow,
  ReportWorkflow: () => require('./report/report').ReportWorkflow,
  ApprovalWorkflow: () => require('./approval/approval').ApprovalWorkflow,
  CheckoutWorkflow: () => require('./checkout/checkout').CheckoutWorkflow,
  LockWorkflow: () => require('./lock/lock').LockWorkflow,
  ExclusiveJobWorkflow: () => require('./lock/exclusive-job').ExclusiveJobWorkflow,
  ReminderWorkflow: () => require('./reminder/reminder').ReminderWorkflow,
  NexusGreetingWorkflow: () => require('./nexus/nexus-greeting').NexusGreetingWorkflow,
  ScheduledGreetingWorkflow: () => require('./nexus/scheduled-greeting').ScheduledGreetingWorkflow,
  BatchWorkflow: () => require('./batch/batch').BatchWorkflow,
};

const registry = {};
for (const [workflowType, load] of Object.entries(loaders)) {
  Object.defineProperty(registry, workflowType, { enumerable: true, get: load });
}
// CommonJS on purpose, whether webpack reads the TypeScript source (tests) or tsc's output (the build): an ES module's
// exports cannot be getters that load on demand.
module.exports = registry;
