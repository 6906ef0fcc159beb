import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogChangesContext } from '@renderer/components/settings/dialog-changes';
import { DiscardQuestion } from '@renderer/components/settings/DiscardQuestion';
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
  // Told by the form in the dialog (`useReportChanges`). A ref, not a state: Échap pressed right
  // after a key must see that key's change, without waiting for this panel to render again.
  const dirty = useRef(false);
  const setDirty = useCallback((changed: boolean) => {
    dirty.current = changed;
  }, []);
  const [asking, setAsking] = useState(false);
  // Where the typing was, to go back there after « Continuer la saisie ».
  const typing = useRef<HTMLElement | null>(null);
  if (list.loading) return null;

  const ask = () => {
    typing.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(true);
  };
  const keep = () => {
    setAsking(false);
    // Once the form is shown again (a hidden field cannot take the focus).
    requestAnimationFrame(() => typing.current?.focus());
  };
  const discard = () => {
    setAsking(false);
    editor.close();
  };
  return (
    <Stack gap="lg" maw={980}>
      <Text c="dimmed">{t(`${list.texts}.intro`)}</Text>
      <PermissionNotice decision={list.mayEdit} />
      {list.damaged ? <Alert color="orange">{t(`${list.texts}.damaged`)}</Alert> : children}
      <DialogChangesContext.Provider value={setDirty}>
        <Modal
          opened={editor.opened}
          // Échap, a click outside, the close button: with changes, ask first; asked, they
          // answer « Continuer la saisie ». « Annuler » is chosen on purpose, and closes through
          // `editor.close` without asking.
          onClose={() => (asking ? keep() : dirty.current ? ask() : editor.close())}
          title={asking ? t('unsaved.title') : editor.title}
          size="lg"
        >
          <div hidden={asking}>{editor.content}</div>
          {asking ? <DiscardQuestion onKeep={keep} onDiscard={discard} /> : null}
        </Modal>
      </DialogChangesContext.Provider>
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
