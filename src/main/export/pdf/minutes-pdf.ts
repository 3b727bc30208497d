/**
 * The minutes, an extract per decision and the meeting pack as PDF/A (see pdf-writer): made from the
 * meeting as the screens show it (MeetingView, the register rows, the pack's figures), in the
 * reader's language. The minutes list attendance and absences, then each item with its proposal,
 * notes, vote tally and decision, then the adjusters and the approval.
 */
import type { AgendaItemView, DecisionRow, MeetingPack, MeetingPackScenarioSummary, MeetingView } from '../../../shared/api/channels/governance.channels';
import { intlLocale } from '../../../shared/domain/languages';
import { currencySymbol, formatMoney } from '../../../shared/format/numbers';
import { enumParam, type MessageKey, type MessageLanguage, type MessageParams } from '../../../shared/errors';
import type { ConditionTally } from '../../../shared/governance/vote-tally';
import { translate } from '../../../shared/i18n/translate';
import { localDate } from '../local-time';
import { PdfWriter } from './pdf-writer';

/** What approved minutes are made from; stored with the approval so the same bytes can be made again. */
export interface MinutesContent {
  language: MessageLanguage;
  meeting: MeetingView;
  decisions: DecisionRow[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-03-01 10:00` in local time, from an ISO instant. */
export function localMinute(iso: string): string {
  const at = new Date(iso);
  return `${localDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

class Words {
  constructor(readonly lang: MessageLanguage) {}
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }
  number(value: number): string {
    return new Intl.NumberFormat(intlLocale(this.lang)).format(value);
  }
  money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.lang, { decimals: 'always' });
  }
}

function meetingLines(w: Words, meeting: MeetingView): string[] {
  const lines = [w.t('minutes.doc.meetingLine', { body: meeting.bodyName, date: meeting.startsAt.slice(0, 10), time: meeting.startsAt.slice(11, 16) })];
  if (meeting.place) lines.push(w.t('minutes.doc.place', { place: meeting.place }));
  return lines;
}

function conditionLine(w: Words, meeting: MeetingView, tally: ConditionTally): string {
  const c = tally.condition;
  const metric = meeting.voting.metric ?? '';
  return w.t('minutes.doc.condition', {
    measure: c.measure === 'members' ? w.t('minutes.doc.measureMembers') : w.t('minutes.doc.measureWeight', { metric: w.t('minutes.doc.metric', { metric: enumParam('metric', metric) }) }),
    yes: w.number(tally.yes),
    base: w.number(tally.base),
    of: w.t(c.base === 'entitled' ? 'minutes.doc.baseEntitled' : c.base === 'present' ? 'minutes.doc.basePresent' : 'minutes.doc.baseCast'),
    comparison: w.t(c.comparison === 'at_least' ? 'minutes.doc.atLeast' : 'minutes.doc.moreThan'),
    threshold: `${c.num}/${c.den}`,
    result: w.t(tally.passed ? 'minutes.doc.passed' : 'minutes.doc.failed'),
  });
}

function writeVote(pdf: PdfWriter, w: Words, meeting: MeetingView, item: AgendaItemView): void {
  if (!item.vote) return;
  const { tally, votes } = item.vote;
  pdf.paragraph(w.t('minutes.doc.vote'), { bold: true });
  pdf.paragraph(
    w.t('minutes.doc.voteCounts', { yes: tally.members.yes, no: tally.members.no, abstain: tally.members.abstain, absent: tally.members.absent, entitled: tally.members.entitled }),
  );
  const name = (seatId: number): string => meeting.voting.voters.find((v) => v.seatId === seatId)?.personName ?? `#${seatId}`;
  const rows = meeting.voting.voters.map((voter) => {
    const vote = votes.find((v) => v.seatId === voter.seatId);
    const who = vote?.proxySeatId ? w.t('minutes.doc.byProxy', { person: voter.personName, proxy: name(vote.proxySeatId) }) : voter.personName;
    return [who, voter.organisationName ?? '', w.number(voter.weight), vote ? w.t(`minutes.doc.choice.${vote.choice}` as MessageKey) : w.t('minutes.doc.absent')];
  });
  pdf.table(
    [
      { header: w.t('minutes.doc.voter'), width: 3 },
      { header: w.t('minutes.doc.organisation'), width: 3 },
      { header: w.t('minutes.doc.weight'), width: 1.4, align: 'right' },
      { header: w.t('minutes.doc.vote'), width: 1.4 },
    ],
    rows,
  );
  for (const condition of tally.conditions) pdf.paragraph(conditionLine(w, meeting, condition), { indent: 10 });
  pdf.paragraph(w.t(tally.passed ? 'minutes.doc.votePassed' : 'minutes.doc.voteFailed'), { bold: true });
}

