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
  private lastStep: Mark | undefined;

  set(mark: Mark): void {
    this.byName.set(mark.name, mark);
  }

  /** The implicit mark of a When step; it is also "the last When step". */
  setStep(mark: Mark): void {
    this.set(mark);
    this.lastStep = mark;
  }

  /** The mark of the most recent When step. */
  lastWhenStep(): Mark {
    if (!this.lastStep) throw new Error('no When step has run yet in this scenario');
    return this.lastStep;
  }

  get(name: string): Mark {
    const mark = this.byName.get(name);
    if (!mark) throw new Error(`no mark named "${name}"; marks so far: ${[...this.byName.keys()].map((k) => `"${k}"`).join(', ') || 'none'}`);
    return mark;
  }
}
