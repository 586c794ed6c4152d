export { explainConnectionFailure, type ConnectionFailure } from './connection-failure';
export { ConnectionSettingsError, loadConnectionSettings, type ConnectionSettings } from './connection-settings';
export { isListening } from './is-listening';
