/** Every service call the add-on makes, in order: the bench and the tests count and inspect them. */
export interface ServiceCall {
  /** "Range.setValues", "Sheet.setFrozenRows", "Ui.alert"... */
  name: string;
  sheet?: string;
}

export class Recorder {
  readonly calls: ServiceCall[] = [];
  rec(name: string, sheet?: string): void {
    this.calls.push(sheet === undefined ? { name } : { name, sheet });
  }
  count(name?: string): number {
    return name ? this.calls.filter((c) => c.name === name).length : this.calls.length;
  }
  reset(): void {
    this.calls.length = 0;
  }
}
