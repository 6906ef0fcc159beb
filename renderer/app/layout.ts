/** The header's height, in px: the shell lays the page out under it, notices appear below it. */
export const HEADER_HEIGHT = 56;
