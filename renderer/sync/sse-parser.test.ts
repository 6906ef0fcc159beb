import { describe, expect, it } from 'vitest';
import { createSseParser } from '@renderer/sync/sse-parser';

function parseAll(chunks: string[]): string[] {
  const messages: string[] = [];
  const push = createSseParser((data) => messages.push(data));
  for (const chunk of chunks) push(chunk);
  return messages;
}

describe('createSseParser', () => {
  it('reads data messages, skips comments and other fields', () => {
    const stream = 'retry: 2000\ndata: {"type":"RESYNC"}\n\n: ping\n\nid: 3\ndata: {"type":"change"}\n\n';
    expect(parseAll([stream])).toEqual(['{"type":"RESYNC"}', '{"type":"change"}']);
  });

  it('gives the same messages however the stream is cut, with any line ending', () => {
    const text = 'data: a\r\ndata: b\r\n\r\ndata:c\rdata: d\r\rdata: e\n\n';
    const expected = ['a\nb', 'c\nd', 'e'];
    for (let size = 1; size <= text.length; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parseAll(chunks), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('waits for the blank line before emitting', () => {
    expect(parseAll(['data: half'])).toEqual([]);
  });
});
