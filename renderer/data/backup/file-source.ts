import type { ByteSource } from '@shared/backup/bytes';

/** A picked file's bytes as a stream, chunk by chunk: the file is never read whole. */
export function fileBytes(file: Blob): ByteSource {
  return {
    async *[Symbol.asyncIterator]() {
      const reader = file.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    },
  };
}
