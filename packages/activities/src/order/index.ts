export type { OrderActivityFailureType } from './failure-types';
export { priceSku, PRICE_LIST, type PriceListEntry } from './price-list';
export { reserveInventory, releaseInventory, type ReserveInventoryInput } from './inventory';
export { chargePayment, refundPayment, type ChargePaymentInput } from './payment';
export { RATE_LIMIT_RETRY_AFTER_MS } from './gateway-checks';
export { shipOrder, cancelShipment, UNSERVED_COUNTRIES, type ShipOrderInput } from './shipping';
export { orderSystems } from './systems';
