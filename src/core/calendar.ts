// Calendar facts about ISO dates, computed in UTC so no time zone can shift them.

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an ISO date (YYYY-MM-DD) exists on the calendar (no 30 February). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
