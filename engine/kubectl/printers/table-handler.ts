// The shape of one kind's table definition: its columns and how an object becomes a row.
// Models pkg/printers/tablegenerator.go → TableHandler(columnDefinitions, printFunc) and
// metav1.TableColumnDefinition (Name, Priority: 0 always shown, 1 only with -o wide).
// Left out: column types/formats/descriptions (only the server's Table API needs them).
import type { KubeObjectLike } from './object-like.ts';

export interface Column {
  name: string;
  priority?: 1;
}

export interface RowContext {
  nowMs: number;
  wide: boolean;
}

export type Cell = string | number | boolean;

export interface TableHandler {
  /** The Kind this handler prints (`Pod`, `Deployment`, ...). */
  kind: string;
  columns: Column[];
  /** One cell per column, wide columns included (the printer drops them when not wide). */
  row(obj: KubeObjectLike, ctx: RowContext): Cell[];
}

/** The NAME and AGE columns nearly every kind starts and ends with. */
export const NAME: Column = { name: 'Name' };
export const AGE: Column = { name: 'Age' };
