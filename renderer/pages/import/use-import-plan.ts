import { useMemo } from 'react';
import { planHelloAssoImport, type ImportPlan } from '@shared/import/helloasso-plan';
import { useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import type { ImportFile } from '@renderer/pages/import/read-file';

/**
 * The dry run of `file` against the members file as it is now; recomputed when the file changes
 * (by this import, by the sync), so that what the button would write is always what is shown.
 */
export function useImportPlan(file: ImportFile): ImportPlan {
  const directory = useDirectory();
  const seasons = useSeasons();
  const context = useWriteContext();
  const { device } = useData();
  return useMemo(
    () =>
      planHelloAssoImport(file.parsed, {
        importId: file.importId,
        context,
        series: device.series,
        people: [...directory.people.values()],
        memberships: [...directory.memberships.values()],
        seasons,
      }),
    [file, context, device.series, directory, seasons],
  );
}
