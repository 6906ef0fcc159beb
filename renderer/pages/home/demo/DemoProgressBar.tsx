import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Demo } from '@renderer/pages/home/demo/use-demo';
import { useCountFormat } from '@renderer/pages/home/demo/use-count-format';

/** How far loading or removing the demo has gone; nothing when neither runs. */
export function DemoProgressBar({ busy, progress }: Pick<Demo, 'busy' | 'progress'>) {
  const { t } = useTranslation();
  const format = useCountFormat();
  if (!busy) return null;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4} aria-live="polite">
      <Progress
        value={percent}
        size="lg"
        animated
        aria-label={t('dashboard.demo.progressLabel')}
        data-testid="demo-progress"
      />
      <Text size="sm" c="dimmed">
        {busy === 'loading' ? t('dashboard.demo.loading') : t('dashboard.demo.removing')}{' '}
        {progress.total > 0
          ? t('dashboard.demo.progress', { done: format(progress.done), total: format(progress.total) })
          : null}
      </Text>
    </Stack>
  );
}
