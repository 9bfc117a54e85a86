// Named instants of a scenario: `When I note the time as "rollout"`, and one implicit mark per
// When step, named by its text, so a window can start "since" either. A mark remembers the
// virtual time, the store revision and the journal position at that instant.
export interface Mark {
  name: string;
  atMs: number;
  revision: number;
  journalIndex: number;
}

export class Marks {
  private readonly byName = new Map<string, Mark>();

  set(mark: Mark): void {
    this.byName.set(mark.name, mark);
  }

  get(name: string): Mark {
    const mark = this.byName.get(name);
    if (!mark) throw new Error(`no mark named "${name}"; marks so far: ${[...this.byName.keys()].map((k) => `"${k}"`).join(', ') || 'none'}`);
    return mark;
  }
}
