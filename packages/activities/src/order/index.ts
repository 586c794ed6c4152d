export type { OrderActivityFailureType } from './failure-types';
export { priceSku, PRICE_LIST, type PriceListEntry } from './price-list';
export { reserveInventory, releaseInventory, type ReserveInventoryInput } from './inventory';
export {
  authorisePayment,
  chargePayment,
  refundPayment,
  RATE_LIMIT_RETRY_AFTER_MS,
  type ChargePaymentInput,
} from './payment';
export { shipOrder, cancelShipment, UNSERVED_COUNTRIES, type ShipOrderInput } from './shipping';
export { orderSystems } from './systems';
