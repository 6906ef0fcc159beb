import type { FastifyInstance } from 'fastify';
import { MAX_JSON_DEPTH } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * True when the JSON text nests objects and arrays deeper than `max`. One pass over the text
 * before it is parsed: nothing recursive (a walk, a schema, JSON.stringify) ever sees it.
 * Brackets inside strings do not count; malformed text is left to JSON.parse to refuse.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/**
 * Fastify's own JSON parser (prototype poisoning refused), behind the depth check: JSON nested
 * thousands deep is a 400, not a stack overflow somewhere down the line.
 */
export function installJsonParser(app: FastifyInstance, maxDepth = MAX_JSON_DEPTH): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, maxDepth)) {
      done(
        new ApiError(
          400,
          'BAD_REQUEST',
          `Requête refusée : données imbriquées sur plus de ${maxDepth} niveaux, ce qu’aucun document de Tilleul ne demande.`,
        ),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
