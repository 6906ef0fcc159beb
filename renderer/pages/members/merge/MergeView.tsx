import { Button, Group, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonDocument } from '@shared/members/person';
import { MergeButton } from '@renderer/pages/members/merge/MergeButton';
import { MergeConflicts } from '@renderer/pages/members/merge/MergeConflicts';
import { MergeSideCard } from '@renderer/pages/members/merge/MergeSideCard';
import { MergeSummary } from '@renderer/pages/members/merge/MergeSummary';
import { useApplyMerge } from '@renderer/pages/members/merge/use-apply-merge';
import { useMergePlan } from '@renderer/pages/members/merge/use-merge-plan';

/** Two records side by side: which one to keep, which values, what changes; then the merge. */
export function MergeView({
  first,
  second,
  onChangeOther,
  onMerged,
}: {
  first: PersonDocument;
  second: PersonDocument;
  onChangeOther: () => void;
  onMerged: (survivorId: string) => void;
}) {
  const { t } = useTranslation();
  const { plan, keep, choose } = useMergePlan(first, second);
  const { busy, apply } = useApplyMerge(onMerged);
  const survivor = plan.survivorId === first.id ? first : second;
  const absorbed = plan.survivorId === first.id ? second : first;

  return (
    <Stack gap="md">
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={onChangeOther}>
          {t('merge.pick.change')}
        </Button>
      </Group>
      <Radio.Group
        value={plan.survivorId}
        onChange={keep}
        label={t('merge.side.survivor')}
        description={t('merge.side.keepHint')}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
          <MergeSideCard person={first} kept={first.id === plan.survivorId} />
          <MergeSideCard person={second} kept={second.id === plan.survivorId} />
        </SimpleGrid>
      </Radio.Group>
      <MergeConflicts conflicts={plan.conflicts} onChoose={choose} />
      <MergeSummary plan={plan} absorbed={absorbed} />
      <MergeButton absorbed={absorbed} survivor={survivor} busy={busy} onMerge={() => apply(plan)} />
    </Stack>
  );
}
