/**
 * The `ApplicationFailure` types these activities throw. Workflow code imports this type (never the values) so
 * that every type it decides on is checked against what the activities really throw.
 */
export type OrderActivityFailureType =
  'UnknownSku' | 'OutOfStock' | 'InvalidCard' | 'CardDeclined' | 'RateLimited' | 'ShippingUnavailable';
