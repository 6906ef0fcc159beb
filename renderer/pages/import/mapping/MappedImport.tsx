import { Alert } from '@mantine/core';
import { useState } from 'react';
import { HELLOASSO_INCOMPLETE } from '@shared/import/helloasso';
import type { MappingField } from '@shared/import/mapping';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { rememberImportMapping } from '@renderer/data/import/write';
import { DryRun } from '@renderer/pages/import/DryRun';
import { MappingStep } from '@renderer/pages/import/mapping/MappingStep';
import { useColumnMapping } from '@renderer/pages/import/mapping/use-column-mapping';
import type { ImportFile } from '@renderer/pages/import/read-file';

/**
 * An ordinary file: its columns mapped, the mapping remembered for the next file with the same
 * columns, then the same dry run and import in one go as a HelloAsso export. Changing a column
 * after « Voir ce que l’import ferait » hides the dry run until it is asked for again.
 */
export function MappedImport({ file, onDone }: { file: ImportFile; onDone: () => void }) {
  const { db } = useData();
  const context = useWriteContext();
  const mapping = useColumnMapping(file.table);
  const [confirmed, setConfirmed] = useState<MappingField[] | null>(null);
  const { busy, run } = useWrite();
  const edit = {
    ...mapping,
    setField: (column: number, field: MappingField) => {
      setConfirmed(null);
      mapping.setField(column, field);
    },
  };
  const confirm = async (fields: MappingField[]) => {
    await run(() => rememberImportMapping(db, context, file.table.header, fields));
    // The mapping is remembered if it could be; the dry run is shown either way.
    setConfirmed(fields);
  };
  const incomplete = file.parsed.errors.find((error) => error.message.startsWith(HELLOASSO_INCOMPLETE));
  return (
    <>
      {incomplete ? (
        <Alert color="orange" role="alert">
          {incomplete.message}
        </Alert>
      ) : null}
      <MappingStep
        table={file.table}
        mapping={edit}
        confirmed={confirmed !== null}
        onConfirm={(fields) => void confirm(fields)}
        busy={busy}
      />
      {confirmed ? <DryRun file={file} mapping={confirmed} onDone={onDone} /> : null}
    </>
  );
}
