// Owns the table recognizers: pipe and tab tables (flowsheets, tracking boards, requisitions) whose cells
// are PHI because of the column or the cell they sit under, not because of their own shape. A column headed
// Name/RN/Provider/DOB/MRN/Address makes every cell below it that kind of PHI (`table.column`), and a label
// cell followed by a value cell in one row ("| DOB | 3-VII-1941 |") makes the value PHI (`table.key-value`).
// Header words are data (TABLE_HEADER_TYPES); the algorithm only splits rows and reads headers.
import type { PhiType } from '../../types';
import type { Emit } from '../recognizer';

export const TABLE_COLUMN = 'table.column';
export const TABLE_KEY_VALUE = 'table.key-value';

export const TABLE_DESCRIPTIONS: readonly { name: string; type: PhiType; description: string }[] = [
  { name: TABLE_COLUMN, type: 'NAME', description: 'every cell of a pipe or tab table column whose header names PHI: | RN | under it Shields, | DOB | under it 26 VIII 2018 (type from the header)' },
  { name: TABLE_KEY_VALUE, type: 'NAME', description: 'a table cell right after a PHI label cell in the same row: | Patient | KAYE, ANNA | or Name<TAB>Anna Kaye (type from the label)' },
];

/**
 * Header words and the PHI type of the cells under them. Matched against the whole header cell, then its last
 * word ("Ordering physician" → physician, "Visit date" → date). Words that are also clinical column titles
 * ("Events", "Site", "Status") are not here.
 */
export const TABLE_HEADER_TYPES: Readonly<Record<string, PhiType>> = {
  name: 'NAME', patient: 'NAME', 'patient name': 'NAME', 'pt name': 'NAME', pt: 'NAME', rn: 'NAME', lpn: 'NAME', nurse: 'NAME', md: 'NAME',
  provider: 'NAME', physician: 'NAME', doctor: 'NAME', surgeon: 'NAME', attending: 'NAME', resident: 'NAME', clinician: 'NAME',
  staff: 'NAME', initials: 'NAME', 'signed by': 'NAME', signature: 'NAME', 'entered by': 'NAME', 'recorded by': 'NAME', tech: 'NAME',
  technician: 'NAME', therapist: 'NAME', pharmacist: 'NAME', caregiver: 'NAME', contact: 'NAME', 'next of kin': 'NAME', nok: 'NAME',
  guardian: 'NAME', relative: 'NAME', 'emergency contact': 'NAME', pcp: 'NAME', prescriber: 'NAME', 'ordered by': 'NAME', 'seen by': 'NAME',
  dob: 'DATE', 'd.o.b': 'DATE', 'date of birth': 'DATE', birthdate: 'DATE', date: 'DATE', dos: 'DATE', admitted: 'DATE', discharged: 'DATE',
  'admit date': 'DATE', 'discharge date': 'DATE', 'visit date': 'DATE', 'date of service': 'DATE', collected: 'DATE', received: 'DATE',
  mrn: 'MRN', 'medical record': 'MRN', 'record number': 'MRN', 'patient id': 'MRN', 'pt id': 'MRN', account: 'ACCOUNT', acct: 'ACCOUNT',
  'member id': 'ACCOUNT', policy: 'ACCOUNT', 'policy number': 'ACCOUNT', subscriber: 'ACCOUNT', accession: 'ID', specimen: 'ID',
  ssn: 'SSN', address: 'ADDRESS', 'home address': 'ADDRESS', street: 'ADDRESS', zip: 'ADDRESS', 'zip code': 'ADDRESS', city: 'LOCATION',
  town: 'LOCATION', facility: 'LOCATION', hospital: 'LOCATION', pharmacy: 'LOCATION', employer: 'LOCATION', school: 'LOCATION',
  phone: 'PHONE', telephone: 'PHONE', tel: 'PHONE', cell: 'PHONE', mobile: 'PHONE', fax: 'PHONE', pager: 'PHONE', email: 'EMAIL', 'e-mail': 'EMAIL',
};

/** Medical specialists' titles head a column of their names: "Nephrologist", "Anesthesiologist". */
const SPECIALIST_RE = /(?:ologist|iatrist|ician|surgeon)$/;
/** Cells that fill a column without naming anyone or anything. */
const EMPTY_CELL_RE = /^(?:n\/?a|none|unknown|unk|same|pending|tbd|--?|—|self|x|\?|nil|not applicable|declined)$/i;
const SEPARATOR_ROW_RE = /^[\s|:+\-=]+$/;
const HAS_TOKEN_RE = /[\p{L}\p{N}]/u;

