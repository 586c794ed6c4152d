import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gatewayKeyFile, openPaymentToken, sealCard } from '.';

const dir = mkdtempSync(path.join(tmpdir(), 'payment-tokens-'));
const env = { PAYMENT_GATEWAY_KEY_FILE: path.join(dir, 'gateway.pem') };
writeFileSync(
  env.PAYMENT_GATEWAY_KEY_FILE,
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);

test('a sealed card opens to its number with the gateway key, and shows no more than its last four digits', () => {
  const { paymentToken, cardLast4 } = sealCard('4242424242424242', env);
  expect(paymentToken).toMatch(/^pt_[\w-]+$/);
  expect(paymentToken).not.toContain('4242424242424242');
  expect(Buffer.from(paymentToken.slice(3), 'base64url').toString('latin1')).not.toContain('424242');
  expect(cardLast4).toBe('4242');
  expect(openPaymentToken(paymentToken, env)).toBe('4242424242424242');
  // Sealed afresh each time: two tokens of one card are unlike, so a token says nothing about which card it holds.
  expect(sealCard('4242424242424242', env).paymentToken).not.toBe(paymentToken);
});

test('a token sealed for another gateway, an altered one or not a token at all is refused in one line', () => {
  const otherDir = mkdtempSync(path.join(tmpdir(), 'payment-tokens-other-'));
  const other = { PAYMENT_GATEWAY_KEY_FILE: path.join(otherDir, 'gateway.pem') };
  writeFileSync(
    other.PAYMENT_GATEWAY_KEY_FILE,
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  const { paymentToken } = sealCard('4242424242424242', other);
  const sealedElsewhere = 'the payment token was not sealed for this payment gateway (another key, or altered)';
  expect(() => openPaymentToken(paymentToken, env)).toThrow(sealedElsewhere);
  expect(() => openPaymentToken(`${paymentToken.slice(0, -4)}AAAA`, env)).toThrow(sealedElsewhere);
  expect(() => openPaymentToken('4242424242424242', env)).toThrow('not a payment token (pt_…)');
});

test('without a configured key the gateway key is made once, in the private state folder, readable by its owner', () => {
  const file = gatewayKeyFile({});
  const first = sealCard('4000000000000002', {});
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const key = readFileSync(file, 'utf8');
  expect(openPaymentToken(first.paymentToken, {})).toBe('4000000000000002');
  expect(readFileSync(file, 'utf8')).toBe(key);
});
