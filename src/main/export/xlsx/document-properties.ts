/**
 * The file's own metadata (File → Properties): what it is, for whom, when. The date is passed in
 * so exports stay deterministic under test and carry the time the user asked for the export.
 */
import type { WorkbookLike } from './sheet-like';
import type { ExportLanguage } from '../export-language';
import { intlLocale } from '../../../shared/domain/languages';

export interface DocumentProperties {
  readonly title: string;
  readonly subject: string;
  /** The consortium or organisation the export belongs to. */
  readonly company: string;
  readonly createdAt: Date;
  readonly language: ExportLanguage;
  readonly draft: boolean;
  readonly draftLabel: string;
  readonly keywords?: readonly string[];
}


export function setDocumentProperties(workbook: WorkbookLike, properties: DocumentProperties): void {
  if (Number.isNaN(properties.createdAt.getTime())) throw new RangeError('createdAt is not a valid date');
  workbook.creator = 'Andel';
  workbook.lastModifiedBy = 'Andel';
  workbook.created = properties.createdAt;
  workbook.modified = properties.createdAt;
  workbook.title = properties.draft ? `${properties.draftLabel}: ${properties.title}` : properties.title;
  workbook.subject = properties.subject;
  workbook.company = properties.company;
  workbook.keywords = (properties.keywords ?? []).join(', ');
  // `language` is in exceljs's core model (dc:language) but not in its Workbook typings; xlsx-writer has it.
  (workbook as unknown as { language: string }).language = intlLocale(properties.language);
}
