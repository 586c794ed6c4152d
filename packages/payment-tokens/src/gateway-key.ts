import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { privateStateDir } from '@reference/local-state';

/**
 * The payment gateway's key pair. A real gateway publishes its public key and keeps the private one; here one PEM file
 * in the private state folder (0600) stands in for both, created by whichever process needs it first, so that the
 * starter and the worker of one machine agree. Elsewhere, PAYMENT_GATEWAY_KEY_FILE names the private key (the
 * payment activities' worker) and PAYMENT_GATEWAY_PUBLIC_KEY_FILE the public one (any client that seals cards).
 */
export function gatewayKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAYMENT_GATEWAY_KEY_FILE || path.join(privateStateDir(), 'payment-gateway-key.pem');
}

/** The private key, created (RSA 2048, 0600) if no file exists yet. Only the payment activities open tokens with it. */
export function gatewayPrivateKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  const file = gatewayKeyFile(env);
  try {
    return createPrivateKey(readFileSync(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (env.PAYMENT_GATEWAY_KEY_FILE) {
      throw new Error(`PAYMENT_GATEWAY_KEY_FILE ${file}: ${code ?? 'not a private key'}`, { cause: err });
    }
    if (code !== 'ENOENT') throw err;
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  try {
    // 'wx': of two processes creating it at once, one writes and the other reads what it wrote.
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    closeSync(fd);
    return privateKey;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return createPrivateKey(readFileSync(file));
  }
}

/** The public key that seals cards: PAYMENT_GATEWAY_PUBLIC_KEY_FILE, or the one of the gateway's key file. */
export function gatewayPublicKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  const publicFile = env.PAYMENT_GATEWAY_PUBLIC_KEY_FILE;
  return publicFile ? createPublicKey(readFileSync(publicFile)) : createPublicKey(gatewayPrivateKey(env));
}
