import { useEffect, useRef, useState } from 'react';
import type { CameraState } from '@renderer/pages/entrance/camera/camera-session';
import { startCameraSession } from '@renderer/pages/entrance/camera/camera-session';

/**
 * The camera while the preview is shown: its `<video>`'s ref, and what it is doing. Each new code
 * read goes to `onCode`; frames are skipped while `paused`. Unmounting (closing the preview,
 * leaving the entrance, locking the screen) stops the stream.
 */
export function useCameraScanner(paused: boolean, onCode: (code: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ phase: 'starting' });
  const latest = useRef({ paused, onCode });
  useEffect(() => {
    latest.current = { paused, onCode };
  });

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    return startCameraSession(element, {
      onState: setState,
      onCode: (code) => latest.current.onCode(code),
      paused: () => latest.current.paused,
    });
  }, []);

  return { video, state };
}
