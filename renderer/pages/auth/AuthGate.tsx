import { Center, Loader } from '@mantine/core';
import { useHotkeys, useIdle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_LOCK_SECONDS } from '@shared/auth/security-settings';
import { useSessionUser } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { LockScreen } from '@renderer/pages/auth/LockScreen';
import { useUsers } from '@renderer/data/users/read';
import { notify } from '@renderer/components/notices';
import { useLock } from '@renderer/pages/auth/use-lock';

/**
 * The first run (joining a server) and the pending steps (a new password, a recovery code to
 * print) are rare: loaded when shown, not with every start (issue 19). app/pages.ts fetches them
 * in the background after start-up, so that a browser offline by then still opens them.
 */
export const authLoaders = {
  FirstRunPage: () => import('@renderer/pages/auth/FirstRunPage').then((m) => ({ default: m.FirstRunPage })),
  PendingStepPage: () =>
    import('@renderer/pages/auth/PendingStepPage').then((m) => ({ default: m.PendingStepPage })),
};
const FirstRunPage = lazy(authLoaders.FirstRunPage);
const PendingStepPage = lazy(authLoaders.PendingStepPage);

function Waiting() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/** Nothing of the app is rendered without a signed-in user. */
export function AuthGate({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const { users, loading } = useUsers();
  // A restore from the first-run screen brings accounts back while it runs: its page stays.
  const [restoring, setRestoring] = useState(false);

  if (loading) return <Waiting />;
  if (users.length === 0 || restoring)
    return (
      <Suspense fallback={<Waiting />}>
        <FirstRunPage restoring={restoring} holdRestore={setRestoring} />
      </Suspense>
    );
  if (!user) return <LockScreen users={users} />;
  // A new password to choose, or a recovery code to note: nothing else opens before.
  if (user.pending)
    return (
      <Suspense fallback={<Waiting />}>
        <PendingStepPage user={user} pending={user.pending} />
      </Suspense>
    );
  return <IdleLock>{children}</IdleLock>;
}

/** Locks after the association's inactivity delay, and on Ctrl+Shift+L. */
function IdleLock({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lock = useLock();
  const security = useSetting('security');
  const seconds =
    security.read.state === 'ok' ? security.read.value.autoLockSeconds : DEFAULT_AUTO_LOCK_SECONDS;
  const idle = useIdle(seconds * 1000, {
    initialState: false,
    events: ['keydown', 'mousemove', 'mousedown', 'touchstart', 'wheel', 'scroll'],
  });

  useEffect(() => {
    if (!idle) return;
    void lock('idle').then(() => notify('blue', t('auth.locked')));
  }, [idle, lock, t]);

  useHotkeys([['mod+shift+L', () => void lock('manual')]], []);
  return children;
}
