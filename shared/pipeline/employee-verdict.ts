import { defineRecords, type RecordsRun } from './indicator-columns';
import type { EmployeeResult } from './schema';

/** An employee's result but its indicator records: what scoreEmployee decides, refilled for each employee. */
export type EmployeeParts = Omit<EmployeeResult, 'indicators' | 'rhk' | 'hukumanDisiplin'>;

// The class carries EmployeeResult's fields (declaration merging): no field is emitted, the constructor
// writes each one, in the schema's order.
export interface EmployeeVerdict extends EmployeeParts {
  indicators: EmployeeResult['indicators'];
  rhk: EmployeeResult['rhk'];
}

/**
 * One employee's result: the fields scoreEmployee decided, copied in the schema's order, and the
 * indicator records and their RHK groups built from the sheet's columns when a surface reads them
 * (indicator-columns.ts).
 * A class so that 20,000 results share one compact shape with the records' property in its place; to
 * every reader it is an EmployeeResult (own enumerable properties only: spreading, JSON, zod and deep
 * equality see what a plain object would show).
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface only names the fields the constructor writes.
export class EmployeeVerdict {
  constructor(p: EmployeeParts, run: RecordsRun, employee: number) {
    this.nip = p.nip;
    this.nama = p.nama;
    this.jabatan = p.jabatan;
    this.unit = p.unit;
    this.opd = p.opd;
    this.atasanNip = p.atasanNip;
    this.isHeadOfUnit = p.isHeadOfUnit;
    this.row = p.row;
    defineRecords(this, run, employee);
    this.level = p.level;
    this.employeeLevel = p.employeeLevel;
    this.capaian = p.capaian;
    this.capaianUtama = p.capaianUtama;
    this.capaianTambahan = p.capaianTambahan;
    this.kategori = p.kategori;
    this.ratingHasilUsulan = p.ratingHasilUsulan;
    this.ratingHasil = p.ratingHasil;
    this.ratingHasilSumber = p.ratingHasilSumber;
    this.ratingHasilBerbeda = p.ratingHasilBerbeda;
    this.ratingPerilaku = p.ratingPerilaku;
    this.predikat = p.predikat;
    this.predikatUsulan = p.predikatUsulan;
    this.predikatSumber = p.predikatSumber;
    this.predikatBerbeda = p.predikatBerbeda;
    this.legacy = p.legacy;
    this.legacy46 = p.legacy46;
    this.activity = p.activity;
    this.discipline = p.discipline;
    this.tpp = p.tpp;
    this.hasFeedback = p.hasFeedback;
    this.flags = p.flags;
    this.flagReasons = p.flagReasons;
    this.recommendation = p.recommendation;
  }
}
