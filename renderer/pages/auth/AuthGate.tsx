import { Center, Loader } from '@mantine/core';
import { useHotkeys, useIdle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb/plugins/core';
import { DEFAULT_AUTO_LOCK_SECONDS } from '@shared/auth/security-settings';
import type { UserDocument } from '@shared/auth/user';
import { lockApp } from '@renderer/data/users/lock';
import { useData, useSessionUser } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { FirstRunPage } from '@renderer/pages/auth/FirstRunPage';
import { LockScreen } from '@renderer/pages/auth/LockScreen';

/** Nothing of the app is rendered without a signed-in user. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { db } = useData();
  const user = useSessionUser();
  const query = useMemo<MangoQuery<UserDocument>>(() => ({ selector: {}, sort: [{ name: 'asc' }] }), []);
  const { results, loading } = useLiveRxQuery<UserDocument>({ collection: db.users, query });
  const users = useMemo(() => results.map((doc) => doc.toJSON() as UserDocument), [results]);

  if (loading) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (users.length === 0) return <FirstRunPage />;
  if (!user) return <LockScreen users={users} />;
  return <IdleLock>{children}</IdleLock>;
}

/** Locks after the association's inactivity delay, and on Ctrl+Shift+L. */
function IdleLock({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { db, session, device } = useData();
  const security = useSetting('security');
  const seconds =
    security.read.state === 'ok' ? security.read.value.autoLockSeconds : DEFAULT_AUTO_LOCK_SECONDS;
  const idle = useIdle(seconds * 1000, {
    initialState: false,
    events: ['keydown', 'mousemove', 'mousedown', 'touchstart', 'wheel', 'scroll'],
  });

  useEffect(() => {
    if (!idle) return;
    void lockApp(db, session, device.deviceId, 'idle').then(() =>
      notifications.show({ color: 'blue', message: t('auth.locked') }),
    );
  }, [idle, db, session, device.deviceId, t]);

  useHotkeys([['mod+shift+L', () => void lockApp(db, session, device.deviceId, 'manual')]], []);
  return children;
}
