/**
 * An order's custom attributes (gift message, delivery instructions…) are set and read through signals, updates and
 * queries named `attr:<attribute>`. The prefix keeps them apart from the order's own messages: a misspelt
 * `approveOrdr` is no attribute, it is dropped (a signal) or refused (an update, a query).
 */
export const CUSTOM_ATTRIBUTE_PREFIX = 'attr:';

/** The attribute a message name addresses (`attr:giftMessage` → `giftMessage`), or undefined for any other name. */
export function customAttributeName(messageName: string): string | undefined {
  if (!messageName.startsWith(CUSTOM_ATTRIBUTE_PREFIX)) return undefined;
  const attribute = messageName.slice(CUSTOM_ATTRIBUTE_PREFIX.length);
  return attribute === '' ? undefined : attribute;
}
