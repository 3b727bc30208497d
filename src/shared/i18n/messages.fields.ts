/**
 * What a schema's own checks say about one field (a channel's `.refine`, an engine schema's
 * pattern), so sv and nb readers get the same specific words as English, and the undo stack's one
 * refusal. Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const fieldMessages = {
  // Checks across fields of a channel's input (`.refine` / `superRefine`), in the words of the field they name.
  'error.field.fromAfterTo': { sv: '”från” får inte vara senare än ”till”', nb: '«fra» kan ikke være senere enn «til»', en: 'from must not be after to' },
  'error.field.endsBeforeStart': {
    sv: 'slutar ({{end}}) innan den börjar ({{start}})',
    nb: 'slutter ({{end}}) før den begynner ({{start}})',
    en: 'ends ({{end}}) before it starts ({{start}})',
  },
  'error.field.endBeforeStart': { sv: 'slutdatumet ligger före startdatumet', nb: 'sluttdatoen ligger før startdatoen', en: 'the end date comes before the start date' },
  'error.field.leftBeforeJoined': { sv: 'utträdesdatumet ligger före inträdesdatumet', nb: 'uttredelsesdatoen ligger før inntredelsesdatoen', en: 'the leaving date comes before the joining date' },
  'error.field.proxyNeedsPerson': { sv: 'en fullmakt behöver personen som har den', nb: 'en fullmakt trenger personen som har den', en: 'a proxy needs the person who holds it' },
  'error.field.onlyProxyNamesPerson': { sv: 'bara en fullmakt anger en annan person', nb: 'bare en fullmakt angir en annen person', en: 'only a proxy names another person' },
  'error.field.ownProxyPerson': { sv: 'en person kan inte vara sitt eget ombud', nb: 'en person kan ikke være sin egen fullmektig', en: 'a person cannot be their own proxy' },
  'error.field.ownProxySeat': { sv: 'en plats kan inte vara sitt eget ombud', nb: 'en plass kan ikke være sin egen fullmektig', en: 'a seat cannot be its own proxy' },
  'error.field.adjusterTwice': { sv: 'en justerare står med två gånger', nb: 'en protokollunderskriver står oppført to ganger', en: 'an adjuster is listed twice' },
  'error.field.itemTwice': { sv: 'punkten står med två gånger', nb: 'punktet står oppført to ganger', en: 'this item is listed twice' },
  'error.field.linkNeeds': { sv: 'kopplingen {{kind}} behöver {{field}}', nb: 'koblingen {{kind}} trenger {{field}}', en: '{{kind}} needs {{field}}' },
  'error.field.linkTakes': { sv: 'kopplingen {{kind}} tar {{needed}}, inte {{field}}', nb: 'koblingen {{kind}} tar {{needed}}, ikke {{field}}', en: '{{kind}} takes {{needed}}, not {{field}}' },
  'error.field.oneSource': { sv: 'ange antingen scenarioId eller snapshotId', nb: 'oppgi enten scenarioId eller snapshotId', en: 'give either scenarioId or snapshotId' },
  'error.field.amountTooLarge': { sv: 'är för stort', nb: 'er for stort', en: 'is too large' },
  'error.field.notNegative': { sv: 'får inte vara negativt', nb: 'kan ikke være negativt', en: 'must not be negative' },
  'error.field.revenuePositiveCostNegative': {
    sv: 'en intäkt är ett positivt belopp och en kostnad ett negativt',
    nb: 'en inntekt er et positivt beløp og en kostnad et negativt',
    en: 'a revenue is a positive amount and a cost a negative one',
  },
  'error.field.onlyCostDirect': { sv: 'bara en kostnad kan vara en direkt kostnad', nb: 'bare en kostnad kan være en direkte kostnad', en: 'only a cost can be a direct cost' },

  // The workspace document's own checks (src/shared/document/workspace-document.schema.ts).
  'error.field.minutesOfOtherMeeting': { sv: 'det justerade protokollet hör till ett annat möte', nb: 'den godkjente protokollen hører til et annet møte', en: 'the approved minutes are of another meeting' },
  'error.field.approvalTogether': {
    sv: 'approvedBy, approvedAt, sha256 och content anges tillsammans eller inte alls',
    nb: 'approvedBy, approvedAt, sha256 og content angis sammen eller ikke i det hele tatt',
    en: 'approvedBy, approvedAt, sha256 and content are set together or not at all',
  },
  'error.field.checkTogether': { sv: 'checkedBy och checkedAt anges tillsammans eller inte alls', nb: 'checkedBy og checkedAt angis sammen eller ikke i det hele tatt', en: 'checkedBy and checkedAt are set together or not at all' },
  'error.field.revenueLinesSign': {
    sv: 'intäktsrader måste vara positiva och kostnadsrader negativa',
    nb: 'inntektslinjer må være positive og kostnadslinjer negative',
    en: 'revenue lines must be positive and cost lines negative',
  },
  'error.field.periodBackwards': { sv: 'en period slutar innan den börjar', nb: 'en periode slutter før den begynner', en: 'a period ends before it starts' },

  // The patterns of the engine's own schemas (src/shared/calc/*.schema.ts).
  'error.field.pattern.year': { sv: 'är inget årtal med fyra siffror, t.ex. ”2025”', nb: 'er ikke et årstall med fire sifre, f.eks. «2025»', en: 'expected a year such as "2025"' },
  'error.field.pattern.decimal': {
    sv: 'är inget decimaltal skrivet som text, t.ex. ”0.70” eller ”15”',
    nb: 'er ikke et desimaltall skrevet som tekst, f.eks. «0.70» eller «15»',
    en: 'expected a decimal number as text, e.g. "0.70" or "15"',
  },
  'error.field.pattern.id': {
    sv: 'är ingen identitet av bokstäver, siffror, ”-”, ”_”, ”.” eller ”:”',
    nb: 'er ikke en identitet av bokstaver, sifre, «-», «_», «.» eller «:»',
    en: 'expected an id of letters, digits, "-", "_", "." or ":"',
  },
  'error.field.pattern.date': { sv: 'är inget datum skrivet ÅÅÅÅ-MM-DD', nb: 'er ikke en dato skrevet ÅÅÅÅ-MM-DD', en: 'expected a date YYYY-MM-DD' },
  'error.field.pattern.monthDay': { sv: 'är ingen dag skriven MM-DD', nb: 'er ikke en dag skrevet MM-DD', en: 'expected MM-DD' },
  // The patterns of the channels' own fields (one message per pattern: the same pattern reads the same everywhere).
  'error.field.pattern.recordKind': { sv: 'är ingen postsort som organisation eller metric_value', nb: 'er ikke en posttype som organisation eller metric_value', en: 'expected a record kind such as organisation or metric_value' },
  'error.field.pattern.lowerName': {
    sv: 'är inget namn av små bokstäver a–z, siffror och _ (t.ex. population eller membership_fees)',
    nb: 'er ikke et navn av små bokstaver a–z, sifre og _ (f.eks. population eller membership_fees)',
    en: 'expected a lower-case name such as population or membership_fees',
  },
  'error.field.pattern.fileName': { sv: 'får inte innehålla / \\ : * ? " < > |', nb: 'kan ikke inneholde / \\ : * ? " < > |', en: 'must not contain / \\ : * ? " < > |' },
  'error.field.pattern.officialCode': { sv: 'är ingen officiell kod med 2 eller 4 siffror', nb: 'er ikke en offisiell kode med 2 eller 4 sifre', en: 'expected a 2- or 4-digit official code' },
  'error.field.pattern.currency': { sv: 'är ingen valutakod enligt ISO 4217, t.ex. ”SEK”', nb: 'er ikke en valutakode etter ISO 4217, f.eks. «SEK»', en: 'expected an ISO 4217 code such as "SEK"' },
  'error.field.pattern.countryCode': { sv: 'är ingen landskod med två stora bokstäver, t.ex. SE eller NO', nb: 'er ikke en landskode med to store bokstaver, f.eks. SE eller NO', en: 'expected a two-letter country code such as SE or NO' },
  'error.field.pattern.sha256': {
    sv: 'är ingen SHA-256 skriven med 64 hexadecimala tecken (0–9, a–f)',
    nb: 'er ikke en SHA-256 skrevet med 64 heksadesimale tegn (0–9, a–f)',
    en: 'expected a SHA-256 of 64 hexadecimal characters (0–9, a–f)',
  },
  'error.field.pattern.localDateTime': {
    sv: 'är ingen tidpunkt skriven ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2026-05-04T18:30',
    nb: 'er ikke et tidspunkt skrevet ÅÅÅÅ-MM-DDTtt:mm, f.eks. 2026-05-04T18:30',
    en: 'expected YYYY-MM-DDTHH:MM',
  },

  // Built-in checks (`.min`, `.max`, `.int`) with words of their own (`keyedCheck`): the same words in every language.
  'error.field.notEmpty': { sv: 'får inte vara tomt', nb: 'kan ikke være tomt', en: 'must not be empty' },
  'error.field.yearNotBefore': { sv: 'måste vara {{year}} eller senare', nb: 'må være {{year}} eller senere', en: 'must be {{year}} or later' },
  'error.field.yearNotAfter': { sv: 'måste vara {{year}} eller tidigare', nb: 'må være {{year}} eller tidligere', en: 'must be {{year}} or earlier' },
  'error.field.atMostCharacters': { sv: 'får ha högst {{maximum}} tecken', nb: 'kan ha høyst {{maximum}} tegn', en: 'must be at most {{maximum}} characters' },
  'error.field.percentRange': { sv: 'måste vara mellan 0 och 100', nb: 'må være mellom 0 og 100', en: 'must be between 0 and 100' },
  'error.field.atLeastOnePeriod': { sv: 'lägg till minst en period', nb: 'legg til minst én periode', en: 'add at least one period' },
  'error.field.pickAtLeastOne': { sv: 'välj minst en', nb: 'velg minst én', en: 'pick at least one' },
  'error.field.wholeMinorUnits': { sv: 'måste vara ett helt antal öre', nb: 'må være et helt antall øre', en: 'must be a whole number of öre/øre' },
  'error.field.versionAtLeastOne': { sv: 'måste vara 1 eller högre', nb: 'må være 1 eller høyere', en: 'must be 1 or more' },
  'error.field.versionPerId': { sv: 'ska ha en version per id', nb: 'skal ha én versjon per id', en: 'must give one version per id' },
  'error.field.fileEmpty': { sv: 'filen är tom', nb: 'filen er tom', en: 'the file is empty' },
  'error.field.fileTooLarge': {
    sv: 'filen är för stor för att importeras (högst omkring 7 MB)',
    nb: 'filen er for stor til å importeres (høyst omtrent 7 MB)',
    en: 'the file is too large to import (at most about 7 MB)',
  },
  'error.field.notTime': { sv: 'är inget klockslag som finns (tt:mm, 00:00–23:59)', nb: 'er ikke et klokkeslett som finnes (tt:mm, 00:00–23:59)', en: 'is not a time that exists' },
  'error.field.thresholdAtMostOne': { sv: 'tröskeln får vara högst 1 (täljare ≤ nämnare)', nb: 'terskelen kan være høyst 1 (teller ≤ nevner)', en: 'the threshold must be at most 1 (num ≤ den)' },

  // Where the engine found a problem in one year (`key.components[1]` in 2027): the path stays as machines read it.
  'error.where.inYear': { sv: '{{place}} år {{year}}', nb: '{{place}} i {{year}}', en: '{{place}} in {{year}}' },
  'error.where.chargesInYear': { sv: 'avgifterna år {{year}}', nb: 'avgiftene i {{year}}', en: 'charges in {{year}}' },

  // The undo stack.
  'error.undo.busy': { sv: 'En annan ändring håller fortfarande på att sparas.', nb: 'En annen endring holder fortsatt på å bli lagret.', en: 'Another change is still being saved.' },
} satisfies Record<string, MessageEntry>;
