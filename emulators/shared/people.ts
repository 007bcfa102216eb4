/** Demo people used by both emulators (same sign-ins on each, different access). */
export interface Person {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  org: string;
}

export const DEMO_PASSWORD = "ferry-demo";

export const PEOPLE = {
  alice: { email: "alice.morgan@harrowvale.example", password: DEMO_PASSWORD, firstName: "Alice", lastName: "Morgan", org: "Harrow & Vale LLP" },
  ben: { email: "ben.okafor@harrowvale.example", password: DEMO_PASSWORD, firstName: "Ben", lastName: "Okafor", org: "Harrow & Vale LLP" },
  chloe: { email: "chloe.tan@harrowvale.example", password: DEMO_PASSWORD, firstName: "Chloe", lastName: "Tan", org: "Harrow & Vale LLP" },
  dana: { email: "dana.ruiz@harrowvale.example", password: DEMO_PASSWORD, firstName: "Dana", lastName: "Ruiz", org: "Harrow & Vale LLP – Compliance" },
} satisfies Record<string, Person>;

export const ALL_PEOPLE: Person[] = Object.values(PEOPLE);

/** One-time code accepted by the two-factor step (when that condition is switched on). */
export const TWO_FACTOR_CODE = "246810";

/** Date of seeded content, fixed so that a reset always gives the same listings. */
export const SEED_TIME = Date.UTC(2024, 2, 4, 9, 30);

export const findPerson = (people: Person[], email: string) => people.find((p) => p.email.toLowerCase() === email.trim().toLowerCase());
