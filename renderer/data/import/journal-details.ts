/**
 * How the journal marks an import's entries, in a module of its own so that the journal's reading
 * (components/audit) needs none of the import's writing code.
 *
 * The detail of the journal entry of a person's update that fills their empty fields: the entry
 * the write guard makes anyway (on the person, so their history shows it and an erasure rewrites
 * its values like any other), with the fields filled as its changes. « Annuler cet import » reads
 * the fills back from these entries, on any device.
 */
export const FILL_DETAIL_PREFIX = 'fill:';

/** The detail of the 'import' entry that « Annuler cet import » writes: what it removed. */
export const UNDO_DETAIL_PREFIX = 'undo:';
