import { readFileSync } from 'node:fs';

const KEY_BYTES = 32;
const KEY_ID = /^[\w.-]{1,64}$/;

/**
 * AES-256 keys by id, newest first: new payloads use the newest, older ones stay to decrypt what they wrote.
 * The key bytes live in a private field, so printing or logging a Keyring shows no key material.
 */
export class Keyring {
  readonly #keys: Map<string, Buffer>;
  /** The id of the key new payloads are encrypted with. */
  readonly currentKeyId: string;

  constructor(entries: ReadonlyArray<readonly [id: string, key: Buffer]>) {
    const first = entries[0];
    if (!first) throw new Error('an encryption keyring needs at least one key');
    this.#keys = new Map(entries);
    this.currentKeyId = first[0];
  }

  get keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  key(id: string): Buffer | undefined {
    return this.#keys.get(id);
  }
}

/**
 * Parses `id:base64key` entries, newest first, separated by commas or new lines (`#` starts a comment).
 * Errors name the source and the key id, never the key.
 */
export function parseKeyring(text: string, source: string): Keyring {
  const entries = text
    .split(/[,\n]/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((entry, index): [string, Buffer] => {
      // ':' never occurs in base64, so a malformed entry cannot make part of a key look like its id.
      const separator = entry.indexOf(':');
      const id = entry.slice(0, separator).trim();
      if (separator < 0 || !KEY_ID.test(id))
        throw new Error(`${source}: entry ${index + 1} is not of the form id:base64key`);
      const key = Buffer.from(entry.slice(separator + 1).trim(), 'base64');
      if (key.length !== KEY_BYTES) {
        throw new Error(`${source}: key "${id}" must be ${KEY_BYTES} bytes in base64 (it has ${key.length})`);
      }
      return [id, key];
    });
  const ids = entries.map(([id]) => id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw new Error(`${source}: key id "${duplicate}" appears twice`);
  if (entries.length === 0) throw new Error(`${source}: no keys`);
  return new Keyring(entries);
}

/**
 * The keyring from TEMPORAL_ENCRYPTION_KEYS (inline entries) or TEMPORAL_ENCRYPTION_KEYS_FILE (a file of entries);
 * undefined when neither is set, which turns encryption off.
 */
export function loadKeyring(env: NodeJS.ProcessEnv = process.env): Keyring | undefined {
  const inline = env.TEMPORAL_ENCRYPTION_KEYS;
  const file = env.TEMPORAL_ENCRYPTION_KEYS_FILE;
  if (inline && file) throw new Error('set TEMPORAL_ENCRYPTION_KEYS or TEMPORAL_ENCRYPTION_KEYS_FILE, not both');
  if (inline) return parseKeyring(inline, 'TEMPORAL_ENCRYPTION_KEYS');
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`TEMPORAL_ENCRYPTION_KEYS_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code})`, {
        cause: err,
      });
    }
    return parseKeyring(text, `TEMPORAL_ENCRYPTION_KEYS_FILE (${file})`);
  }
  return undefined;
}
