/**
 * The project's release public key (Ed25519, SPKI PEM): an update is installed only if
 * `build/sign-update.mjs` signed it with the matching private key (`TILLEUL_RELEASE_KEY`, a
 * secret of the release workflow, never in the repository). To change it:
 * `node build/sign-update.mjs --new-key`, keep the private half in the workflow's secrets, paste
 * the public half here. An app built with this key refuses every update signed with another.
 *
 * The key below was made when the updater was written and its private half was not kept: until
 * the maintainers put the release key here, every update is refused (closed, never open).
 */
export const RELEASE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEADuh48+YFQjinBUo0ARU70z5I3vNJ5goOWHViXqwgWbE=
-----END PUBLIC KEY-----
`;
