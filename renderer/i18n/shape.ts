/** Same keys as French, every leaf a string: a missing or extra key does not compile. */
export type TranslationShape<T> = { [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]> };
