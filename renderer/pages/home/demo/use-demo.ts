import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoSize } from '@shared/demo/demo-association';
import { isDemoId, seasonsInTheDemosWay } from '@shared/demo/demo-association';
import { localToday } from '@shared/dates/parse-date';
import { useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import type { DemoProgress } from '@renderer/data/demo/write';
import { DemoSeasonsTakenError, DemoSettingsError, loadDemo, removeDemo } from '@renderer/data/demo/write';
import { useSeasons } from '@renderer/data/settings/read';
import { useCountFormat } from '@renderer/pages/home/demo/use-count-format';
import { notify } from '@renderer/components/notices';

function containsDemo(ids: Iterable<string>): boolean {
  for (const id of ids) if (isDemoId(id)) return true;
  return false;
}

export interface Demo {
  /** Whether demo records are in the members file. */
  present: boolean;
  /** What is running, if anything. */
  busy: 'loading' | 'removing' | null;
  progress: DemoProgress;
  /** The user's own seasons covering the demo's dates: the demo cannot be loaded beside them. */
  seasonsInTheWay: string[];
  load: (size: DemoSize) => Promise<void>;
  remove: () => Promise<void>;
}

/** The demo association: whether it is here, loading and removing it with their progress. */
export function useDemo(): Demo {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const directory = useDirectory();
  const format = useCountFormat();
  const loading = useWrite();
  const removing = useWrite();
  const [progress, setProgress] = useState<DemoProgress>({ done: 0, total: 0 });

  const present = useMemo(
    () =>
      containsDemo(directory.households.keys()) ||
      containsDemo(directory.people.keys()) ||
      containsDemo(directory.memberships.keys()),
    [directory],
  );

  const seasons = useSeasons();
  const seasonsInTheWay = useMemo(
    () => seasonsInTheDemosWay(seasons, localToday(context.now())).map((season) => season.label),
    [seasons, context],
  );

  const failure = (message: string, error: unknown) =>
    error instanceof DemoSeasonsTakenError
      ? t('dashboard.demo.seasonsTaken', { seasons: error.seasons.join(', ') })
      : error instanceof DemoSettingsError
        ? t('dashboard.demo.settingsDamaged')
        : t('dashboard.demo.failed', { message });

  const load = async (size: DemoSize) => {
    setProgress({ done: 0, total: 0 });
    await loading.run(() => loadDemo(db, context, size, setProgress), {
      success: (demo) => t('dashboard.demo.loaded', { people: format(demo.people.length) }),
      failure,
    });
  };

  const remove = async () => {
    setProgress({ done: 0, total: 0 });
    const removal = await removing.run(() => removeDemo(db, context, setProgress), {
      success: () => t('dashboard.demo.removed'),
      failure,
    });
    if (removal && removal.keptSeasons.length > 0) {
      notify('orange', t('dashboard.demo.keptSeasons', { seasons: removal.keptSeasons.join(', ') }), {
        sticky: true,
      });
    }
  };

  const busy = loading.busy ? 'loading' : removing.busy ? 'removing' : null;
  return { present, busy, progress, seasonsInTheWay, load, remove };
}
