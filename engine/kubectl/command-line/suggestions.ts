// "Did you mean this?" for a mistyped command.
// Models github.com/spf13/cobra command.go → SuggestionsFor / findSuggestions: commands within
// Levenshtein distance 2 (case-insensitive) or starting with what was typed, in name order.
// Left out: SuggestFor aliases (kubectl defines none for the simulated commands).

function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

export function suggestionsFor(typed: string, names: string[]): string[] {
  return [...names].sort().filter((n) => levenshtein(typed, n) <= 2 || n.toLowerCase().startsWith(typed.toLowerCase()));
}

/** The suffix cobra appends to "unknown command" errors. */
export function suggestionText(typed: string, names: string[]): string {
  const found = suggestionsFor(typed, names);
  return found.length === 0 ? '' : `\n\nDid you mean this?\n${found.map((n) => `\t${n}\n`).join('')}`;
}