function writeItemBody(pdf: PdfWriter, w: Words, content: MinutesContent, item: AgendaItemView, onlyDecisionId?: number): void {
  if (item.proposal?.trim()) {
    pdf.paragraph(w.t('minutes.doc.proposal'), { bold: true });
    pdf.paragraph(item.proposal);
  }
  if (item.proposalScenario) pdf.paragraph(w.t('minutes.doc.proposalScenario', { scenario: item.proposalScenario.name }));
  if (item.minutes?.trim()) {
    pdf.paragraph(w.t('minutes.doc.notes'), { bold: true });
    pdf.paragraph(item.minutes);
  }
  writeVote(pdf, w, content.meeting, item);
  for (const decision of content.decisions.filter((d) => d.agendaItemId === item.id && (onlyDecisionId === undefined || d.id === onlyDecisionId))) {
    pdf.paragraph(w.t('minutes.doc.decision', { number: decision.number, status: enumParam('decisionStatus', decision.status) }), { bold: true });
    pdf.paragraph(decision.text);
  }
}

function writeSignatures(pdf: PdfWriter, w: Words, meeting: MeetingView): void {
  const flow = meeting.minutesWorkflow;
  pdf.heading(w.t('minutes.doc.adjusters'), 2);
  if (flow.draftedBy && flow.draftedAt) pdf.paragraph(w.t('minutes.doc.draftedBy', { person: flow.draftedBy, at: localMinute(flow.draftedAt) }));
  for (const adjuster of flow.adjusters) {
    pdf.paragraph(
      adjuster.checkedAt && adjuster.checkedBy
        ? w.t('minutes.doc.checkedBy', { person: adjuster.checkedBy, at: localMinute(adjuster.checkedAt) })
        : w.t('minutes.doc.notChecked', { person: adjuster.personName }),
    );
  }
  if (flow.approvedBy && flow.approvedAt) pdf.paragraph(w.t('minutes.doc.approvedBy', { person: flow.approvedBy, at: localMinute(flow.approvedAt) }), { bold: true });
}

/** A document of a meeting begun: its title as the first heading, then the meeting's body, date, time and place. */
function startDocument(w: Words, title: string, meeting: MeetingView, createdAt: Date, subtitle?: string): PdfWriter {
  const pdf = new PdfWriter({ language: w.lang, title, createdAt, footer: (page, pages) => `${title} – ${w.t('minutes.doc.page', { page, pages })}` });
  pdf.heading(title, 1);
  if (subtitle) pdf.paragraph(subtitle);
  for (const line of meetingLines(w, meeting)) pdf.paragraph(line);
  return pdf;
}

/** The minutes of a meeting. `createdAt` is the approval time for approved minutes (so the bytes can be made again). */
export async function renderMinutesPdf(content: MinutesContent, createdAt: Date): Promise<Buffer> {
  const w = new Words(content.language);
  const { meeting } = content;
  const pdf = startDocument(w, `${w.t('minutes.doc.minutes')} – ${meeting.title}`, meeting, createdAt);
  if (meeting.minutesWorkflow.state !== 'approved') pdf.paragraph(w.t('minutes.doc.draft'), { bold: true });

  const present = meeting.attendance.filter((a) => a.status === 'present');
  const proxied = meeting.attendance.filter((a) => a.status === 'proxy');
  const absent = meeting.attendance.filter((a) => a.status === 'absent' || a.status === null);
  const who = (a: (typeof meeting.attendance)[number]): string =>
    [a.personName, a.seatRole ? w.t(`enum.seatRole.${a.seatRole}` as MessageKey) : null, a.organisationName].filter(Boolean).join(', ');
  pdf.heading(w.t('minutes.doc.present'), 2);
  for (const a of present) pdf.paragraph(who(a));
  for (const a of proxied) pdf.paragraph(w.t('minutes.doc.byProxy', { person: who(a), proxy: a.proxyPersonName ?? '' }));
  if (absent.length > 0) {
    pdf.heading(w.t('minutes.doc.absent'), 2);
    for (const a of absent) pdf.paragraph(a.status === null ? `${who(a)} (${w.t('minutes.doc.notRecorded')})` : who(a));
  }
  for (const item of meeting.agenda) {
    pdf.heading(`§ ${item.ordinal} ${item.title}`, 2);
    writeItemBody(pdf, w, content, item);
  }
  writeSignatures(pdf, w, meeting);
  return pdf.finish();
}

