/** Why the camera is not showing, each with its own French sentence (`doorCamera.errors.*`). */
export type CameraProblem = 'refused' | 'missing' | 'busy' | 'decoder' | 'failed';

/**
 * What `getUserMedia` threw, as the door volunteer must hear it: refused (by the person, the
 * browser's settings or the desktop's permission policy), no camera at all (or none that can
 * face the way asked), or a camera another application holds.
 */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'refused';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
  );
}

/**
 * Browsers give the camera only to secure origins (HTTPS, localhost, the desktop's `app://`):
 * elsewhere `navigator.mediaDevices` does not even exist.
 */
export function cameraPossible(scope: {
  isSecureContext: boolean;
  navigator: { mediaDevices?: { getUserMedia?: unknown } | undefined };
}): boolean {
  return scope.isSecureContext && typeof scope.navigator.mediaDevices?.getUserMedia === 'function';
}
