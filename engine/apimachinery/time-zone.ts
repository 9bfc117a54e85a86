// Go's time.LoadLocation, as far as its answer is "which names are time zones": "" and "UTC" are
// UTC, "Local" is the local zone, a name with ".." or a leading slash is "time: invalid location
// name", and any other name must be in the IANA tz database, else "unknown time zone <name>".
// Models src/time/zoneinfo.go → LoadLocation (Go 1.24). The database is this Node's ICU copy of
// tzdata (canonical names and the backward-compatible aliases such as US/Eastern), read through
// Intl, which reads no clock. Deviation: ICU matches names case-insensitively, so "europe/paris"
// passes here where Go's lookup of the file Europe/Paris refuses it.

const known = new Map<string, boolean>();

function inDatabase(name: string): boolean {
  let found = known.get(name);
  if (found === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      found = true;
    } catch {
      found = false;
    }
    known.set(name, found);
  }
  return found;
}

/** LoadLocation(name)'s error text, or undefined when Go would load it. */
export function loadLocationError(name: string): string | undefined {
  if (name === '' || name === 'UTC' || name === 'Local') return undefined;
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return 'time: invalid location name';
  // Every tzdata name starts with a letter; ICU would also take a UTC offset such as "+05:00".
  return /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) && inDatabase(name) ? undefined : `unknown time zone ${name}`;
}
