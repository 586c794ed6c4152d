import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { paths } from './layout';
import { runCommand } from './run-command';

/** The name clients and the cluster's own processes check the server certificate against. */
export const SERVER_NAME = 'localhost';

export const certificates = {
  ca: path.join(paths.certs, 'ca.pem'),
  caKey: path.join(paths.certs, 'ca.key'),
  /** The frontend's and every internal service's certificate: internode TLS uses it on both ends. */
  server: path.join(paths.certs, 'server.pem'),
  serverKey: path.join(paths.certs, 'server.key'),
  /** What the profile gives the worker, the starter and the CLI. */
  client: path.join(paths.certs, 'client.pem'),
  clientKey: path.join(paths.certs, 'client.key'),
};

const DAYS = '825';
const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-noenc'];

/** A private CA and the server and client certificates it signs, made with openssl on the first `up`. */
export async function ensureCertificates(): Promise<void> {
  if (existsSync(certificates.clientKey)) return;
  const openssl = (...args: string[]) => runCommand('openssl', args, { what: 'openssl' });
  await openssl(
    'req', '-x509', ...KEY, '-days', '3650', '-subj', '/CN=Temporal reference cluster CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', certificates.caKey, '-out', certificates.ca,
  ); // prettier-ignore
  const signed = (subject: string, usages: string, extra: string[], key: string, cert: string) =>
    openssl(
      'req', '-x509', ...KEY, '-days', DAYS, '-subj', subject, '-CA', certificates.ca, '-CAkey', certificates.caKey,
      '-addext', 'basicConstraints=critical,CA:FALSE', '-addext', 'keyUsage=critical,digitalSignature',
      '-addext', `extendedKeyUsage=${usages}`, ...extra, '-keyout', key, '-out', cert,
    ); // prettier-ignore
  // Server and client usages both: the same certificate serves internode TLS, where each host is the other's client.
  await signed(
    `/CN=${SERVER_NAME}`,
    'serverAuth,clientAuth',
    ['-addext', `subjectAltName=DNS:${SERVER_NAME},IP:127.0.0.1`],
    certificates.serverKey,
    certificates.server,
  );
  await signed('/CN=reference-client', 'clientAuth', [], certificates.clientKey, certificates.client);
  for (const file of Object.values(certificates)) chmodSync(file, 0o600);
}
