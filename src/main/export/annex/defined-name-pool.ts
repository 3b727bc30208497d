/**
 * Turns ids from a key ("group-annual", "vgr-kultur-year1") into defined names a spreadsheet
 * accepts and a reader can follow ("Rate_group_annual"), unique within one workbook.
 */
import { checkDefinedName } from '../xlsx/defined-names';

export class NamePool {
  private readonly used = new Set<string>();

  /** `Prefix_id_suffix` with anything but ASCII letters and digits turned into `_`. */
  name(prefix: string, id: string, suffix?: string | number): string {
    const cleanId = id.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
    const base = [prefix, cleanId, suffix === undefined ? '' : String(suffix)].filter((p) => p !== '').join('_');
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n += 1) candidate = `${base}_${n}`;
    checkDefinedName(candidate);
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
