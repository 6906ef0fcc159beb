/**
 * What a person types as the server's address ("192.168.1.20:8787", "tilleul.example.org/",
 * "https://asso.fr/tilleul") turned into a base URL for the API, or undefined when it cannot be
 * one. Plain http is the norm on an association's own Wi-Fi, so it is assumed when absent.
 */
export function normaliseServerAddress(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname || url.username || url.password || url.search || url.hash) return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}`;
}
