/**
 * The decision register as PDF/A (see pdf-writer): the same decisions, order, words and links as the
 * workbook (decision-register.export.ts's registerEntries) — first a table of every decision (number,
 * date, body, title, status), then each decision with its owner, review date, links and full text.
 */
import { type DecisionRegisterInput, registerEntries } from '../decision-register.export';
import { exportLabels } from '../export-labels';
import { localDate } from '../local-time';
import { pdfLabels } from './pdf-labels';
import { PdfWriter } from './pdf-writer';

export async function renderRegisterPdf(input: DecisionRegisterInput): Promise<Buffer> {
  const register = exportLabels(input.language).decisionRegister;
  const labels = pdfLabels(input.language);
  const entries = registerEntries(input);
  const pdf = new PdfWriter({
    language: input.language,
    title: `${register.title} – ${input.consortium}`,
    subject: register.subject,
    author: input.consortium,
    createdAt: input.exportedAt,
    footer: (page, pages) => `${input.consortium} – ${register.title} – ${labels.page(page, pages)}`,
  });
  pdf.heading(register.title, 1);
  if (input.draft) pdf.paragraph(labels.draft, { bold: true });
  pdf.paragraph(input.consortium);
  pdf.paragraph(`${labels.exportedOn} ${localDate(input.exportedAt)} · ${labels.register.count(entries.length)}`);
  if (entries.length === 0) {
    pdf.paragraph(labels.register.empty);
    return pdf.finish();
  }
  const c = register.columns;
  pdf.table(
    [
      { header: c.number, width: 1.5 },
      { header: c.date, width: 1.5 },
      { header: c.body, width: 2 },
      { header: c.title, width: 3.5 },
      { header: c.status, width: 1.5 },
    ],
    entries.map(({ decision, body }) => [decision.number, decision.decidedOn ?? '', body, decision.title, register.statuses[decision.status]]),
  );
  for (const { decision, body, owner, links } of entries) {
    pdf.heading(`${decision.number} ${decision.title}`, 3);
    pdf.paragraph([register.statuses[decision.status], body, decision.decidedOn].filter(Boolean).join(' · '));
    const follow = [owner ? labels.register.owner(owner) : null, decision.reviewOn ? labels.register.reviewOn(decision.reviewOn) : null].filter(Boolean).join(' · ');
    if (follow) pdf.paragraph(follow);
    if (links) pdf.paragraph(`${labels.register.linksHeading}: ${links.split('\n').join('; ')}`);
    pdf.paragraph(decision.text);
  }
  return pdf.finish();
}
