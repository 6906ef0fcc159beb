import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '@main/fs/atomic-write';

/**
 * The folder each kind of file was last saved to (issue 20), so that the save dialog opens there
 * next time: receipts go with receipts, CSV exports with exports. Kept in `save-folders.json` in
 * the data folder; the kind is the file's extension (`pdf`, `csv`, `xlsx`…).
 */
const kindSchema = z.string().regex(/^[a-z0-9]{1,10}$/);
const saveFoldersSchema = z
  .object({ folders: z.record(kindSchema, z.string().min(1).max(4096)) })
  .strict()
  .refine((value) => Object.keys(value.folders).length <= 50);
type SaveFoldersFile = z.infer<typeof saveFoldersSchema>;

export class SaveFolders {
  private constructor(
    private readonly path: string,
    private folders: Record<string, string>,
  ) {}

  /** A missing or damaged file is no memory at all: the dialog opens in Documents again. */
  static async load(path: string): Promise<SaveFolders> {
    try {
      const parsed = saveFoldersSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return new SaveFolders(path, parsed.success ? { ...parsed.data.folders } : {});
    } catch {
      return new SaveFolders(path, {});
    }
  }

  /** The last folder for `kind`, if it is still a folder (a USB key removed since is not). */
  async folderFor(kind: string): Promise<string | null> {
    const folder = Object.hasOwn(this.folders, kind) ? this.folders[kind] : undefined;
    if (folder === undefined) return null;
    try {
      return (await stat(folder)).isDirectory() ? folder : null;
    } catch {
      return null;
    }
  }

  /** Remembers `folder` for `kind` and writes the file atomically. */
  async remember(kind: string, folder: string): Promise<void> {
    const next: SaveFoldersFile = saveFoldersSchema.parse({ folders: { ...this.folders, [kind]: folder } });
    if (this.folders[kind] === folder) return;
    await writeFileAtomic(this.path, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`));
    this.folders = next.folders;
  }
}
