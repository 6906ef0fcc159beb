/**
 * js-yaml comes with electron-builder (it reads electron-builder.yml with it) and has no types of
 * its own: the one function the packaging test uses, typed here rather than adding @types/js-yaml.
 */
declare module 'js-yaml' {
  export function load(text: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
