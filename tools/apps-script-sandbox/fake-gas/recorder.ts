/** Every service call the add-on makes, in order: the bench and the tests count and inspect them. */
export interface ServiceCall {
  /** "Range.setValues", "Sheet.setFrozenRows", "Ui.alert"... */
  name: string;
  /**
   * The sheet's name now (a sheet written under a temporary name and renamed afterwards counts under
   * its final name, the way an admin would name it).
   */
  readonly sheet?: string;
}

/** A service that fails on purpose: the nth call (1-based) that matches throws, as Apps Script would. */
interface Fault {
  matches: (call: ServiceCall) => boolean;
  nth: number;
  seen: number;
  message: string;
}

export class Recorder {
  readonly calls: ServiceCall[] = [];
  private fault: Fault | null = null;

  /** Records a call; `sheet` is the sheet itself when the call is on one, so its name can change later. */
  rec(name: string, sheet?: { readonly name: string }): void {
    const call: ServiceCall =
      sheet === undefined
        ? { name }
        : {
            name,
            get sheet() {
              return sheet.name;
            },
          };
    this.calls.push(call);
    const fault = this.fault;
    if (fault?.matches(call) && ++fault.seen === fault.nth) {
      this.fault = null;
      throw new Error(fault.message);
    }
  }

  /**
   * Makes the `nth` call that `matches` throw before it changes anything (every fake records first),
   * once; for failure-injection tests. Calls before it succeed, calls after it too.
   */
  failOn(matches: (call: ServiceCall) => boolean, nth = 1, message = 'Service Spreadsheets failed'): void {
    this.fault = { matches, nth, seen: 0, message };
  }

  /** True while a failOn has not fired yet. */
  faultPending(): boolean {
    return this.fault !== null;
  }

  count(name?: string): number {
    return name ? this.calls.filter((c) => c.name === name).length : this.calls.length;
  }
  reset(): void {
    this.calls.length = 0;
  }
}
