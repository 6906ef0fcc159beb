import { useTranslation } from 'react-i18next';
import { canWrite } from '@shared/auth/permissions';
import type { WriteOperation } from '@shared/auth/permissions';
import type { MergePlan } from '@shared/members/merge-people';
import { mergeLabel } from '@shared/members/merge-record';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import { applyPeopleMerge, PeopleMergeError } from '@renderer/data/members/write';
import { describeMergeError } from '@renderer/pages/members/merge/describe-merge-error';
import { notify } from '@renderer/components/notices';

/**
 * Applies a merge plan and goes on to the survivor (`onMerged`). `apply` resolves to false when
 * the merge failed: its notice stays on screen until closed.
 */
export function useApplyMerge(onMerged: (survivorId: string) => void) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();

  const apply = async (plan: MergePlan): Promise<boolean> => {
    // Donations and check-ins of the absorbed record follow it where this role may write them.
    const may = (collection: string, operation: WriteOperation, document: Record<string, unknown>) =>
      canWrite(user.role, collection, operation, document).allowed;
    const merged = await run(() => applyPeopleMerge(db, { ...context, userName: user.name }, plan, may), {
      success: (survivor) => t('merge.done', { name: mergeLabel(survivor) }),
      failure: (_message, error) => {
        // Shown until closed: it says what to do next, and a half-done merge must not go unseen.
        notify('red', describeMergeError(t, user.role, error), { sticky: true });
        // The merge is done, only its journal entry is missing: go on to the survivor.
        if (error instanceof PeopleMergeError && error.step === 'audit') onMerged(plan.survivorId);
        return null;
      },
    });
    if (merged) onMerged(merged.id);
    return merged !== undefined;
  };
  return { busy, apply };
}
