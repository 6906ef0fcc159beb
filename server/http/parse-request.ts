import type { z } from 'zod';
import { ApiError } from '@server/http/api-error';

/** zod at the HTTP boundary: a request that does not fit is a 400 that says which part. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(racine)'} : ${issue.message}`)
    .join(' ; ');
  throw new ApiError(400, 'BAD_REQUEST', `Requête mal formée (${what}) — ${detail}`);
}
