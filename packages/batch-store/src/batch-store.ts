import { closeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openPrivateFile } from '@reference/local-state';
import type { BatchFailure, BatchRecord } from '@reference/models';

// One row per record, keyed by batch and SKU: a record stored twice is impossible, and a second attempt to store it
// is seen (the insert changes nothing). Rejected lines are kept too, keyed by line, so each is reported once.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS batch_records (
    batch_id    TEXT    NOT NULL,
    sku         TEXT    NOT NULL,
    price_cents INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    page        INTEGER NOT NULL,
    attempt     INTEGER NOT NULL,
    stored_at   INTEGER NOT NULL,
    PRIMARY KEY (batch_id, sku)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS batch_rejects (
    batch_id TEXT    NOT NULL,
    line     INTEGER NOT NULL,
    reason   TEXT    NOT NULL,
    PRIMARY KEY (batch_id, line)
  ) WITHOUT ROWID`;

/** A valid record of a page, with its line in the source. */
export interface PageRecord extends BatchRecord {
  line: number;
}

/** A stored row, as the store's readers see it. */
export interface StoredBatchRecord extends PageRecord {
  page: number;
  /** The activity attempt that wrote it: above 1 only for a page retried before it had committed. */
  attempt: number;
}

export interface PageWrite {
  batchId: string;
  page: number;
  attempt: number;
  records: PageRecord[];
  rejects: BatchFailure[];
}

export interface PageOutcome {
  stored: number;
  alreadyStored: number;
  /** Records whose SKU an earlier line of the batch already stored. */
  duplicates: BatchFailure[];
}

/**
 * The batch store, a SQLite file. A page is written in one transaction, so a worker killed mid-page leaves none of
 * it; WAL lets readers (the starter, a test) count rows while pages are written. One connection per file per
 * process, kept open: pages arrive every few milliseconds.
 */
export class BatchStore {
  private static readonly open = new Map<string, BatchStore>();
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly storedLine: Database.Statement;
  private readonly reject: Database.Statement;
  private readonly writePage: (write: PageWrite) => PageOutcome;

  static at(file: string): BatchStore {
    let store = BatchStore.open.get(file);
    if (!store) {
      store = new BatchStore(file);
      BatchStore.open.set(file, store);
    }
    return store;
  }

  private constructor(readonly file: string) {
    // The owner's only, like all the project keeps; SQLite gives the -wal and -shm files the database's mode.
    closeSync(openPrivateFile(file));
    this.db = new Database(file, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    // Durable across a killed process (the WAL is written before a commit returns); only a power cut may lose one.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.insert = this.db.prepare(
      `INSERT INTO batch_records (batch_id, sku, price_cents, line, page, attempt, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.storedLine = this.db.prepare('SELECT line FROM batch_records WHERE batch_id = ? AND sku = ?').pluck();
    this.reject = this.db.prepare(
      'INSERT INTO batch_rejects (batch_id, line, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.writePage = this.db.transaction(({ batchId, page, attempt, records, rejects }: PageWrite) => {
      const outcome: PageOutcome = { stored: 0, alreadyStored: 0, duplicates: [] };
      const now = Date.now();
      for (const { sku, priceCents, line } of records) {
        if (this.insert.run(batchId, sku, priceCents, line, page, attempt, now).changes === 1) {
          outcome.stored += 1;
          continue;
        }
        const firstLine = this.storedLine.get(batchId, sku) as number;
        if (firstLine === line) outcome.alreadyStored += 1;
        else outcome.duplicates.push({ line, reason: `sku: ${sku} is already stored, from line ${firstLine}` });
      }
      for (const { line, reason } of [...rejects, ...outcome.duplicates]) this.reject.run(batchId, line, reason);
      return outcome;
    });
  }

  /** Stores a page's records and rejects in one transaction; what was there already is counted, not written. */
  storePage(write: PageWrite): PageOutcome {
    return this.writePage(write);
  }

  /** How many records and rejected lines the store holds for a batch. */
  counts(batchId: string): { records: number; rejects: number } {
    const count = (table: string) =>
      this.db.prepare(`SELECT count(*) FROM ${table} WHERE batch_id = ?`).pluck().get(batchId) as number;
    return { records: count('batch_records'), rejects: count('batch_rejects') };
  }

  /** Every record stored for a batch, in source order. */
  records(batchId: string): StoredBatchRecord[] {
    return this.db
      .prepare(
        `SELECT sku, price_cents AS priceCents, line, page, attempt FROM batch_records WHERE batch_id = ?
         ORDER BY line`,
      )
      .all(batchId) as StoredBatchRecord[];
  }

  /** Every rejected line of a batch, in source order. */
  rejects(batchId: string): BatchFailure[] {
    return this.db
      .prepare('SELECT line, reason FROM batch_rejects WHERE batch_id = ? ORDER BY line')
      .all(batchId) as BatchFailure[];
  }

  close(): void {
    this.db.close();
    BatchStore.open.delete(this.file);
  }
}
