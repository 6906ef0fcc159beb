import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { erasePeople } from '@renderer/data/members/erase';
import { notify } from '@renderer/components/notices';
import { useWrite } from '@renderer/components/use-write';

/** The assistant's batch erasure: its progress, and one notice for what failed. */
export function useBatchErasure() {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const erase = async (personIds: readonly string[]) => {
    const result = await run(
      () =>
        erasePeople(db, { ...context, userName: user.name, role: user.role }, personIds, (done, total) =>
          setProgress({ done, total }),
        ),
      { success: (outcome) => t('retention.done', { count: outcome.erased.length }) },
    );
    if (result && result.failed.length > 0)
      notify('red', t('retention.failed', { count: result.failed.length }));
    setProgress(null);
    return result;
  };
  return { busy, progress, erase };
}
