/**
 * PDF/A-2b documents for archiving, written with pdfkit in main: the document language set (sv-SE,
 * nb-NO, en-GB), DejaVu Sans embedded (resources/fonts, licence beside it), XMP metadata with
 * pdfaid:part 2 / conformance B (pdfkit's `subset: 'PDF/A-2b'`), and tagged text: every heading,
 * paragraph and table cell is a structure element, page numbers are artifacts. Deterministic: the
 * same content and creation date give the same bytes (the file id derives from the info), so the
 * SHA-256 of approved minutes can be checked again later.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { MessageLanguage } from '../../../shared/errors';
import { intlLocale } from '../../../shared/domain/languages';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** resources/fonts: in the installed app under its resources folder, else found upward from this file (dev, CLI, tests), else the system's DejaVu. */
export function fontPath(which: keyof typeof FONT_FILES): string {
  const file = FONT_FILES[which];
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts', file));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    candidates.push(join(dir, 'resources', 'fonts', file));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  candidates.push(join(process.cwd(), 'resources', 'fonts', file), join('/usr/share/fonts/truetype/dejavu', file));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`The PDF font ${file} is missing (looked in ${candidates.join(', ')}).`);
  return found;
}

export interface PdfWriterOptions {
  language: MessageLanguage;
  title: string;
  subject?: string;
  author?: string;
  /** The document's creation date (the approval time for approved minutes): fixes the file's id and bytes. */
  createdAt: Date;
  /** Footer on each page, given the page number and count. */
  footer: (page: number, pages: number) => string;
}

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

const MARGIN = 56;

export class PdfWriter {
  private readonly doc: Doc;
  private readonly root: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfWriterOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      tagged: true,
      lang: intlLocale(options.language),
      displayTitle: true,
      bufferPages: true,
      font: fontPath('regular'),
      info: {
        Title: options.title,
        Subject: options.subject ?? options.title,
        Author: options.author ?? 'Andel',
        Creator: 'Andel',
        Producer: 'Andel (pdfkit)',
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    this.doc.registerFont('regular', fontPath('regular'));
    this.doc.registerFont('bold', fontPath('bold'));
    this.doc.font('regular');
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  private get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN - 14) this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    this.ensureRoom(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(size).text(text, MARGIN, this.doc.y, { width: this.width, structParent: this.root, structType: `H${level}` } as PDFKit.Mixins.TextOptions);
    this.doc.moveDown(0.3);
    this.doc.font('regular').fontSize(10);
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; indent?: number } = {}): void {
    if (text.trim() === '') return;
    const indent = options.indent ?? 0;
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 10);
    this.ensureRoom(this.doc.currentLineHeight(true) * 2);
    this.doc.text(text, MARGIN + indent, this.doc.y, { width: this.width - indent, structParent: this.root, structType: 'P' } as PDFKit.Mixins.TextOptions);
    this.doc.moveDown(0.35);
    this.doc.font('regular').fontSize(10);
  }

  /** A table whose header repeats on each page; every cell a TD (TH in the header) of its TR. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { boldLastRow?: boolean; size?: number } = {}): void {
    const size = options.size ?? 9;
    const table = this.doc.struct('Table');
    this.root.add(table);
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const rowHeight = (cells: readonly string[], bold: boolean): number => {
      this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
      return Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell, { width: (widths[i] ?? 0) - 6 }))) + 5;
    };
    const drawRow = (cells: readonly string[], bold: boolean, header: boolean): void => {
      const height = rowHeight(cells, bold);
      const y = this.doc.y;
      const tr = this.doc.struct('TR');
      table.add(tr);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
        const td = this.doc.struct(header ? 'TH' : 'TD', {}, () => {
          this.doc.text(cell, x + 3, y + 2, { width: w - 6, align: columns[i]?.align ?? 'left', lineBreak: true });
        });
        tr.add(td);
        x += w;
      });
      tr.end();
      this.doc.markContent('Artifact', { type: 'Layout' });
      this.doc.moveTo(MARGIN, y + height).lineTo(MARGIN + this.width, y + height).lineWidth(header ? 0.8 : 0.3).stroke();
      this.doc.endMarkedContent();
      this.doc.x = MARGIN;
      this.doc.y = y + height;
    };
    const headers = columns.map((c) => c.header);
    this.ensureRoom(rowHeight(headers, true) * 2);
    drawRow(headers, true, true);
    rows.forEach((row, index) => {
      const bold = options.boldLastRow === true && index === rows.length - 1;
      if (this.doc.y + rowHeight(row, bold) > this.doc.page.height - MARGIN - 14) {
        this.doc.addPage();
        drawRow(headers, true, true);
      }
      drawRow(row, bold, false);
    });
    table.end();
    this.doc.moveDown(0.6);
    this.doc.font('regular').fontSize(10);
  }

  pageBreak(): void {
    this.doc.addPage();
  }

  /** Page footers (artifacts), then the finished file. */
  async finish(): Promise<Buffer> {
    this.root.end();
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.font('regular').fontSize(8);
      const y = this.doc.page.height - MARGIN;
      // Inside the bottom margin: lift it while the footer is written, or pdfkit would start a new page.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.text(this.options.footer(i + 1, range.count), MARGIN, y, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
      this.doc.endMarkedContent();
    }
    this.doc.flushPages();
    this.doc.end();
    return this.done;
  }
}
