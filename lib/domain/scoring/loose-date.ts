/** A calendar date at whatever precision the text gave. */
export interface LooseDate {
  year: number;
  month: number | null;
  day: number | null;
}

// English and Spanish month names (sources cover Japan–Peru history in both).
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12,
};

function valid(year: number, month: number | null, day: number | null): LooseDate | null {
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return null;
  return { year, month, day };
}

/**
 * Parses the date spellings a learner is likely to type, so "3 April 1899",
 * "April 3, 1899", "1899-04-03", "3 de abril de 1899" and "1899年4月3日" all
 * compare equal. Expects text already passed through normalizeAnswer.
 * Returns null for anything else (the caller falls back to string equality).
 */
export function parseLooseDate(normalized: string): LooseDate | null {
  const text = normalized.replace(/,/g, " ").replace(/\b(of|de|del)\b/g, " ").replace(/\s+/g, " ").trim();
  let m: RegExpMatchArray | null;

  if ((m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = text.match(/^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/))) {
    return valid(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
  }
  if ((m = text.match(/^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.? (\d{4})$/))) {
    const month = MONTHS[m[2] ?? ""];
    return month ? valid(Number(m[3]), month, Number(m[1])) : null;
  }
  if ((m = text.match(/^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/))) {
    const month = MONTHS[m[1] ?? ""];
    return month ? valid(Number(m[3]), month, Number(m[2])) : null;
  }
  if ((m = text.match(/^([a-z]+)\.? (\d{4})$/))) {
    const month = MONTHS[m[1] ?? ""];
    return month ? valid(Number(m[2]), month, null) : null;
  }
  if ((m = text.match(/^(\d{4})$/))) return valid(Number(m[1]), null, null);
  return null;
}

export function sameLooseDate(a: LooseDate, b: LooseDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
