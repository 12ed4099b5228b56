import type {
  GasChartBuilder,
  GasConditionalFormatRuleBuilder,
  GasDataValidationBuilder,
  GasRange,
} from '../../../apps-script/src/gas/types';
import type { FakeRange } from './range';

export class FakeChartBuilder implements GasChartBuilder {
  spec: Record<string, unknown> = { type: 'column', ranges: [] as string[], options: {} };
  addRange(range: GasRange) {
    (this.spec.ranges as string[]).push((range as FakeRange).getA1Notation());
    return this;
  }
  setPosition(row: number, column: number) {
    this.spec.position = { row, column };
    return this;
  }
  setOption(name: string, value: unknown) {
    (this.spec.options as Record<string, unknown>)[name] = value;
    return this;
  }
  asColumnChart() {
    this.spec.type = 'column';
    return this;
  }
  asBarChart() {
    this.spec.type = 'bar';
    return this;
  }
  asPieChart() {
    this.spec.type = 'pie';
    return this;
  }
  asLineChart() {
    this.spec.type = 'line';
    return this;
  }
  asScatterChart() {
    this.spec.type = 'scatter';
    return this;
  }
  asComboChart() {
    this.spec.type = 'combo';
    return this;
  }
  build() {
    return { ...this.spec };
  }
}

export class FakeValidationBuilder implements GasDataValidationBuilder {
  rule: { kind: string; values: string[]; allowInvalid: boolean; helpText: string } = {
    kind: 'list',
    values: [],
    allowInvalid: true,
    helpText: '',
  };
  requireValueInList(values: string[]) {
    this.rule.values = [...values];
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.rule.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.rule.helpText = text;
    return this;
  }
  build() {
    return { ...this.rule };
  }
}

export class FakeConditionalBuilder implements GasConditionalFormatRuleBuilder {
  rule: Record<string, unknown> = {};
  whenTextEqualTo(text: string) {
    this.rule.textEquals = text;
    return this;
  }
  whenNumberLessThan(n: number) {
    this.rule.lessThan = n;
    return this;
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    this.rule.atLeast = n;
    return this;
  }
  setBackground(colour: string) {
    this.rule.background = colour;
    return this;
  }
  setFontColor(colour: string) {
    this.rule.fontColor = colour;
    return this;
  }
  setRanges(ranges: GasRange[]) {
    this.rule.ranges = ranges.map((r) => (r as FakeRange).getA1Notation());
    return this;
  }
  build() {
    return { kind: 'conditional', ...this.rule };
  }
}
