import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

/**
 * A question asked inside the form rather than in a second dialog (the correction is already one):
 * the safe answer is on the left and takes the focus, so a second Entrée does no harm.
 */
export function ConfirmAlert({
  title,
  children,
  keepLabel,
  confirmLabel,
  confirmColor,
  onKeep,
  onConfirm,
  busy,
}: {
  title: string;
  children: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  confirmColor?: string;
  onKeep: () => void;
  onConfirm: () => void;
  busy?: boolean;
}) {
  const titleId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <Alert
      color="orange"
      title={<span id={titleId}>{title}</span>}
      role="alertdialog"
      aria-labelledby={titleId}
    >
      <Stack gap="sm">
        {children}
        <Group>
          <Button ref={keep} variant="default" onClick={onKeep}>
            {keepLabel}
          </Button>
          <Button color={confirmColor} onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
