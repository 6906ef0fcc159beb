import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PermissionNotice } from '@renderer/components/settings/PermissionNotice';
import type { ListState } from '@renderer/components/settings/use-setting-list';

/** The dialog that edits one item; its title stays while it closes, so it is always given. */
export interface ItemEditor {
  opened: boolean;
  title: string;
  close: () => void;
  content: ReactNode;
}

/**
 * The frame of a settings screen that edits a list: what it is for, why it may be read-only,
 * damaged data kept out of reach, the list itself, and the dialog that edits an item.
 */
export function SettingsListPanel({
  list,
  editor,
  children,
}: {
  list: ListState;
  editor: ItemEditor;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (list.loading) return null;
  return (
    <Stack gap="lg" maw={980}>
      <Text c="dimmed">{t(`${list.texts}.intro`)}</Text>
      <PermissionNotice decision={list.mayEdit} />
      {list.damaged ? <Alert color="orange">{t(`${list.texts}.damaged`)}</Alert> : children}
      <Modal opened={editor.opened} onClose={editor.close} title={editor.title} size="lg">
        {editor.content}
      </Modal>
    </Stack>
  );
}

/** The big « add » button, for those who may edit. */
export function AddButton({
  list,
  onClick,
  children,
}: {
  list: ListState;
  onClick: () => void;
  children: ReactNode;
}) {
  if (!list.mayEdit.allowed) return null;
  return (
    <Group>
      <Button size="md" onClick={onClick}>
        {children}
      </Button>
    </Group>
  );
}
