import { useCallback, useRef, useState } from 'react';
import { readImportFile, type ReadResult } from '@renderer/pages/import/read-file';

export type ImportFileState = { status: 'none' } | { status: 'reading' } | ({ status: 'read' } & ReadResult);

const UNREADABLE = 'Ce fichier ne peut pas être lu (déplacé ou supprimé ?) : choisissez-le à nouveau.';

/** The chosen file, read as soon as it is chosen; a newer choice wins over a read still running. */
export function useImportFile(): [ImportFileState, (file: File | null) => void] {
  const [state, setState] = useState<ImportFileState>({ status: 'none' });
  const latest = useRef(0);
  const choose = useCallback((file: File | null) => {
    latest.current += 1;
    const turn = latest.current;
    if (!file) {
      setState({ status: 'none' });
      return;
    }
    setState({ status: 'reading' });
    readImportFile(file).then(
      (result) => turn === latest.current && setState({ status: 'read', ...result }),
      () => turn === latest.current && setState({ status: 'read', ok: false, message: UNREADABLE }),
    );
  }, []);
  return [state, choose];
}
