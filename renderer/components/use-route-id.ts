import { useParams } from 'react-router';

/**
 * The route's `:id`, branded as the kind of id the page shows (`useRouteId(asEventId)`). An
 * address can be typed or bookmarked, so the id is only a key to look up: a page finds no
 * document for one that is not an id of its kind, and says so.
 */
export function useRouteId<I extends string>(brand: (value: string) => I): I | undefined {
  const { id } = useParams();
  return id === undefined ? undefined : brand(id);
}
