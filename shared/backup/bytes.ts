import { BackupError } from '@shared/backup/errors';

/** Bytes in, the way both a browser `File.stream()` and Node's streams hand them out. */
export type ByteSource = AsyncIterable<Uint8Array>;

/** Reads exact byte counts from a stream of chunks of any size, holding at most one chunk extra. */
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private buffer = new Uint8Array(0);
  private done = false;

  constructor(source: ByteSource) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(wanted: number): Promise<void> {
    while (this.buffer.byteLength < wanted && !this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        break;
      }
      if (next.value.byteLength === 0) continue;
      const joined = new Uint8Array(this.buffer.byteLength + next.value.byteLength);
      joined.set(this.buffer);
      joined.set(next.value, this.buffer.byteLength);
      this.buffer = joined;
    }
  }

  /** The next `count` bytes without consuming them (fewer at the end of the stream). */
  async peek(count: number): Promise<Uint8Array> {
    await this.fill(count);
    return this.buffer.subarray(0, count);
  }

  /** Exactly `count` bytes, or `null` at a clean end; a stream that stops midway is truncated. */
  async read(count: number): Promise<Uint8Array | null> {
    await this.fill(count);
    if (this.buffer.byteLength === 0 && this.done) return null;
    if (this.buffer.byteLength < count) throw new BackupError('truncated');
    const out = this.buffer.slice(0, count);
    this.buffer = this.buffer.subarray(count);
    return out;
  }

  /** Whatever is left, chunk by chunk. */
  async *rest(): AsyncGenerator<Uint8Array> {
    if (this.buffer.byteLength > 0) {
      const first = this.buffer;
      this.buffer = new Uint8Array(0);
      yield first;
    }
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        return;
      }
      yield next.value;
    }
  }
}

/**
 * Splits UTF-8 bytes into lines (without the `\n`), with a limit per line so that a file with no
 * line break cannot fill the memory. Yields each line with its raw byte length for the checksum.
 */
export async function* splitLines(source: ByteSource, maxLineBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  const decode = (bytes: Uint8Array, stream: boolean) => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new BackupError('notUtf8');
    }
  };
  for await (const chunk of source) {
    pending += decode(chunk, true);
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      yield pending.slice(start, newline);
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
    // A UTF-8 character is at most 4 bytes, and a JS character at least 1: a bound in characters.
    if (pending.length > maxLineBytes) throw new BackupError('lineTooLong');
  }
  pending += decode(new Uint8Array(0), false);
  if (pending.length > 0) yield pending;
}

/** A whole byte stream from an array of chunks (tests, small files). */
export async function* fromChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield await Promise.resolve(chunk);
}

/** Concatenates a byte stream (tests, and the desktop's single-buffer save). */
export async function collectBytes(source: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of source) {
    parts.push(part);
    length += part.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
