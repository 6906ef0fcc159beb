import { autoBackupListSchema } from '@shared/ipc/auto-backups';
import type { AutoBackupPort } from '@shared/ipc/auto-backups';
import { AUTO_BACKUP_CHUNK_MAX_BYTES, unwrapIpcResult } from '@shared/ipc/contract';
import type { TilleulBridge } from '@shared/ipc/contract';

/** About 1 MiB per IPC message: few round trips, far under the channel's limit. */
const MESSAGE_BYTES = Math.min(1024 * 1024, AUTO_BACKUP_CHUNK_MAX_BYTES);

/** Regroups the export's small chunks into messages of at most `MESSAGE_BYTES`. */
async function* messages(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  let buffer = new Uint8Array(MESSAGE_BYTES);
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const take = Math.min(MESSAGE_BYTES - used, chunk.byteLength - offset);
      buffer.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
      if (used === MESSAGE_BYTES) {
        yield buffer;
        buffer = new Uint8Array(MESSAGE_BYTES);
        used = 0;
      }
    }
  }
  if (used > 0) yield buffer.slice(0, used);
}

/** The automatic backups over the preload's bridge: main writes, rotates and reads them back. */
export function createDesktopBackups(bridge: TilleulBridge): AutoBackupPort {
  return {
    list: async () => autoBackupListSchema.parse(unwrapIpcResult(await bridge.autoBackupList())),
    async write(source, reasonOf) {
      const { id } = unwrapIpcResult(await bridge.autoBackupBegin());
      try {
        for await (const data of messages(source))
          unwrapIpcResult(await bridge.autoBackupChunk({ id, data }));
      } catch (error) {
        await bridge.autoBackupAbort({ id, reason: reasonOf(error).slice(0, 300) });
        throw error;
      }
      unwrapIpcResult(await bridge.autoBackupFinish({ id }));
    },
    async restoreBeforeUpdate(name) {
      unwrapIpcResult(await bridge.restoreBeforeUpdate({ name }));
    },
    async *read(name) {
      for (let offset = 0; ;) {
        const data = unwrapIpcResult(await bridge.autoBackupRead({ name, offset }));
        if (!(data instanceof Uint8Array) || data.byteLength === 0) return;
        offset += data.byteLength;
        yield data;
      }
    },
  };
}
