/**
 * The five-field cron subset the job definitions use (`*`, `*\/n`, `a-b`, `a,b`), evaluated in
 * UTC like Inngest does, so the local runner fires on the same minutes.
 */
const RANGES: [number, number][] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 6], // day of week (Sunday = 0; 7 is accepted as Sunday)
];

function fieldMatches(field: string, value: number, [min, max]: [number, number]): boolean {
  return field.split(",").some((part) => {
    const [range, stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    let [from, to] = [min, max];
    if (range !== "*") {
      const [a, b] = range.split("-").map(Number);
      [from, to] = [a, b ?? (stepText ? max : a)];
    }
    if (!Number.isInteger(step) || step < 1 || Number.isNaN(from) || Number.isNaN(to)) throw new Error(`Unsupported cron field "${field}"`);
    return value >= from && value <= to && (value - from) % step === 0;
  });
}

export function cronMatches(expression: string, at: Date): boolean {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`Cron "${expression}" must have five fields`);
  const dayOfWeek = at.getUTCDay();
  const values = [at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, dayOfWeek];
  return fields.every((field, index) =>
    index === 4 ? fieldMatches(field, dayOfWeek, [0, 7]) || (dayOfWeek === 0 && fieldMatches(field, 7, [0, 7])) : fieldMatches(field, values[index], RANGES[index]),
  );
}
