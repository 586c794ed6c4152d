// TextEncoder and TextDecoder exist in Node and in the workflow sandbox, where the payload converter also runs.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encode = (text: string): Uint8Array => encoder.encode(text);
export const decode = (bytes: Uint8Array): string => decoder.decode(bytes);
