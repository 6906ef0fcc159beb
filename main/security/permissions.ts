import { isAppOrigin, isAppUrl } from './app-origin';

/**
 * Web permissions the renderer may get: the camera only, for the check-in scanner at the door.
 * Everything else (microphone, geolocation, notifications, clipboard read, USB, HID, serial, …)
 * is refused, and so is any request that does not come from the app's own origin.
 */

/** What Electron tells `setPermissionRequestHandler` (the parts the decision needs). */
export interface PermissionRequestInfo {
  permission: string;
  requestingUrl: string;
  /** Only present for `media` requests. */
  mediaTypes?: readonly string[] | undefined;
}

/** What Electron tells `setPermissionCheckHandler` (the parts the decision needs). */
export interface PermissionCheckInfo {
  permission: string;
  requestingOrigin: string;
  /** `video`, `audio` or `unknown`, only for `media` checks. */
  mediaType?: string | undefined;
}

export function isPermissionRequestAllowed(request: PermissionRequestInfo): boolean {
  if (request.permission !== 'media' || !isAppUrl(request.requestingUrl)) return false;
  const mediaTypes = request.mediaTypes ?? [];
  // `getUserMedia({ video: true, audio: true })` asks for both at once: all or nothing.
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

export function isPermissionCheckAllowed(check: PermissionCheckInfo): boolean {
  return check.permission === 'media' && check.mediaType === 'video' && isAppOrigin(check.requestingOrigin);
}
