import type { z } from 'zod';
import { AgentInput, ResearchInput } from './ai';
import { BatchInput, BatchPageInput, BatchPause } from './batch';
import { ApprovalGrant, ApprovalInput, ApprovalRejection, ApprovalRequest } from './approval';
import {
  CatalogItemLookup,
  FilePath,
  ImportCatalogFileInput,
  ImportCatalogInput,
  QuoteOrderInput,
  QuoteRequest,
  WaitForFeedInput,
} from './catalog';
import { CheckoutInput, PaymentCard } from './checkout';
import { FanOutCount } from './fan-out';
import { GreetingName } from './greeting';
import { Invoice, InvoiceMemo, Payment } from './invoice';
import { LedgerEntry } from './ledger';
import {
  ExclusiveJobInput,
  LockGrant,
  LockInput,
  LockRelease,
  LockRequest,
  RequestLockInput,
  UseSharedResourceInput,
} from './lock';
import {
  ApproveOrderInput,
  CancelOrderInput,
  ChargePaymentInput,
  OrderId,
  OrderInput,
  OrderWithCardNumber,
  OrderItem,
  OrderLineInput,
  ReserveInventoryInput,
  ReservedSku,
  ShipOrderInput,
  Sku,
} from './order';
import { ReminderInput, ReminderMove } from './reminder';
import { GreetingRequest, ScheduledGreetingRequest } from './nexus';
import { ReportLine, ReportTitle } from './report';

/**
 * The wire contract: for each name a client, another workflow or another SDK can send, the one schema its value
 * must satisfy. The worker checks each arrival against it (wire.ts), the starter parses with the same schema, and
 * json-schema/ publishes it for clients in other languages.
 */
export const wireContract = {
  /** Workflow inputs, by workflow type (the first argument). */
  workflow: {
    GreetingWorkflow: GreetingName,
    GreetingWorkflowV2: GreetingName,
    FanOutWorkflow: FanOutCount,
    LedgerPostingWorkflow: LedgerEntry,
    OrderWorkflow: OrderInput,
    OrderLineWorkflow: OrderLineInput,
    CancelOrderWorkflow: CancelOrderInput,
    ImportCatalogWorkflow: ImportCatalogInput,
    QuoteOrderWorkflow: QuoteOrderInput,
    AgentWorkflow: AgentInput,
    ResearchWorkflow: ResearchInput,
    InvoiceWorkflow: Invoice,
    ReportWorkflow: ReportTitle,
    ApprovalWorkflow: ApprovalInput,
    CheckoutWorkflow: CheckoutInput,
    LockWorkflow: LockInput,
    ExclusiveJobWorkflow: ExclusiveJobInput,
    ReminderWorkflow: ReminderInput,
    NexusGreetingWorkflow: ScheduledGreetingRequest,
    ScheduledGreetingWorkflow: ScheduledGreetingRequest,
    BatchWorkflow: BatchInput,
  },
  signal: {
    approveOrder: ApproveOrderInput,
    addItem: OrderItem,
    lineReserved: ReservedSku,
    acquireLock: LockRequest,
    lockGranted: LockGrant,
    releaseLock: LockRelease,
    pauseBatch: BatchPause,
  },
  update: {
    addItemToOrder: OrderItem,
    payInvoice: Payment,
    submitPayment: PaymentCard,
    moveReminder: ReminderMove,
  },
  /** Activity inputs, by activity type: any workflow, in any language, may schedule them. */
  activity: {
    greet: GreetingName,
    postLedgerEntry: LedgerEntry,
    checkFeedReady: FilePath,
    waitForFeedReady: WaitForFeedInput,
    importCatalogFile: ImportCatalogFileInput,
    findDuplicateProducts: FilePath,
    lookupCatalogItem: CatalogItemLookup,
    requestSupplierQuote: QuoteRequest,
    priceSku: Sku,
    reserveInventory: ReserveInventoryInput,
    releaseInventory: OrderId,
    chargePayment: ChargePaymentInput,
    refundPayment: OrderId,
    shipOrder: ShipOrderInput,
    cancelShipment: OrderId,
    sendInvoice: Invoice,
    appendReportLine: ReportLine,
    requestApproval: ApprovalRequest,
    authorisePayment: ChargePaymentInput,
    requestLock: RequestLockInput,
    useSharedResource: UseSharedResourceInput,
    countBatchRecords: FilePath,
    processBatchPage: BatchPageInput,
  },
  /** Nexus operation inputs, by `<service>.<operation>`: any caller, in any namespace or language, may send them. */
  nexusOperation: {
    'GreetingService.greet': GreetingRequest,
    'GreetingService.greetLater': ScheduledGreetingRequest,
  },
  /**
   * Other values that reach a workflow from outside: an invoice's memo, an approver's completion or rejection, the
   * input of an order started before payment tokens (replayed, never accepted new).
   */
  data: {
    InvoiceMemo: InvoiceMemo.partial(),
    OrderWithCardNumber,
    ApprovalGrant,
    ApprovalRejection,
  },
} as const satisfies Record<string, Record<string, z.ZodType>>;

export type WireContract = typeof wireContract;
export type WireKind = keyof WireContract;
/** The value a wire name carries, as the code that receives it sees it once checked. */
export type WireValue<K extends WireKind, N extends keyof WireContract[K]> = WireContract[K][N] extends z.ZodType
  ? z.output<WireContract[K][N]>
  : never;
