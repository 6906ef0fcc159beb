/**
 * « de » before a name, the French way: « d’Anne Admin », « d’Hélène Dupré », « d’Yves »,
 * « de Sophie Secrétaire ». A name starting with a vowel, or an h (in given names it is nearly
 * always mute: Hélène, Hugo, Hervé), takes « d’ »; anything else (a consonant, a digit, a quote)
 * keeps « de ». For sentences built around a name (« Code de secours d’Anne Admin »).
 */
export function deName(name: string): string {
  const trimmed = name.trim();
  return ELIDES.test(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}

const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüÿæœ]/i;
