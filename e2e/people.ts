/** Ferry users that foundation.spec.ts (first-run set-up) and dev-server-log.spec.ts create through the UI. */
export const admin = { name: "Ada Admin", email: "ada@firm.test", password: "a long admin password" };
export const member = { name: "Milo Member", email: "milo@firm.test", password: "milo's own password" };

/** Emulator people (seeded): see emulators/README.md. */
export const ben = { email: "ben.okafor@harrowvale.example", password: "ferry-demo", name: "Ben Okafor" };