interface Cell {
  start: number;
  end: number;
  text: string;
  /** Column index by delimiter count, so an empty cell does not shift the columns after it. */
  col: number;
}

interface Row {
  cells: Cell[];
  separator: boolean;
}

/** The PHI type a header or label cell names, if any. */
export function headerType(cell: string): PhiType | undefined {
  const key = cell.toLowerCase().replace(/[:#.*]+$/, '').replace(/\s+/g, ' ').trim();
  if (!key || /\d/.test(key)) return undefined;
  const exact = TABLE_HEADER_TYPES[key] ?? TABLE_HEADER_TYPES[key.split('/')[0].trim()];
  if (exact) return exact;
  const last = key.split(/[\s/]+/).pop()!;
  if (key.split(' ').length <= 3 && TABLE_HEADER_TYPES[last]) return TABLE_HEADER_TYPES[last];
  return SPECIALIST_RE.test(last) && key.split(' ').length <= 2 ? 'NAME' : undefined;
}

function splitRow(lineStart: number, line: string): Row | undefined {
  const delimiter = line.includes('|') ? '|' : line.includes('\t') ? '\t' : undefined;
  if (!delimiter) return undefined;
  if (delimiter === '|' && SEPARATOR_ROW_RE.test(line) && line.includes('-')) return { cells: [], separator: true };
  const cells: Cell[] = [];
  let offset = lineStart;
  line.split(delimiter).forEach((piece, col) => {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) cells.push({ start: offset + lead, end: offset + lead + trimmed.length, text: trimmed, col });
    offset += piece.length + 1;
  });
  return cells.length >= 2 ? { cells, separator: false } : undefined;
}

function isLabelRow(row: Row): boolean {
  if (row.cells.length < 2) return false;
  let known = 0;
  for (const c of row.cells) {
    if (/\d/.test(c.text) || c.text.length > 30) return false;
    if (headerType(c.text)) known++;
  }
  return known >= 1;
}

/** A name cell may go on with the person's relation or number: "Windy Zollicoffer (mother) (738) 783-3215". */
const AFTER_NAME_RE = /\s[(\d]/;

/** The part of a cell that is the value of its type: a name stops before a bracket or a number. */
function valueEnd(cell: Cell, type: PhiType): number {
  if (type !== 'NAME') return cell.end;
  const m = AFTER_NAME_RE.exec(cell.text);
  return m && m.index > 0 ? cell.start + m.index : cell.end;
}

/** Runs both table recognizers over a note; cheap when the note has no pipe or tab. */
export function runTables(text: string, emit: Emit): void {
  if (!text.includes('|') && !text.includes('\t')) return;
  let header: { types: (PhiType | undefined)[]; columns: number[] } | undefined;
  let pos = 0;
  const lines: { start: number; line: string }[] = [];
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: pos, line: text.slice(pos, end) });
    if (nl < 0) break;
    pos = nl + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    const { start, line } = lines[li];
    const row = splitRow(start, line);
    if (!row) {
      header = undefined;
      continue;
    }
    if (row.separator) continue;
    const next = lines[li + 1] ? splitRow(lines[li + 1].start, lines[li + 1].line) : undefined;
    // A header is a label row above a |---| rule, or a label row opening a block of rows with the same delimiter.
    if (isLabelRow(row) && (next?.separator || (header === undefined && next !== undefined && !isLabelRow(next) && row.cells.every((c) => headerType(c.text) || !/\d/.test(c.text)) && row.cells.filter((c) => headerType(c.text)).length >= 2))) {
      header = { types: row.cells.map((c) => headerType(c.text)), columns: row.cells.map((c) => c.col) };
      continue;
    }
    if (header) {
      row.cells.forEach((c) => {
        const h = header!.columns.indexOf(c.col);
        const type = h >= 0 ? header!.types[h] : undefined;
        if (type && HAS_TOKEN_RE.test(c.text) && !EMPTY_CELL_RE.test(c.text) && !headerType(c.text)) emit(c.start, valueEnd(c, type), type, TABLE_COLUMN);
      });
    }
    // Label cell, value cell: "| DOB | 1976 Dec 17 | Nephrologist | Lo Murtagh |".
    for (let i = 0; i + 1 < row.cells.length; i++) {
      const type = headerType(row.cells[i].text);
      const value = row.cells[i + 1];
      if (!type || headerType(value.text) || EMPTY_CELL_RE.test(value.text) || !HAS_TOKEN_RE.test(value.text)) continue;
      emit(value.start, valueEnd(value, type), type, TABLE_KEY_VALUE);
      i++;
    }
  }
}
