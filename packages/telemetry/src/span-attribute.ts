/** The span attribute that names the correlation id (docs/interceptors-and-sinks.md); no imports, so the sandbox can read it. */
export const CORRELATION_ATTRIBUTE = 'correlation.id';
