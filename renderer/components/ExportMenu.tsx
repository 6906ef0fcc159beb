import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import type { ExportFormat, ListColumn } from '@shared/export/list-export';
import { EXPORT_FILE_TYPES, exportBytes, exportFileName, exportTable } from '@shared/export/list-export';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import { keyTranslator } from '@renderer/i18n/translate-key';
import { usePlatform } from '@renderer/platform/context';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX' };

/**
 * « Exporter » on a list: the rows shown, with the columns the table shows (`columns` is the
 * table's own definition), as a CSV that French Excel opens right or as an .xlsx workbook. The
 * desktop asks where to save; a browser downloads. Each export is journalled.
 */
export function ExportMenu<Row>({
  name,
  title,
  columns,
  rows,
  collection,
  buttonLabel,
  select,
  hint,
}: {
  /** The file's name before the day: « membres », « dons »… */
  name: string;
  /** The list's title: the sheet's name and the button's label. */
  title: string;
  columns: readonly ListColumn<Row>[];
  rows: readonly Row[];
  /** The collection the audit entry names. */
  collection: string;
  /** « Exporter » unless said otherwise; the sheet's name then (Excel keeps 31 characters). */
  buttonLabel?: string;
  /** Which of `rows` the file keeps (the mailing list: who accepted it), worked out on opening. */
  select?: (rows: readonly Row[]) => readonly Row[];
  /** A sentence above the choices, given how many rows the file will have. */
  hint?: (count: number) => string;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [chosen, setChosen] = useState<readonly Row[]>(rows);
  if (!usePermission('data.export').allowed) return null;

  const save = (format: ExportFormat, kept: readonly Row[]) =>
    run(
      async () => {
        const type = EXPORT_FILE_TYPES[format];
        const table = exportTable(columns, kept, keyTranslator(t));
        const result = await platform.saveFile({
          suggestedName: exportFileName(name, localToday(new Date()), format),
          filterName: type.filterName,
          extensions: [type.extension],
          mimeType: type.mimeType,
          data: (await exportBytes(table, format, buttonLabel ?? title)) as Uint8Array<ArrayBuffer>,
        });
        if (result.saved) {
          await appendAudit(
            db,
            { ...context, userName: user.name },
            { action: 'export', collection, detail: `${name}.${format}:${kept.length}` },
          );
        }
        return result.saved;
      },
      {
        success: (saved) =>
          saved ? t('tables.export.done', { count: kept.length, format: FORMAT_NAMES[format] }) : undefined,
        failure: (message) => t('tables.export.failed', { message }),
      },
    );

  return (
    <Menu position="bottom-end" withinPortal onOpen={() => setChosen(select ? select(rows) : rows)}>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          disabled={rows.length === 0}
          title={rows.length === 0 ? t('tables.export.empty') : undefined}
          aria-label={t('tables.export.label', { list: buttonLabel ?? title })}
        >
          {buttonLabel ?? t('tables.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={360}>
        {hint ? <Menu.Label style={{ whiteSpace: 'normal' }}>{hint(chosen.length)}</Menu.Label> : null}
        {(['csv', 'xlsx'] as const).map((format) => (
          <Menu.Item key={format} disabled={chosen.length === 0} onClick={() => void save(format, chosen)}>
            {t(`tables.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