function annexTable(pdf: PdfWriter, w: Words, summary: MeetingPackScenarioSummary): void {
  if (summary.problem) {
    pdf.paragraph(summary.problem);
    return;
  }
  const columns = [{ header: w.t('minutes.doc.member'), width: 3 }, ...summary.years.map((year) => ({ header: w.t('minutes.doc.amount', { year, currency: currencySymbol(summary.currency, w.lang) }), width: 1.6, align: 'right' as const }))];
  const rows = summary.members.map((m) => [m.name, ...m.proposed.map((amount) => w.money(amount, summary.currency))]);
  rows.push([w.t('minutes.doc.total'), ...summary.totals.proposed.map((amount) => w.money(amount, summary.currency))]);
  pdf.table(columns, rows, { boldLastRow: true });
}

/** One decision's extract: the meeting, its item with proposal, vote and decision, the adjusters, and the adopted annex's figures. */
export async function renderExtractPdf(content: MinutesContent, decision: DecisionRow, annex: MeetingPackScenarioSummary | null, createdAt: Date): Promise<Buffer> {
  const w = new Words(content.language);
  const { meeting } = content;
  const pdf = startDocument(w, `${w.t('minutes.doc.extract')} ${decision.number}`, meeting, createdAt, w.t('minutes.doc.extractOf', { meeting: meeting.title }));
  if (meeting.minutesWorkflow.state !== 'approved') pdf.paragraph(w.t('minutes.doc.draft'), { bold: true });
  const item = meeting.agenda.find((i) => i.id === decision.agendaItemId);
  if (item) {
    pdf.heading(`§ ${item.ordinal} ${item.title}`, 2);
    writeItemBody(pdf, w, content, item, decision.id);
  } else {
    pdf.paragraph(w.t('minutes.doc.decision', { number: decision.number, status: enumParam('decisionStatus', decision.status) }), { bold: true });
    pdf.paragraph(decision.text);
  }
  writeSignatures(pdf, w, meeting);
  if (meeting.minutesWorkflow.sha256) pdf.paragraph(w.t('minutes.doc.sha', { sha: meeting.minutesWorkflow.sha256 }), { size: 8 });
  if (annex) {
    pdf.heading(w.t('minutes.doc.annex', { scenario: annex.scenarioName }), 2);
    annexTable(pdf, w, annex);
  }
  return pdf.finish();
}

/** The meeting pack: the agenda with its clock, then each proposal with its text and figures. */
export async function renderPackPdf(pack: MeetingPack, createdAt: Date): Promise<Buffer> {
  const w = new Words(pack.language);
  const { meeting } = pack;
  const pdf = startDocument(w, `${w.t('minutes.doc.pack')} – ${meeting.title}`, meeting, createdAt);
  pdf.heading(w.t('minutes.doc.agenda'), 2);
  pdf.table(
    [
      { header: '§', width: 0.5 },
      { header: w.t('minutes.doc.agendaItem'), width: 4 },
      { header: w.t('minutes.doc.time'), width: 1.5 },
      { header: w.t('minutes.doc.presenterColumn'), width: 2 },
    ],
    meeting.agenda.map((item) => [String(item.ordinal), item.title, `${item.startTime}–${item.endTime}`, item.presenterName ?? '']),
  );
  for (const proposal of pack.proposals) {
    pdf.heading(`§ ${proposal.ordinal} ${proposal.title}`, 2);
    if (proposal.decisionNumber) pdf.paragraph(proposal.decisionNumber, { bold: true });
    pdf.paragraph(proposal.text);
    if (proposal.scenario) {
      pdf.paragraph(w.t('minutes.doc.scenarioFigures', { scenario: proposal.scenario.scenarioName }), { bold: true });
      annexTable(pdf, w, proposal.scenario);
    }
  }
  return pdf.finish();
}
