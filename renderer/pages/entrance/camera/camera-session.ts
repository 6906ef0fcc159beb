import type { CameraProblem } from '@renderer/pages/entrance/camera/camera-problem';
import { cameraProblemOf } from '@renderer/pages/entrance/camera/camera-problem';
import type { QrDecoder } from '@renderer/pages/entrance/camera/qr-decoder';

export type CameraState =
  { phase: 'starting' } | { phase: 'on' } | { phase: 'problem'; problem: CameraProblem };

/** A frame every so often: fast enough for a card shown in passing, light on a phone's battery. */
const FRAME_EVERY_MS = 150;
/**
 * A card held in front of the camera is read once. It counts again once it has been out of sight
 * for this many frames read (not merely for some time: frames skipped while a dialog is open or
 * the check-in is being written, or a slow phone, must not turn one card into « Entrée déjà enregistrée »).
 */
const FRAMES_OUT_OF_SIGHT = 4;
/** Frames are read at most this wide: a QR code held near the camera needs no more. */
const MAX_FRAME_WIDTH = 640;

export interface CameraSessionHooks {
  onState: (state: CameraState) => void;
  onCode: (code: string) => void;
  /** Frames are skipped while this says so (a dialog asks how someone pays). */
  paused: () => boolean;
}

/**
 * The camera's stream in `video` (the rear one on a phone), its frames read by the QR decoder
 * (loaded only now, from the app's own build), each new code handed on. `stop()` ends the stream:
 * the camera's light goes off.
 */
export function startCameraSession(video: HTMLVideoElement, hooks: CameraSessionHooks): () => void {
  let stopped = false;
  let stream: MediaStream | undefined;
  let timer: number | undefined;
  const canvas = document.createElement('canvas');
  const seen = { code: '', missed: 0 };

  const frame = () => {
    const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context?.drawImage(video, 0, 0, canvas.width, canvas.height);
    return context?.getImageData(0, 0, canvas.width, canvas.height);
  };

  const read = async (decode: QrDecoder) => {
    if (stopped) return;
    if (!hooks.paused() && video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      const image = frame();
      // A frame the decoder chokes on is a frame without a code: the next one may do.
      const code = image ? await decode(image).catch(() => undefined) : undefined;
      if (!code) seen.missed++;
      else if (!stopped) {
        const fresh = code !== seen.code || seen.missed >= FRAMES_OUT_OF_SIGHT;
        seen.code = code;
        seen.missed = 0;
        if (fresh) hooks.onCode(code);
      }
    }
    if (!stopped) timer = window.setTimeout(() => void read(decode), FRAME_EVERY_MS);
  };

  const start = async () => {
    hooks.onState({ phase: 'starting' });
    const decoder = import('@renderer/pages/entrance/camera/load-qr-decoder').then((m) => m.loadQrDecoder());
    // Awaited below once the camera is on; a refused camera must not leave it unhandled.
    decoder.catch(() => undefined);
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (error) {
      if (!stopped) hooks.onState({ phase: 'problem', problem: cameraProblemOf(error) });
      return;
    }
    if (stopped) return stop();
    let decode: QrDecoder;
    try {
      decode = await decoder;
    } catch {
      if (!stopped) hooks.onState({ phase: 'problem', problem: 'decoder' });
      return stop();
    }
    if (stopped) return;
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    hooks.onState({ phase: 'on' });
    void read(decode);
  };

  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    stream?.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };

  void start();
  return stop;
}
