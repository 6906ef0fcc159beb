import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoSize } from '@shared/demo/demo-association';
import { DEMO_SIZES } from '@shared/demo/demo-association';
import { DemoProgressBar } from '@renderer/pages/home/demo/DemoProgressBar';
import type { Demo } from '@renderer/pages/home/demo/use-demo';
import { useCountFormat } from '@renderer/pages/home/demo/use-count-format';

/** The sizes offered on screen; the federation size (50,000) is for benchmarks. */
const OFFERED: readonly DemoSize[] = ['small', 'large'];

/** « Essayer avec une association de démonstration », in the size chosen. */
export function DemoOffer({
  demo,
  size,
  onSizeChange,
}: {
  demo: Demo;
  size: DemoSize;
  onSizeChange: (size: DemoSize) => void;
}) {
  const { t } = useTranslation();
  const format = useCountFormat();
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dashboard.demo.title')}
        </Title>
        <Text size="sm">{t('dashboard.demo.body')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="demo-size-label">
            {t('dashboard.demo.size')}
          </Text>
          <SegmentedControl
            aria-labelledby="demo-size-label"
            value={size}
            onChange={(value) => onSizeChange(value as DemoSize)}
            disabled={demo.busy !== null}
            data={OFFERED.map((value) => ({
              value,
              label: t(value === 'small' ? 'dashboard.demo.sizeSmall' : 'dashboard.demo.sizeLarge', {
                people: format(DEMO_SIZES[value]),
              }),
            }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <DemoProgressBar busy={demo.busy} progress={demo.progress} />
        {demo.seasonsInTheWay.length > 0 ? (
          <Alert color="gray" title={t('dashboard.demo.seasonsTakenTitle')}>
            {t('dashboard.demo.seasonsTaken', { seasons: demo.seasonsInTheWay.join(', ') })}
          </Alert>
        ) : (
          <Group>
            <Button size="md" onClick={() => void demo.load(size)} loading={demo.busy !== null}>
              {t('dashboard.demo.load')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
