import { connect } from 'node:tls';
import type { ServerCertificate } from '@shared/ipc/contract';
import { normaliseFingerprint, pinHost } from '@main/security/certificate-pins';

/**
 * The certificate an https server presents, read before anything is sent to it: its SHA-256
 * fingerprint (to compare with the one the server printed), whether a known authority vouches
 * for it for that name, and its validity. Nothing but the TLS handshake is exchanged.
 */
export async function inspectServerCertificate(
  url: string,
  options: { timeoutMs?: number; ca?: string | Buffer } = {},
): Promise<ServerCertificate> {
  const host = pinHost(url);
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: host.replace(/^\[|\]$/g, ''),
      port: Number(port || 443),
      // An IP address cannot be a TLS server name.
      ...(/^[\d.]+$|^\[/.test(host) ? {} : { servername: host }),
      // We want to see the certificate whoever signed it; trust is decided from `authorized`.
      rejectUnauthorized: false,
      ...(options.ca ? { ca: options.ca } : {}),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No TLS answer from ${host} in time.`));
    }, options.timeoutMs ?? 5_000);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const certificate = socket.getPeerX509Certificate();
      const authorized = socket.authorized;
      socket.end();
      const fingerprint = certificate ? normaliseFingerprint(certificate.fingerprint256) : null;
      if (!certificate || !fingerprint) {
        reject(new Error(`${host} presented no certificate.`));
        return;
      }
      resolve({
        host,
        fingerprint,
        trusted: authorized,
        validTo: new Date(certificate.validTo).toISOString(),
      });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
