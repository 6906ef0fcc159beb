/**
 * Why the local database could not open, in words a volunteer can act on. The errors arrive
 * wrapped (RxDB's RxError around Dexie's error around the browser's DOMException), so every
 * layer's name and message is read before deciding.
 */
export type StartFailureCause =
  'no-storage' | 'storage-full' | 'newer-version' | 'insecure-origin' | 'unknown';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  inner?: unknown;
  parameters?: unknown;
}

/** Names and messages of an error and of everything it wraps, at most a few levels deep. */
function layers(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === null || typeof error !== 'object') {
    return typeof error === 'string' ? [error] : [];
  }
  const e = error as ErrorLike;
  const own = [e.name, e.code, e.message].filter((v): v is string => typeof v === 'string');
  const parameters = (
    typeof e.parameters === 'object' && e.parameters !== null ? e.parameters : {}
  ) as Record<string, unknown>;
  const wrapped = [
    e.cause,
    e.inner,
    parameters.error,
    ...(Array.isArray(parameters.errors) ? parameters.errors : []),
  ];
  return [...own, ...wrapped.flatMap((inner) => layers(inner, depth + 1))];
}

export function explainStartFailure(
  error: unknown,
  environment: { hasIndexedDb: boolean; secureContext: boolean },
): StartFailureCause {
  if (!environment.hasIndexedDb) return 'no-storage';
  const text = layers(error).join('\n');
  if (/QuotaExceeded|quota/i.test(text)) return 'storage-full';
  // Firefox's private windows (before 115) and disabled site data refuse to open IndexedDB at all.
  if (/MissingAPIError|InvalidStateError|SecurityError|indexedDB API missing/i.test(text))
    return 'no-storage';
  // Another window already upgraded the database to a newer Tilleul, or holds it while upgrading.
  if (/VersionError|UpgradeError|blocked/i.test(text)) return 'newer-version';
  if (!environment.secureContext && /\bUT8\b|crypto/i.test(text)) return 'insecure-origin';
  return 'unknown';
}
