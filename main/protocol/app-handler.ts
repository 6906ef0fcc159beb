import { readFile as fsReadFile } from 'node:fs/promises';
import { resolveAppFile } from '@main/security/app-protocol';
import { securityHeaders } from '@main/security/csp';

export interface AppProtocolHandlerOptions {
  /** The renderer build (`dist/renderer`), possibly inside `app.asar`: Electron's fs reads it. */
  rootDir: string;
  readFile?: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

/** Error responses carry the same security headers: a refusal must not be a weaker page. */
function refusal(status: number): Response {
  return new Response(null, {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: securityHeaders(),
  });
}

/**
 * The handler given to `protocol.handle('app', …)`. It reads files directly instead of
 * forwarding to `net.fetch('file://…')`, so no `file://` URL is ever involved.
 */
export function createAppProtocolHandler({
  rootDir,
  readFile = fsReadFile,
}: AppProtocolHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const resolved = resolveAppFile(request.url, rootDir);
    if (!resolved.ok) return refusal(resolved.status);

    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolved.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      // A directory or a missing file is "not found"; anything else is our fault.
      return refusal(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': resolved.mimeType,
        'Content-Length': String(body.byteLength),
      },
    });
  };
}
