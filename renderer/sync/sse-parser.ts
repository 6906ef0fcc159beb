/**
 * The part of the Server-Sent Events format the sync stream uses: `data:` lines (joined with a
 * newline when there are several), blank-line separated messages, `:` comment lines (the
 * server's heartbeat), any of CRLF, LF or CR line ends, and chunks that cut lines anywhere.
 * `id:`, `event:` and `retry:` are read and ignored: reconnection is the client's own (backoff.ts).
 */
export function createSseParser(onMessage: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    // A '\r' at the very end may be the first half of a '\r\n' cut by the chunking: it waits.
    const held = buffer.endsWith('\r') ? '\r' : '';
    const lines = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
    // The last piece is an incomplete line (or '' after a line end): kept for the next chunk.
    buffer = (lines.pop() ?? '') + held;
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) onMessage(data.join('\n'));
        data = [];
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }
  };
}
