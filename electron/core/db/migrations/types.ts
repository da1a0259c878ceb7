/** A schema step. Frozen once released; `sql` runs inside one transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
