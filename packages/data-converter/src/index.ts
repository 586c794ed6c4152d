export { createDataConverter, describeEncryption, payloadConverterPath } from './data-converter';
export { payloadConverter } from './payload-converter';
export { SuperJsonPayloadConverter } from './superjson-payload-converter';
export { AesGcmCodec, ENCRYPTED_ENCODING, KEY_ID_METADATA } from './encryption/aes-gcm-codec';
export { Keyring, loadKeyring, parseKeyring } from './encryption/keyring';
