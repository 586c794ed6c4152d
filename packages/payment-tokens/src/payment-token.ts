import { constants, privateDecrypt, publicEncrypt } from 'node:crypto';
import { gatewayPrivateKey, gatewayPublicKey } from './gateway-key';

const PREFIX = 'pt_';
const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' } as const;

/** What a workflow carries instead of a card: a token only the gateway can open, and the last four digits to show. */
export interface SealedCard {
  paymentToken: string;
  cardLast4: string;
}

/**
 * Seals a card number for the payment gateway (RSA-OAEP, SHA-256, with the gateway's public key), as a payment
 * page does before anything reaches the backend: the token can travel through workflow inputs, histories and logs,
 * and only the payment activities, which hold the private key, get the number back.
 */
export function sealCard(cardNumber: string, env: NodeJS.ProcessEnv = process.env): SealedCard {
  const sealed = publicEncrypt({ key: gatewayPublicKey(env), ...OAEP }, Buffer.from(cardNumber));
  return { paymentToken: `${PREFIX}${sealed.toString('base64url')}`, cardLast4: cardNumber.slice(-4) };
}

/** The card number inside a token; one that is not a token, or not sealed for this gateway's key, is an Error. */
export function openPaymentToken(paymentToken: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!paymentToken.startsWith(PREFIX)) throw new Error('not a payment token (pt_…)');
  try {
    const sealed = Buffer.from(paymentToken.slice(PREFIX.length), 'base64url');
    return privateDecrypt({ key: gatewayPrivateKey(env), ...OAEP }, sealed).toString();
  } catch {
    throw new Error('the payment token was not sealed for this payment gateway (another key, or altered)');
  }
}
