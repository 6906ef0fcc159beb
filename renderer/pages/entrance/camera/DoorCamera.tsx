import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraPossible } from '@renderer/pages/entrance/camera/camera-problem';
import { useCameraScanner } from '@renderer/pages/entrance/camera/use-camera-scanner';

/** What became of a card the camera read: whose it is, or nobody's here. */
export type ScanResult = { name: string } | undefined;

/** How long « Carte lue : … » stays under the preview. */
const CONFIRMATION_MS = 3000;

/**
 * The door's camera: a big « Scanner une carte » button that opens the preview, which stays open
 * for the next person until « Fermer la caméra » or leaving the entrance. On an insecure origin
 * (plain http) the browser gives no camera: one sentence says why, and what to use instead.
 */
interface CameraProps {
  /** True while a dialog (a payment, a walk-in) or a write holds the door: frames are not read. */
  paused: boolean;
  onCode: (code: string) => ScanResult;
  onClose: () => void;
}

export function DoorCamera({ paused, onCode, onClose }: CameraProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!cameraPossible(window)) {
    return (
      <Text size="md" c="dimmed" data-testid="camera-unavailable">
        {t('doorCamera.insecure')}
      </Text>
    );
  }
  if (!open) {
    return (
      <Group>
        <Button size="xl" variant="light" onClick={() => setOpen(true)}>
          {t('doorCamera.open')}
        </Button>
      </Group>
    );
  }
  return (
    <CameraPreview
      paused={paused}
      onCode={onCode}
      onClose={() => {
        setOpen(false);
        onClose();
      }}
    />
  );
}

function CameraPreview({ paused, onCode, onClose }: CameraProps) {
  const { t } = useTranslation();
  const [last, setLast] = useState<{ text: string; known: boolean } | undefined>();
  const { video, state } = useCameraScanner(paused, (code) => {
    const result = onCode(code);
    setLast(
      result
        ? { text: t('doorCamera.read', { name: result.name }), known: true }
        : { text: t('doorCamera.unknown', { code: code.slice(0, 40) }), known: false },
    );
  });
  useEffect(() => {
    if (!last) return;
    const timer = window.setTimeout(() => setLast(undefined), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [last]);

  return (
    <Paper withBorder p="sm" role="region" aria-label={t('doorCamera.title')}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">
            {t('doorCamera.title')}
          </Title>
          <Button size="lg" variant="default" onClick={onClose}>
            {t('doorCamera.close')}
          </Button>
        </Group>
        {state.phase === 'problem' ? (
          <Alert color="red">{t(`doorCamera.errors.${state.problem}`)}</Alert>
        ) : (
          <video
            ref={video}
            muted
            playsInline
            aria-hidden
            style={{ width: '100%', maxWidth: 480, maxHeight: '40vh', background: '#000', borderRadius: 4 }}
          />
        )}
        <Text
          size="lg"
          fw={last ? 700 : 400}
          c={last && !last.known ? 'orange' : undefined}
          aria-live="polite"
        >
          {last?.text ?? (state.phase === 'starting' ? t('doorCamera.starting') : t('doorCamera.ready'))}
        </Text>
      </Stack>
    </Paper>
  );
}
