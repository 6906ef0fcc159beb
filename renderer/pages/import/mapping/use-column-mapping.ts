import { useCallback, useMemo, useState } from 'react';
import { proposeMapping, savedMapping, type MappingField } from '@shared/import/mapping';
import type { ImportTable } from '@shared/import/table';
import { useSetting } from '@renderer/data/settings/read';

export interface ColumnMappingState {
  fields: MappingField[];
  /** Taken from the last import of the same columns (`true`), or proposed from the headers. */
  remembered: boolean;
  loading: boolean;
  setField: (column: number, field: MappingField) => void;
}

/**
 * The mapping being edited for `table`: the one saved for the same columns if there is one, else
 * the one proposed from the headers; then the secretary's changes. A field chosen for a column is
 * taken from the column that had it (each field goes to one column).
 */
export function useColumnMapping(table: ImportTable): ColumnMappingState {
  const setting = useSetting('import-mappings');
  const saved = useMemo(
    () => savedMapping(setting.read.state === 'ok' ? setting.read.value : undefined, table.header),
    [setting.read, table.header],
  );
  const initial = useMemo(() => saved ?? proposeMapping(table.header), [saved, table.header]);
  const [edited, setEdited] = useState<MappingField[] | null>(null);
  const fields = edited ?? initial;
  const setField = useCallback(
    (column: number, field: MappingField) =>
      setEdited((previous) =>
        (previous ?? initial).map((current, index) => {
          if (index === column) return field;
          return field !== 'ignore' && current === field ? 'ignore' : current;
        }),
      ),
    [initial],
  );
  return { fields, remembered: saved !== undefined, loading: setting.loading, setField };
}

/** Up to `count` values of the column, the first non-empty ones, for the secretary to recognise it. */
export function samplesOf(table: ImportTable, column: number, count = 3): string[] {
  const samples: string[] = [];
  for (const row of table.rows) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell !== '') samples.push(cell.length > 40 ? `${cell.slice(0, 39)}…` : cell);
    if (samples.length === count) break;
  }
  return samples;
}
