import net from 'node:net';
import tls from 'node:tls';
import type { ConnectionSettings } from './connection-settings';
import { isListening } from './is-listening';

// The start of every HTTP/2 connection (RFC 9113 §3.4): sent over TLS, it makes the server answer or refuse at once.
const HTTP2_PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';
const PROBE_TIMEOUT_MS = 5_000;

export interface ConnectionFailure {
  /** What is wrong and, for TLS, which settings to change: one line for the user. */
  reason: string;
  /** Nothing listens at the address: the caller may say how to start a server. */
  serverDown: boolean;
}

const TLS_SETTINGS = 'the profile (TEMPORAL_CONFIG_FILE, TEMPORAL_PROFILE) or TEMPORAL_TLS_* variables';

/**
 * Why a connection to the server failed, in words a user can act on, or undefined when a probe finds no reason. The
 * SDK reports a refused handshake as a cancelled call or a missed deadline; one TLS handshake of our own, made as the
 * settings make theirs, tells the usual causes apart: nothing listening, TLS required, a client certificate required,
 * a server certificate not trusted.
 */
export async function explainConnectionFailure(settings: ConnectionSettings): Promise<ConnectionFailure | undefined> {
  const target = hostAndPort(settings.address);
  // An address that does not parse: the SDK's own message says so.
  if (!target) return undefined;
  const { host, port } = target;
  if (!(await isListening(host, port, PROBE_TIMEOUT_MS)))
    return { reason: 'nothing accepts connections there', serverDown: true };
  const failure = (reason: string) => ({ reason, serverDown: false });
  const configured = settings.connectionOptions.tls;
  const options = (typeof configured === 'object' && configured) || {};
  const buffer = (bytes: Uint8Array | undefined) => bytes && Buffer.from(bytes);
  const result = await handshake({
    host,
    port,
    servername: options.serverNameOverride ?? (net.isIP(host) ? undefined : host),
    ca: buffer(options.serverRootCACertificate),
    cert: buffer(options.clientCertPair?.crt),
    key: buffer(options.clientCertPair?.key),
    // Without TLS in the settings, the probe only asks whether the server speaks TLS at all.
    rejectUnauthorized: Boolean(configured),
    ALPNProtocols: ['h2'],
  });
  if (!configured) {
    return result.secured
      ? failure(`the server requires TLS, which these settings leave off: see ${TLS_SETTINGS}`)
      : undefined;
  }
  if (result.kind !== 'error') return undefined;
  if (/CERTIFICATE_REQUIRED|BAD_CERTIFICATE|certificate required/i.test(`${result.code} ${result.message}`)) {
    return failure(
      options.clientCertPair
        ? 'the server refused the client certificate'
        : `the server requires a client certificate (mTLS), which these settings lack: see ${TLS_SETTINGS}`,
    );
  }
  return failure(`the TLS handshake failed: ${result.message ?? result.code}`);
}

/** How the probe ended, and whether the TLS handshake had completed by then (the server speaks TLS). */
interface Probe {
  kind: 'accepted' | 'timeout' | 'error';
  secured: boolean;
  code?: string;
  message?: string;
}

function handshake(options: tls.ConnectionOptions): Promise<Probe> {
  return new Promise((resolve) => {
    const socket = tls.connect(options);
    let secured = false;
    const done = (outcome: Omit<Probe, 'secured'>) => {
      socket.destroy();
      resolve({ ...outcome, secured });
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done({ kind: 'timeout' }));
    // TLS 1.3 servers check the client certificate after the handshake: their refusal arrives as the first read.
    socket.once('secureConnect', () => {
      secured = true;
      socket.write(HTTP2_PREFACE);
    });
    socket.once('data', () => done({ kind: 'accepted' }));
    socket.once('error', (err: NodeJS.ErrnoException) => done({ kind: 'error', code: err.code, message: err.message }));
    socket.once('close', () => done({ kind: 'error', message: 'the server closed the connection' }));
  });
}

function hostAndPort(address: string): { host: string; port: number } | undefined {
  const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(address);
  const port = Number(match?.[2]);
  return match && port < 65536 ? { host: match[1]!, port } : undefined;
}
