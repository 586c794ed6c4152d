export { gatewayKeyFile, gatewayPrivateKey, gatewayPublicKey } from './gateway-key';
export { openPaymentToken, sealCard, type SealedCard } from './payment-token';
