// The association's sync server lives here (DESIGN.md, Sync). It is filled by the sync issue;
// until then this folder only holds the layer's configuration, so its rules are enforced early.
export {};
