/**
 * The engine's refusals (src/shared/calc): a key, a scenario, facts or a budget it cannot compute
 * with, each in Swedish, Norwegian Bokmål and English. Part of the one catalogue (./messages.ts).
 * The English text is the engine's own wording, the one logged and printed by the CLI in English;
 * an issue's path stays as the engine names it (`components[2].bands[1].from`).
 */
import type { MessageEntry } from './message-entry';

export const engineMessages = {
  // Words used as parameters of the messages below.
  'error.engine.word.theKey': { sv: 'nyckeln', nb: 'nøkkelen', en: 'the key' },
  'error.engine.word.noMetrics': { sv: 'inga mått', nb: 'ingen mål', en: 'no metrics' },

  // Schema issues (zod) as one error: the first issue and how many more.
  'error.engine.schemaIssue': { sv: '{{path}}: {{detail}}', nb: '{{path}}: {{detail}}', en: '{{path}}: {{detail}}' },
  'error.engine.schemaIssues': { sv: '{{path}}: {{detail}} (och {{more}} till)', nb: '{{path}}: {{detail}} (og {{more}} til)', en: '{{path}}: {{detail}} (and {{more}} more)' },

  // Numbers, amounts and dates as text (decimal.ts, dates.ts, money.ts).
  'error.engine.notDecimal': {
    sv: '”{{text}}” är inget decimaltal (skriv t.ex. ”0.70” eller ”15”)',
    nb: '«{{text}}» er ikke et desimaltall (skriv f.eks. «0.70» eller «15»)',
    en: '"{{text}}" is not a decimal number (write e.g. "0.70" or "15")',
  },
  'error.engine.tooManyDigits': { sv: '”{{text}}” har för många siffror för att vara exakt', nb: '«{{text}}» har for mange sifre til å være nøyaktig', en: '"{{text}}" has too many digits to be exact' },
  'error.engine.numberTooLarge': { sv: '”{{text}}” är för stort', nb: '«{{text}}» er for stort', en: '"{{text}}" is too large' },
  'error.engine.tooManyDecimals': {
    sv: '”{{text}}” har fler decimaler än valutans minsta enhet tillåter ({{decimals}})',
    nb: '«{{text}}» har flere desimaler enn valutaens minste enhet tillater ({{decimals}})',
    en: '"{{text}}" has more decimals than the currency\'s minor unit allows ({{decimals}})',
  },
  'error.engine.notNegative': { sv: 'får inte vara negativt (fick ”{{text}}”)', nb: 'kan ikke være negativt (fikk «{{text}}»)', en: 'must not be negative (got "{{text}}")' },
  'error.engine.rateNotNegative': { sv: 'en sats får inte vara negativ (fick ”{{text}}”)', nb: 'en sats kan ikke være negativ (fikk «{{text}}»)', en: 'a rate must not be negative (got "{{text}}")' },
  'error.engine.percentNotNegative': { sv: 'en procentsats får inte vara negativ (fick ”{{text}}”)', nb: 'en prosentsats kan ikke være negativ (fikk «{{text}}»)', en: 'a percentage must not be negative (got "{{text}}")' },
  'error.engine.tooLargeExact': { sv: 'beloppet är för stort för att räknas exakt', nb: 'beløpet er for stort til å regnes nøyaktig', en: 'the amount is too large to compute exactly' },
  'error.engine.notDateForm': { sv: '”{{text}}” är inget datum på formen ÅÅÅÅ-MM-DD', nb: '«{{text}}» er ikke en dato på formen ÅÅÅÅ-MM-DD', en: '"{{text}}" is not a date in the form YYYY-MM-DD' },
  'error.engine.notCalendarDate': {
    sv: '{{text}} är inget datum som finns (månad {{month}} har ingen dag {{day}} år {{year}})',
    nb: '{{text}} er ikke en dato som finnes (måned {{month}} har ingen dag {{day}} i {{year}})',
    en: '{{text}} is not a calendar date (month {{month}} has no day {{day}} in {{year}})',
  },
  'error.engine.notCurrencyCode': { sv: '”{{code}}” är ingen valutakod enligt ISO 4217', nb: '«{{code}}» er ikke en valutakode etter ISO 4217', en: '"{{code}}" is not an ISO 4217 currency code' },
  'error.engine.notYear': { sv: '”{{text}}” är inget år', nb: '«{{text}}» er ikke et år', en: '"{{text}}" is not a year' },

  // Bands (bands.ts).
  'error.engine.bandStart': {
    sv: 'första intervallet måste börja på 0, annars saknar värden under {{from}} intervall (lucka)',
    nb: 'første intervall må starte på 0, ellers har verdier under {{from}} ikke noe intervall (hull)',
    en: 'the first band must start at 0, otherwise values below {{from}} have no band (gap)',
  },
  'error.engine.bandOpenOnlyLast': { sv: 'bara det sista intervallet får vara öppet; ge intervallet en övre gräns', nb: 'bare det siste intervallet kan være åpent; gi intervallet en øvre grense', en: 'only the last band may be open-ended' },
  'error.engine.bandGap': { sv: 'lucka mellan {{to}} och {{from}}: värden där saknar intervall', nb: 'hull mellom {{to}} og {{from}}: verdier der har ikke noe intervall', en: 'gap between {{to}} and {{from}}: values there have no band' },
  'error.engine.bandOverlap': { sv: 'överlappar intervallet före ({{to}} > {{from}})', nb: 'overlapper intervallet før ({{to}} > {{from}})', en: 'overlaps the band before it ({{to}} > {{from}})' },
  'error.engine.bandToAfterFrom': { sv: 'måste vara större än intervallets början ({{from}})', nb: 'må være større enn intervallets start ({{from}})', en: 'must be greater than from ({{from}})' },
  'error.engine.bandLastOpen': {
    sv: 'sista intervallet måste vara öppet (lämna ”till” tomt), annars saknar värden över {{to}} intervall',
    nb: 'siste intervall må være åpent (la «til» stå tomt), ellers har verdier over {{to}} ikke noe intervall',
    en: 'the last band must be open-ended (no "to"), otherwise values above {{to}} have no band',
  },

  // The key's own rules (normalize-key.ts).
  'error.engine.roundingUnit': { sv: 'avrundningsenheten måste vara större än noll', nb: 'avrundingsenheten må være større enn null', en: 'the rounding unit must be greater than zero' },
  'error.engine.unknownParameter': { sv: 'okänd parameter ”{{name}}”', nb: 'ukjent parameter «{{name}}»', en: 'unknown parameter "{{name}}"' },
  'error.engine.unknownParameterKnown': { sv: 'okänd parameter ”{{name}}”; nyckeln har {{known}}', nb: 'ukjent parameter «{{name}}»; nøkkelen har {{known}}', en: 'unknown parameter "{{name}}"; the key has {{known}}' },
  'error.engine.unknownParameterNone': { sv: 'okänd parameter ”{{name}}”; nyckeln har inga parametrar', nb: 'ukjent parameter «{{name}}»; nøkkelen har ingen parametere', en: 'unknown parameter "{{name}}"; the key has none' },
  'error.engine.bandAmount': { sv: 'en avgift per intervall behöver ett belopp för varje intervall (och ingen sats)', nb: 'en avgift per intervall trenger et beløp for hvert intervall (og ingen sats)', en: 'a banded fee needs an amount for each band (and no rate)' },
  'error.engine.marginalBandRates': { sv: 'marginella intervall behöver en sats för varje intervall (och inget fast belopp)', nb: 'marginale intervaller trenger en sats for hvert intervall (og ikke noe fast beløp)', en: 'marginal bands need a rate for each band (and no flat amount)' },
  'error.engine.bandRateOrAmount': { sv: 'ange antingen en sats eller ett belopp för varje intervall', nb: 'oppgi enten en sats eller et beløp for hvert intervall', en: 'give either a rate or an amount for each band' },
  'error.engine.minAboveMax': { sv: 'golvet ligger över taket', nb: 'gulvet ligger over taket', en: 'the floor is above the cap' },
  'error.engine.rateStepsAscending': { sv: 'satsändringarna måste komma i stigande år', nb: 'satsendringene må komme i stigende år', en: 'rate steps must be in ascending years' },
  'error.engine.perUnitRate': {
    sv: 'ange antingen en sats (eventuellt med senare satser) eller intervall med satser',
    nb: 'oppgi enten en sats (eventuelt med senere satser) eller intervaller med satser',
    en: 'give either a rate (optionally with rateFrom) or bands with rates',
  },
  'error.engine.marginalNeedsBands': { sv: 'marginell taxa behöver intervall med en sats vardera', nb: 'marginal sats trenger intervaller med en sats hver', en: 'marginal charging needs bands with a rate each' },
  'error.engine.atLeastOneCategory': { sv: 'ange minst en organisationstyp', nb: 'oppgi minst én organisasjonstype', en: 'name at least one category' },
  'error.engine.proRataSameUnit': {
    sv: 'anslutning och utträde måste räknas i samma enhet (dag eller månad) när båda anges',
    nb: 'inntreden og uttreden må regnes i samme enhet (dag eller måned) når begge er satt',
    en: 'join and leave pro rata must use the same unit (day or month) when both are set',
  },
  'error.engine.noComponent': { sv: 'nyckeln har ingen del ”{{id}}”', nb: 'nøkkelen har ingen del «{{id}}»', en: 'no component "{{id}}" in the key' },
  'error.engine.subsidyShareOrPerUnit': { sv: 'ange antingen en andel (procent) eller ett belopp per enhet', nb: 'oppgi enten en andel (prosent) eller et beløp per enhet', en: 'give either share (percent) or perUnit' },
  'error.engine.subsidyOver100': { sv: 'ett bidrag kan inte betala mer än 100 % av en avgift', nb: 'et tilskudd kan ikke betale mer enn 100 % av en avgift', en: 'a subsidy cannot pay more than 100 % of a charge' },
  'error.engine.windowOrder': { sv: 'erbjudandets period slutar innan den börjar', nb: 'tilbudsperioden slutter før den begynner', en: 'the offer window ends before it starts' },
  'error.engine.adjustmentPercentOrAmount': { sv: 'ange antingen en procentsats eller ett fast belopp', nb: 'oppgi enten en prosentsats eller et fast beløp', en: 'give either a percent or a fixed amount' },
  'error.engine.discountOver100': { sv: 'en rabatt kan inte vara mer än 100 %', nb: 'en rabatt kan ikke være mer enn 100 %', en: 'a discount cannot be more than 100 %' },
  'error.engine.namedTwice': { sv: '”{{id}}” anges två gånger', nb: '«{{id}}» er oppgitt to ganger', en: '"{{id}}" is named twice' },
  'error.engine.duplicateComponentId': { sv: 'id:t ”{{id}}” används av två delar', nb: 'id-en «{{id}}» brukes av to deler', en: 'duplicate component id "{{id}}"' },
  'error.engine.duplicateSubsidyId': { sv: 'id:t ”{{id}}” används av två bidrag', nb: 'id-en «{{id}}» brukes av to tilskudd', en: 'duplicate subsidy id "{{id}}"' },
  'error.engine.duplicateAdjustmentId': { sv: 'id:t ”{{id}}” används av två justeringar', nb: 'id-en «{{id}}» brukes av to justeringer', en: 'duplicate adjustment id "{{id}}"' },
  'error.engine.equalShareInFeeSchedule': {
    sv: 'en lika andel av en kostnad hör hemma i en fördelningsnyckel, inte i ett avgiftsschema',
    nb: 'en lik andel av en kostnad hører hjemme i en fordelingsnøkkel, ikke i en avgiftsplan',
    en: 'a equal share of a pool belongs in an allocation key, not a fee schedule',
  },
  'error.engine.proportionalShareInFeeSchedule': {
    sv: 'en andel efter mått av en kostnad hör hemma i en fördelningsnyckel, inte i ett avgiftsschema',
    nb: 'en andel etter mål av en kostnad hører hjemme i en fordelingsnøkkel, ikke i en avgiftsplan',
    en: 'a proportional share of a pool belongs in an allocation key, not a fee schedule',
  },
  'error.engine.oneRest': { sv: 'bara en del får ta resten av kostnaden', nb: 'bare én del kan ta resten av kostnaden', en: 'only one component may take the rest of the pool' },
  'error.engine.overrideWhen': {
    sv: 'ange när undantaget gäller (ett mått med en gräns, eller organisationstyper)',
    nb: 'oppgi når unntaket gjelder (et mål med en grense, eller organisasjonstyper)',
    en: 'say when the override applies (metric with above/atLeast, or categories)',
  },
  'error.engine.overrideComparator': { sv: 'ange exakt en gräns för måttet (över eller minst)', nb: 'oppgi nøyaktig én grense for målet (over eller minst)', en: 'give exactly one of above or atLeast with the metric' },
  'error.engine.notAFee': { sv: '”{{id}}” är ingen avgiftsdel i nyckeln', nb: '«{{id}}» er ikke en avgiftsdel i nøkkelen', en: '"{{id}}" is not a fee component of this key' },
  'error.engine.needsPoolShare': {
    sv: 'en fördelningsnyckel behöver minst en lika andel eller en andel efter mått',
    nb: 'en fordelingsnøkkel trenger minst én lik andel eller én andel etter mål',
    en: 'an allocation key needs at least one equal or proportional share of the pool',
  },
  'error.engine.sharesOver': { sv: 'de andra andelarna blir redan mer än 100 %', nb: 'de andre andelene blir allerede mer enn 100 %', en: 'the other shares already add up to more than 100 %' },
  'error.engine.sharesSum': { sv: 'andelarna blir {{sum}} %, inte 100 %', nb: 'andelene blir {{sum}} %, ikke 100 %', en: 'the shares of the pool add up to {{sum}} %, not 100 %' },
  'error.engine.noSuchParameter': { sv: 'nyckeln har ingen parameter ”{{name}}”', nb: 'nøkkelen har ingen parameter «{{name}}»', en: 'the key has no parameter "{{name}}"' },

  // The scenario and its facts (resolve-scenario.ts, compute-scenario.ts).
  'error.engine.keyNotAvailable': { sv: 'nyckeln ”{{ref}}” finns inte', nb: 'nøkkelen «{{ref}}» finnes ikke', en: 'no key "{{ref}}" is available' },
  'error.engine.keyVersionNotAvailable': { sv: 'nyckeln ”{{ref}}” i version {{version}} finns inte', nb: 'nøkkelen «{{ref}}» i versjon {{version}} finnes ikke', en: 'no key "{{ref}}" version {{version}} is available' },
  'error.engine.outsideHorizon': { sv: '{{year}} ligger utanför perioden {{from}}–{{to}}', nb: '{{year}} ligger utenfor perioden {{from}}–{{to}}', en: '{{year}} is outside the horizon {{from}}–{{to}}' },
  'error.engine.noCostForYear': { sv: 'ingen kostnad angiven för {{year}}', nb: 'ingen kostnad oppgitt for {{year}}', en: 'no cost given for {{year}}' },
  'error.engine.baseYearAfterFirst': { sv: 'basåret {{base}} ligger efter periodens första år {{first}}', nb: 'basisåret {{base}} ligger etter periodens første år {{first}}', en: 'the base year {{base}} is after the first horizon year {{first}}' },
  'error.engine.duplicateMemberId': { sv: 'id:t ”{{id}}” används av två medlemmar', nb: 'id-en «{{id}}» brukes av to medlemmer', en: 'duplicate member id "{{id}}"' },
  'error.engine.noMember': { sv: 'ingen medlem ”{{id}}”', nb: 'ingen medlem «{{id}}»', en: 'no member "{{id}}"' },
  'error.engine.noMemberInScenario': { sv: 'ingen medlem ”{{id}}” i scenariot', nb: 'ingen medlem «{{id}}» i scenarioet', en: 'no member "{{id}}" in this scenario' },
  'error.engine.unknownMetric': {
    sv: 'okänt mått ”{{name}}” (läses av {{where}}); den här medlemmen har {{known}}',
    nb: 'ukjent mål «{{name}}» (leses av {{where}}); dette medlemmet har {{known}}',
    en: 'unknown metric "{{name}}" (read by {{where}}); this member has {{known}}',
  },
  'error.engine.referenceDateMismatch': {
    sv: '{{where}} läser värdet per {{expected}}; det här värdet avser {{date}}',
    nb: '{{where}} leser verdien per {{expected}}; denne verdien gjelder {{date}}',
    en: '{{where}} reads the value as of {{expected}}; this value refers to {{date}}',
  },
  'error.engine.noMetricValue': {
    sv: 'inget värde för {{metric}} år {{target}} (behövs av {{where}} för {{year}})',
    nb: 'ingen verdi for {{metric}} i {{target}} (trengs av {{where}} for {{year}})',
    en: 'no {{metric}} value for {{target}} (needed by {{where}} for {{year}})',
  },
  'error.engine.noMetricValueNoGrowth': {
    sv: 'inget värde för {{metric}} år {{target}} (behövs av {{where}} för {{year}}); lägg till det eller ge scenariot en tillväxttakt för måttet',
    nb: 'ingen verdi for {{metric}} i {{target}} (trengs av {{where}} for {{year}}); legg den til eller gi scenarioet en vekstrate for målet',
    en: 'no {{metric}} value for {{target}} (needed by {{where}} for {{year}}); add it or give the scenario a growth rate for this metric',
  },
  'error.engine.horizonEndsBeforeStart': { sv: 'perioden slutar ({{to}}) innan den börjar ({{from}})', nb: 'perioden slutter ({{to}}) før den begynner ({{from}})', en: 'the horizon ends ({{to}}) before it starts ({{from}})' },
  'error.engine.horizonTooLong': { sv: 'en period på mer än {{max}} år stöds inte', nb: 'en periode på mer enn {{max}} år støttes ikke', en: 'a horizon of more than {{max}} years is not supported' },
  'error.engine.leaveBeforeJoin': { sv: 'utträdesdagen {{left}} ligger före anslutningsdagen {{joined}}', nb: 'uttredelsesdatoen {{left}} ligger før inntredelsesdatoen {{joined}}', en: 'the leave date {{left}} is before the join date {{joined}}' },
  'error.engine.allocationNeedsCosts': {
    sv: 'en fördelningsnyckel fördelar en kostnad: ange kostnader för perioden',
    nb: 'en fordelingsnøkkel fordeler en kostnad: oppgi kostnader for perioden',
    en: 'an allocation key shares out a cost: give costs for the horizon',
  },
  'error.engine.fundingExceedsCost': {
    sv: 'den externa finansieringen överstiger kostnaden för {{year}}; det finns inget att fördela',
    nb: 'den eksterne finansieringen overstiger kostnaden i {{year}}; det er ingenting å fordele',
    en: 'external funding exceeds the cost in {{year}}; there is nothing to share',
  },
  'error.engine.poolNotMultipleOfKeyUnit': {
    sv: 'kostnaden att fördela för {{year}} ({{pool}} i minsta myntenhet) är ingen multipel av nyckelns avrundningsenhet ({{unit}}); delarna kunde inte gå jämnt upp',
    nb: 'kostnaden som skal fordeles i {{year}} ({{pool}} i minste myntenhet) er ikke et multiplum av nøkkelens avrundingsenhet ({{unit}}); delene kunne ikke gå opp',
    en: "the pool for {{year}} ({{pool}} minor units) is not a multiple of the key's rounding unit ({{unit}}); parts could not add up to it",
  },

  // Sharing a pool (pool.ts, allocate.ts).
  'error.engine.poolNotMultiple': {
    sv: 'kostnaden att fördela ({{pool}}) är ingen multipel av avrundningsenheten {{unit}}',
    nb: 'kostnaden som skal fordeles ({{pool}}), er ikke et multiplum av avrundingsenheten {{unit}}',
    en: 'the pool {{pool}} is not a multiple of the rounding unit {{unit}}',
  },
  'error.engine.weightsTooLarge': { sv: 'vikterna är för stora för att summeras exakt', nb: 'vektene er for store til å summeres nøyaktig', en: 'the weights are too large to add up exactly' },
  'error.engine.weightsZero': {
    sv: 'vikterna för den här andelen blir sammanlagt noll, så kostnaden kan inte fördelas efter den',
    nb: 'vektene for denne andelen blir til sammen null, så kostnaden kan ikke fordeles etter den',
    en: 'the weights of this share add up to zero, so the pool cannot be shared by it',
  },
  'error.engine.noPayingMembers': { sv: 'det finns inga betalande medlemmar att fördela kostnaden på', nb: 'det finnes ingen betalende medlemmer å fordele kostnaden på', en: 'there are no paying members to share the pool' },
  'error.engine.noPayingMembersInYear': {
    sv: 'inga betalande medlemmar år {{year}} att fördela kostnaden på (observatörer räknas inte)',
    nb: 'ingen betalende medlemmer i {{year}} å fordele kostnaden på (observatører regnes ikke med)',
    en: 'no paying members in {{year}} to share the pool (observers are left out)',
  },
  'error.engine.metricTooLarge': { sv: 'måttets värden är för stora för att vägas exakt', nb: 'målets verdier er for store til å vektes nøyaktig', en: 'metric values too large to weigh exactly' },

  // Budgets and staff costs (budget.ts, staff-cost.ts).
  'error.engine.wholeMinorUnits': { sv: 'måste vara ett heltal i minsta myntenhet (öre)', nb: 'må være et heltall i minste myntenhet (øre)', en: 'must be a whole number of minor units' },
  'error.engine.nonNegativeMinorUnits': { sv: 'måste vara ett heltal i minsta myntenhet (öre), inte negativt', nb: 'må være et heltall i minste myntenhet (øre), ikke negativt', en: 'must be a non-negative whole number of minor units' },
  'error.engine.revenuePositive': { sv: 'en intäkt skrivs som ett positivt belopp', nb: 'en inntekt skrives som et positivt beløp', en: 'revenue is written as a positive amount' },
  'error.engine.costNegative': { sv: 'en kostnad skrivs som ett negativt belopp', nb: 'en kostnad skrives som et negativt beløp', en: 'a cost is written as a negative amount' },
  'error.engine.periodEndsBeforeStart': { sv: 'perioden slutar ({{to}}) innan den börjar ({{from}})', nb: 'perioden slutter ({{to}}) før den begynner ({{from}})', en: 'the period ends ({{to}}) before it starts ({{from}})' },
  'error.engine.periodOverlap': { sv: 'överlappar perioden före', nb: 'overlapper perioden før', en: 'overlaps the period before it' },
  'error.engine.monthPeriodStart': { sv: 'med proportionering per månad börjar en period den 1:a', nb: 'med forholdsmessig fordeling per måned starter en periode den 1.', en: 'with pro rata by month a period starts on the 1st' },
  'error.engine.monthPeriodEnd': {
    sv: 'med proportionering per månad slutar en period på en månads sista dag',
    nb: 'med forholdsmessig fordeling per måned slutter en periode på siste dag i en måned',
    en: 'with pro rata by month a period ends on the last day of a month',
  },
} satisfies Record<string, MessageEntry>;

