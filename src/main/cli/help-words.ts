/**
 * The words of `andel --help` in Swedish and Norwegian: every description of a command, an option
 * and an argument, keyed by its English text as the command modules and the command table
 * (command-table.ts) write it, and commander's own words (headings, "default"). Loaded only for a
 * reader of sv or nb, after the program is built, so `andel --help` in English loads nothing more.
 * A description missing here stays English; tests/main/cli/help-in-language.test.ts fails on it.
 */
import type { Argument, Command, Help, Option } from 'commander';

type Nordic = 'sv' | 'nb';

/** English description → [Swedish, Norwegian Bokmål]. */
export const helpWords: Readonly<Record<string, readonly [sv: string, nb: string]>> = {
  'Andel on the command line: workspaces, the demo, and the workspace document': ['Andel på kommandoraden: arbetsytor, demon och arbetsytedokumentet', 'Andel på kommandolinjen: arbeidsområder, demoen og arbeidsområdedokumentet'],
  'print the version of Andel': ['visa vilken version av Andel detta är', 'vis hvilken versjon av Andel dette er'],
  'display help for command': ['visa hjälp för kommandot', 'vis hjelp for kommandoen'],
  'the language of messages: sv, nb or en': ['meddelandenas språk: sv, nb eller en', 'meldingenes språk: sv, nb eller en'],
  'write the demo workspace (the five reference consortia) to a new .andel file': ['skriv demoarbetsytan (de fem referenskonsortierna) till en ny .andel-fil', 'skriv demoarbeidsområdet (de fem referansekonsortiene) til en ny .andel-fil'],
  'replace the file if it exists': ['ersätt filen om den finns', 'erstatt filen hvis den finnes'],
  'the workspace file to create': ['arbetsytefilen som ska skapas', 'arbeidsområdefilen som skal opprettes'],
  "show a workspace file's schema version and the number of rows per table (reads only)": ['visa en arbetsytefils schemaversion och antalet rader per tabell (läser bara)', 'vis skjemaversjonen til en arbeidsområdefil og antall rader per tabell (leser bare)'],
  'print the summary as JSON': ['skriv sammanfattningen som JSON', 'skriv sammendraget som JSON'],
  'the workspace file': ['arbetsytefilen', 'arbeidsområdefilen'],
  'print the decision register (reads only), optionally filtered': ['skriv beslutsregistret (läser bara), filtrerat om så önskas', 'skriv vedtaksregisteret (leser bare), filtrert om ønskelig'],
  'only decisions of the body with this name (case and accents ignored; a part of the name will do)': ['bara beslut av organet med detta namn (skiftläge och accenter spelar ingen roll; en del av namnet räcker)', 'bare vedtak i organet med dette navnet (store/små bokstaver og aksenter spiller ingen rolle; en del av navnet holder)'],
  'only decisions numbered in this year': ['bara beslut numrerade detta år', 'bare vedtak nummerert dette året'],
  'only decisions with this tag': ['bara beslut med denna etikett', 'bare vedtak med denne etiketten'],
  'only decisions whose number, title or text contain every word': ['bara beslut vars nummer, rubrik eller text innehåller varje ord', 'bare vedtak der nummer, tittel eller tekst inneholder hvert ord'],
  'table, csv or json': ['table, csv eller json', 'table, csv eller json'],
  'write the whole workspace as a workspace document (JSON, see docs/workspace-document.md); the workspace is only read': ['skriv hela arbetsytan som ett arbetsytedokument (JSON, se docs/workspace-document.md); arbetsytan läses bara', 'skriv hele arbeidsområdet som et arbeidsområdedokument (JSON, se docs/workspace-document.md); arbeidsområdet leses bare'],
  'the JSON file to write (replaced if it exists), or - for standard output': ['JSON-filen som ska skrivas (ersätts om den finns), eller - för standardutmatningen', 'JSON-filen som skal skrives (erstattes hvis den finnes), eller - for standard utdata'],
  'create a new workspace file from a workspace document; checks everything first and writes nothing if anything is wrong': ['skapa en ny arbetsytefil från ett arbetsytedokument; kontrollerar allt först och skriver ingenting om något är fel', 'opprett en ny arbeidsområdefil fra et arbeidsområdedokument; kontrollerer alt først og skriver ingenting hvis noe er feil'],
  'the workspace document to read': ['arbetsytedokumentet som ska läsas', 'arbeidsområdedokumentet som skal leses'],
  'the workspace file to create (must not exist)': ['arbetsytefilen som ska skapas (får inte finnas)', 'arbeidsområdefilen som skal opprettes (kan ikke finnes fra før)'],
  "print a stored scenario's charges: every paying member per year and component, and the totals (reads only)": ['skriv ett sparat scenarios avgifter: varje betalande medlem per år och komponent, och summorna (läser bara)', 'skriv avgiftene i et lagret scenario: hvert betalende medlem per år og komponent, og summene (leser bare)'],
  'the cooperation, by name': ['samarbetet, med namn', 'samarbeidet, med navn'],
  'the scenario, by name': ['scenariot, med namn', 'scenarioet, med navn'],
  'only this year': ['bara detta år', 'bare dette året'],
  'list the distribution keys, with version and family (reads only)': ['lista fördelningsnycklarna, med version och familj (läser bara)', 'list fordelingsnøklene, med versjon og familie (leser bare)'],
  'only this cooperation, by name': ['bara detta samarbete, med namn', 'bare dette samarbeidet, med navn'],
  'print the list as JSON': ['skriv listan som JSON', 'skriv listen som JSON'],
  'adopt a scenario by a decision: an immutable snapshot with a content hash, linked to the decision': ['fastställ ett scenario genom ett beslut: en oföränderlig version med en innehållshash, kopplad till beslutet', 'vedta et scenario ved et vedtak: en uforanderlig versjon med en innholdshash, koblet til vedtaket'],
  'the adopting decision, by its number (e.g. "SG 2017:3")': ['beslutet som fastställer, med sitt nummer (t.ex. ”SG 2017:3”)', 'vedtaket som vedtar, med sitt nummer (f.eks. «SG 2017:3»)'],
  'a distribution key as JSON: export one, or import one as the next version': ['en fördelningsnyckel som JSON: exportera en, eller importera en som nästa version', 'en fordelingsnøkkel som JSON: eksporter en, eller importer en som neste versjon'],
  "print a key's definition as JSON (reads only)": ['skriv en nyckels definition som JSON (läser bara)', 'skriv definisjonen til en nøkkel som JSON (leser bare)'],
  'the key, by its definition id (e.g. skaraborg-9) or name': ['nyckeln, med sitt definitions-id (t.ex. skaraborg-9) eller namn', 'nøkkelen, med sin definisjons-id (f.eks. skaraborg-9) eller navn'],
  'this version (default: the highest)': ['denna version (förval: den högsta)', 'denne versjonen (standard: den høyeste)'],
  'write the JSON to this file instead of printing it': ['skriv JSON till denna fil i stället för att visa den', 'skriv JSON til denne filen i stedet for å vise den'],
  "save a key definition from JSON as the next version of the cooperation's key with its id (version 1 for a new id)": ['spara en nyckeldefinition från JSON som nästa version av samarbetets nyckel med dess id (version 1 för ett nytt id)', 'lagre en nøkkeldefinisjon fra JSON som neste versjon av samarbeidets nøkkel med dens id (versjon 1 for en ny id)'],
  'the key definition to read': ['nyckeldefinitionen som ska läsas', 'nøkkeldefinisjonen som skal leses'],
  'a note on this version': ['en anteckning om denna version', 'et notat om denne versjonen'],
  "a scenario's definition as JSON: export one, or import one as a new scenario or over a stored one": ['ett scenarios definition som JSON: exportera en, eller importera en som ett nytt scenario eller över ett sparat', 'definisjonen av et scenario som JSON: eksporter en, eller importer en som et nytt scenario eller over et lagret'],
  "print a stored scenario's definition as JSON (reads only)": ['skriv ett sparat scenarios definition som JSON (läser bara)', 'skriv definisjonen av et lagret scenario som JSON (leser bare)'],
  'save a scenario definition from JSON: a new scenario, or with --replace over a stored one; its key is referred to as { ref, version }': ['spara en scenariodefinition från JSON: ett nytt scenario, eller med --replace över ett sparat; dess nyckel anges som { ref, version }', 'lagre en scenariodefinisjon fra JSON: et nytt scenario, eller med --replace over et lagret; nøkkelen angis som { ref, version }'],
  'the scenario definition to read': ['scenariodefinitionen som ska läsas', 'scenariodefinisjonen som skal leses'],
  'the stored scenario to replace, by name': ['det sparade scenariot som ska ersättas, med namn', 'det lagrede scenarioet som skal erstattes, med navn'],
  "the scenario's name (default: the definition's name)": ['scenariots namn (förval: definitionens namn)', 'scenarioets navn (standard: definisjonens navn)'],
  "print a cooperation's budget with its result per year, its funding and the balance (reads only)": ['skriv ett samarbetes budget med resultat per år, finansiering och saldo (läser bara)', 'skriv budsjettet til et samarbeid med resultat per år, finansiering og saldo (leser bare)'],
  'table or json': ['table eller json', 'table eller json'],
  "write a scenario's agreement annex (Excel with live formulas, or PDF/A) and log it in the workspace": ['skriv ett scenarios avtalsbilaga (Excel med levande formler, eller PDF/A) och logga den i arbetsytan', 'skriv avtalevedlegget til et scenario (Excel med levende formler, eller PDF/A) og logg det i arbeidsområdet'],
  'the language of the workbook: sv, nb or en': ['arbetsbokens språk: sv, nb eller en', 'arbeidsbokens språk: sv, nb eller en'],
  'the file to write': ['filen som ska skrivas', 'filen som skal skrives'],
  'export this adopted snapshot of the scenario (default: the latest, if the scenario has been adopted)': ['exportera denna fastställda version av scenariot (förval: den senaste, om scenariot har fastställts)', 'eksporter denne vedtatte versjonen av scenarioet (standard: den siste, hvis scenarioet er vedtatt)'],
  'export the stored scenario as a draft even if it has been adopted': ['exportera det sparade scenariot som ett utkast även om det har fastställts', 'eksporter det lagrede scenarioet som et utkast selv om det er vedtatt'],
  'replace --out if it exists': ['ersätt --out om den finns', 'erstatt --out hvis den finnes'],
  'xlsx (a workbook with live formulas) or pdf (a printable PDF/A-2b copy)': ['xlsx (en arbetsbok med levande formler) eller pdf (en utskrivbar PDF/A-2b-kopia)', 'xlsx (en arbeidsbok med levende formler) eller pdf (en utskrivbar PDF/A-2b-kopi)'],
  "write a scenario's invoicing basis (Excel: member, period, component, amount) and log it in the workspace": ['skriv ett scenarios faktureringsunderlag (Excel: medlem, period, komponent, belopp) och logga det i arbetsytan', 'skriv faktureringsgrunnlaget til et scenario (Excel: medlem, periode, komponent, beløp) og logg det i arbeidsområdet'],
  'only this year of the horizon (default: every year)': ['bara detta år av tidshorisonten (förval: varje år)', 'bare dette året av tidshorisonten (standard: hvert år)'],
  'standard (management fee quarterly, the rest yearly), yearly or quarterly': ['standard (förvaltningsavgiften kvartalsvis, resten årsvis), yearly (årsvis) eller quarterly (kvartalsvis)', 'standard (forvaltningsavgiften kvartalsvis, resten årlig), yearly (årlig) eller quarterly (kvartalsvis)'],
  'write the decision register (Excel, or PDF/A) and log it in the workspace': ['skriv beslutsregistret (Excel, eller PDF/A) och logga det i arbetsytan', 'skriv vedtaksregisteret (Excel, eller PDF/A) og logg det i arbeidsområdet'],
  "only the decisions of this cooperation's bodies, by name": ['bara besluten i detta samarbetes organ, med namn', 'bare vedtakene i organene til dette samarbeidet, med navn'],
  'write many annexes or invoicing bases in one run: every scenario of a cooperation (--all) or those named in a list file (--list)': ['skriv många bilagor eller faktureringsunderlag i en körning: varje scenario i ett samarbete (--all) eller de som står i en listfil (--list)', 'skriv mange vedlegg eller faktureringsgrunnlag i én kjøring: hvert scenario i et samarbeid (--all) eller de som står i en listefil (--list)'],
  'every scenario of the cooperation': ['varje scenario i samarbetet', 'hvert scenario i samarbeidet'],
  'the scenarios named in this file, one name a line (# starts a comment)': ['scenarierna som står i denna fil, ett namn per rad (# inleder en kommentar)', 'scenarioene som står i denne filen, ett navn per linje (# innleder en kommentar)'],
  'the language of the workbooks: sv, nb or en': ['arbetsböckernas språk: sv, nb eller en', 'arbeidsbøkenes språk: sv, nb eller en'],
  'the existing folder to write into; each file is named after its scenario': ['den befintliga mappen att skriva i; varje fil får sitt scenarios namn', 'den eksisterende mappen å skrive i; hver fil får navnet til sitt scenario'],
  'export the stored scenarios as drafts even where they have been adopted': ['exportera de sparade scenarierna som utkast även där de har fastställts', 'eksporter de lagrede scenarioene som utkast selv der de er vedtatt'],
  'replace files that exist': ['ersätt filer som finns', 'erstatt filer som finnes'],
  'invoicing: only this year of each horizon': ['fakturering: bara detta år av varje tidshorisont', 'fakturering: bare dette året av hver tidshorisont'],
  'invoicing: standard, yearly or quarterly': ['fakturering: standard, yearly (årsvis) eller quarterly (kvartalsvis)', 'fakturering: standard, yearly (årlig) eller quarterly (kvartalsvis)'],
  'annex or invoicing': ['annex (bilaga) eller invoicing (faktureringsunderlag)', 'annex (vedlegg) eller invoicing (faktureringsgrunnlag)'],
  'list the backups of a workspace (scheduled, before a restore, before a schema update), newest first': ['lista en arbetsytas säkerhetskopior (schemalagda, före en återställning, före en schemauppdatering), nyaste först', 'list sikkerhetskopiene til et arbeidsområde (planlagte, før en gjenoppretting, før en skjemaoppdatering), nyeste først'],
  "take a backup of a workspace now (e.g. from a nightly job), into <file>-backups/ as a manual backup; manual backups are kept by age, apart from the app's scheduled ones": ['ta en säkerhetskopia av en arbetsyta nu (t.ex. från ett nattligt jobb), i <file>-backups/ som en manuell kopia; manuella kopior sparas efter ålder, skilda från programmets schemalagda', 'ta en sikkerhetskopi av et arbeidsområde nå (f.eks. fra en nattlig jobb), i <file>-backups/ som en manuell kopi; manuelle kopier beholdes etter alder, atskilt fra programmets planlagte'],
  'replace a workspace with one of its backups (checked first; the current file is kept in <file>-backups/)': ['ersätt en arbetsyta med en av dess säkerhetskopior (kontrolleras först; den nuvarande filen sparas i <file>-backups/)', 'erstatt et arbeidsområde med en av sikkerhetskopiene (kontrolleres først; den nåværende filen beholdes i <file>-backups/)'],
  'the backup to restore (see: andel backups <file>)': ['säkerhetskopian som ska återställas (se: andel backups <file>)', 'sikkerhetskopien som skal gjenopprettes (se: andel backups <file>)'],
  'restore even when the backup belongs to another workspace': ['återställ även när kopian hör till en annan arbetsyta', 'gjenopprett selv når kopien hører til et annet arbeidsområde'],
  'the workspace file to restore': ['arbetsytefilen som ska återställas', 'arbeidsområdefilen som skal gjenopprettes'],
  'create a new, empty workspace file': ['skapa en ny, tom arbetsytefil', 'opprett en ny, tom arbeidsområdefil'],
  'the workspace name (default: the file name)': ['arbetsytans namn (förval: filnamnet)', 'arbeidsområdets navn (standard: filnavnet)'],
  'the default currency, SEK or NOK': ['förvald valuta, SEK eller NOK', 'standardvaluta, SEK eller NOK'],
  'sv, nb or en': ['sv, nb eller en', 'sv, nb eller en'],
  'list, create, edit and archive cooperations': ['lista, skapa, ändra och arkivera samarbeten', 'list, opprett, endre og arkiver samarbeid'],
  'list the cooperations (reads only)': ['lista samarbetena (läser bara)', 'list samarbeidene (leser bare)'],
  'include archived cooperations': ['ta med arkiverade samarbeten', 'ta med arkiverte samarbeid'],
  'create a cooperation': ['skapa ett samarbete', 'opprett et samarbeid'],
  'the name': ['namnet', 'navnet'],
  'consortium, service, project, association, platform or other': ['consortium (konsortium), service (tjänst), project (projekt), association (förening), platform (plattform) eller other (annat)', 'consortium (konsortium), service (tjeneste), project (prosjekt), association (forening), platform (plattform) eller other (annet)'],
  'SEK or NOK': ['SEK eller NOK', 'SEK eller NOK'],
  'SE or NO': ['SE eller NO', 'SE eller NO'],
  'the start date, YYYY-MM-DD': ['startdatumet, ÅÅÅÅ-MM-DD', 'startdatoen, ÅÅÅÅ-MM-DD'],
  'the end date, YYYY-MM-DD': ['slutdatumet, ÅÅÅÅ-MM-DD', 'sluttdatoen, ÅÅÅÅ-MM-DD'],
  'the host organisation: official code, id or name': ['värdorganisationen: officiell kod, id eller namn', 'vertsorganisasjonen: offisiell kode, id eller navn'],
  'a description': ['en beskrivning', 'en beskrivelse'],
  'text or json': ['text eller json', 'text eller json'],
  'change fields of a cooperation ("none" clears an optional one)': ['ändra fält i ett samarbete (”none” tömmer ett valfritt fält)', 'endre felt i et samarbeid («none» tømmer et valgfritt felt)'],
  'the cooperation: id or (part of) its name': ['samarbetet: id eller (en del av) namnet', 'samarbeidet: id eller (en del av) navnet'],
  'archive a cooperation (it stays readable), or bring it back with --restore': ['arkivera ett samarbete (det går fortfarande att läsa), eller ta tillbaka det med --restore', 'arkiver et samarbeid (det kan fortsatt leses), eller hent det tilbake med --restore'],
  'bring an archived cooperation back': ['ta tillbaka ett arkiverat samarbete', 'hent tilbake et arkivert samarbeid'],
  'list, create and edit organisations; the shipped list of municipalities, regions and counties': ['lista, skapa och ändra organisationer; den medföljande listan över kommuner, regioner och län', 'list, opprett og endre organisasjoner; den medfølgende listen over kommuner, regioner og fylker'],
  'list the organisations of a workspace (reads only)': ['lista en arbetsytas organisationer (läser bara)', 'list organisasjonene i et arbeidsområde (leser bare)'],
  "the shipped list of Sweden's municipalities and regions and Norway's municipalities and counties (2024, SCB and SSB codes)": ['den medföljande listan över Sveriges kommuner och regioner och Norges kommuner och fylken (2024, SCB:s och SSB:s koder)', 'den medfølgende listen over Sveriges kommuner og regioner og Norges kommuner og fylker (2024, SCBs og SSBs koder)'],
  'municipality, region or county': ['municipality (kommun), region eller county (län/fylke)', 'municipality (kommune), region eller county (fylke/län)'],
  'only entries whose name or code contains this': ['bara poster vars namn eller kod innehåller detta', 'bare oppføringer der navn eller kode inneholder dette'],
  'create an organisation; --country SE --code 1496 takes name and kind from the shipped list': ['skapa en organisation; --country SE --code 1496 tar namn och slag från den medföljande listan', 'opprett en organisasjon; --country SE --code 1496 tar navn og type fra den medfølgende listen'],
  'the name (with --code and --country alone: taken from the shipped list)': ['namnet (med bara --code och --country: hämtas från den medföljande listan)', 'navnet (med bare --code og --country: hentes fra den medfølgende listen)'],
  'municipality, region, county, federation, association, state_agency, company or other': ['municipality (kommun), region, county (län), federation (förbund), association (förening), state_agency (statlig myndighet), company (företag) eller other (annat)', 'municipality (kommune), region, county (fylke), federation (forbund), association (forening), state_agency (statlig etat), company (selskap) eller other (annet)'],
  'two letters, such as SE or NO': ['två bokstäver, t.ex. SE eller NO', 'to bokstaver, f.eks. SE eller NO'],
  'the official code: kommunkod, kommunenummer, län or fylke number': ['den officiella koden: kommunkod, kommunenummer, läns- eller fylkesnummer', 'den offisielle koden: kommunekode, kommunenummer, fylkes- eller lensnummer'],
  'organisationsnummer / organisasjonsnummer': ['organisationsnummer / organisasjonsnummer', 'organisasjonsnummer / organisationsnummer'],
  'notes': ['anteckningar', 'notater'],
  'change fields of an organisation ("none" clears an optional one)': ['ändra fält i en organisation (”none” tömmer ett valfritt fält)', 'endre felt i en organisasjon («none» tømmer et valgfritt felt)'],
  'the organisation: official code, id or (part of) its name': ['organisationen: officiell kod, id eller (en del av) namnet', 'organisasjonen: offisiell kode, id eller (en del av) navnet'],
  "list, add, end and change a cooperation's participants": ['lista, lägg till, avsluta och ändra ett samarbetes deltagare', 'list, legg til, avslutt og endre deltakerne i et samarbeid'],
  'list the participants of a cooperation (reads only)': ['lista ett samarbetes deltagare (läser bara)', 'list deltakerne i et samarbeid (leser bare)'],
  'add an organisation to a cooperation as member, observer or administrative party': ['lägg till en organisation i ett samarbete som medlem, observatör eller administrativ part', 'legg til en organisasjon i et samarbeid som medlem, observatør eller administrativ part'],
  'member, observer or administrative_party': ['member (medlem), observer (observatör) eller administrative_party (administrativ part)', 'member (medlem), observer (observatør) eller administrative_party (administrativ part)'],
  'the joining date, YYYY-MM-DD': ['inträdesdatumet, ÅÅÅÅ-MM-DD', 'inntredelsesdatoen, ÅÅÅÅ-MM-DD'],
  'the leaving date, YYYY-MM-DD': ['utträdesdatumet, ÅÅÅÅ-MM-DD', 'uttredelsesdatoen, ÅÅÅÅ-MM-DD'],
  'the administrative party that invoices for it': ['den administrativa part som fakturerar för den', 'den administrative parten som fakturerer for den'],
  "end an organisation's participation on a date": ['avsluta en organisations deltagande på ett datum', 'avslutt en organisasjons deltakelse på en dato'],
  'change role, dates or invoicing party of a participation ("none" clears a date or --via)': ['ändra roll, datum eller fakturerande part för ett deltagande (”none” tömmer ett datum eller --via)', 'endre rolle, datoer eller fakturerende part for en deltakelse («none» tømmer en dato eller --via)'],
  'serve a workspace to browsers: the app over HTTP(S) with users, roles and sessions (see docs/server.md)': ['dela en arbetsyta med webbläsare: programmet över HTTP(S) med användare, roller och sessioner (se docs/server.md)', 'del et arbeidsområde med nettlesere: programmet over HTTP(S) med brukere, roller og økter (se docs/server.md)'],
  'the workspace file to share, or a PostgreSQL database holding one (postgresql://…)': ['arbetsytefilen som ska delas, eller en PostgreSQL-databas som rymmer en (postgresql://…)', 'arbeidsområdefilen som skal deles, eller en PostgreSQL-database som rommer et (postgresql://…)'],
  'the address to listen on': ['adressen att lyssna på', 'adressen å lytte på'],
  'the TLS certificate (PEM); with --tls-key the server speaks HTTPS': ['TLS-certifikatet (PEM); med --tls-key talar servern HTTPS', 'TLS-sertifikatet (PEM); med --tls-key snakker serveren HTTPS'],
  'the TLS private key (PEM)': ['den privata TLS-nyckeln (PEM)', 'den private TLS-nøkkelen (PEM)'],
  'behind a reverse proxy: take the client address (for log-in throttling) from X-Forwarded-For': ['bakom en omvänd proxy: ta klientens adress (för att bromsa inloggningsförsök) från X-Forwarded-For', 'bak en omvendt proxy: ta klientens adresse (for å bremse innloggingsforsøk) fra X-Forwarded-For'],
  'the built renderer (default: out/renderer)': ['det byggda gränssnittet (förval: out/renderer)', 'det bygde grensesnittet (standard: out/renderer)'],
  'the users who may sign in to `andel serve` on a workspace, and their roles': ['användarna som får logga in på `andel serve` för en arbetsyta, och deras roller', 'brukerne som kan logge inn på `andel serve` for et arbeidsområde, og rollene deres'],
  'add a user: --role administrator|treasurer|project_manager|chair|member_viewer (a member viewer with --organisation <id>); the password is read from standard input': ['lägg till en användare: --role administrator|treasurer|project_manager|chair|member_viewer (en medlemsläsare med --organisation <id>); lösenordet läses från standardinmatningen', 'legg til en bruker: --role administrator|treasurer|project_manager|chair|member_viewer (en medlemsleser med --organisation <id>); passordet leses fra standard inndata'],
  'administrator, treasurer, project_manager, chair or member_viewer': ['administrator (administratör), treasurer (kassör), project_manager (projektledare), chair (ordförande) eller member_viewer (medlemsläsare)', 'administrator (administrator), treasurer (kasserer), project_manager (prosjektleder), chair (leder) eller member_viewer (medlemsleser)'],
  'the one organisation a member viewer sees': ['den enda organisation som en medlemsläsare ser', 'den ene organisasjonen en medlemsleser ser'],
  'read the password from standard input (the first line)': ['läs lösenordet från standardinmatningen (första raden)', 'les passordet fra standard inndata (første linje)'],
  'the workspace file, or a PostgreSQL database holding one (postgresql://…)': ['arbetsytefilen, eller en PostgreSQL-databas som rymmer en (postgresql://…)', 'arbeidsområdefilen, eller en PostgreSQL-database som rommer et (postgresql://…)'],
  'the user name (letters, digits, . _ @ -)': ['användarnamnet (bokstäver, siffror, . _ @ -)', 'brukernavnet (bokstaver, sifre, . _ @ -)'],
  'list the users and their roles': ['lista användarna och deras roller', 'list brukerne og rollene deres'],
  "change a user's role (a member viewer with --organisation <id>)": ['ändra en användares roll (en medlemsläsare med --organisation <id>)', 'endre rollen til en bruker (en medlemsleser med --organisation <id>)'],
  'the user name': ['användarnamnet', 'brukernavnet'],
  'remove a user (the last administrator stays)': ['ta bort en användare (den sista administratören blir kvar)', 'fjern en bruker (den siste administratoren blir værende)'],
  "import members' population from a CSV or XLSX file (SCB/SSB style), as the app's import view does; any bad row refuses the whole file": ['importera medlemmarnas folkmängd från en CSV- eller XLSX-fil (som SCB/SSB), som programmets importvy gör; en felaktig rad gör att hela filen avvisas', 'importer medlemmenes folketall fra en CSV- eller XLSX-fil (som SSB/SCB), slik programmets importvisning gjør; én feil rad gjør at hele filen avvises'],
  'the CSV or XLSX file to read': ['CSV- eller XLSX-filen som ska läsas', 'CSV- eller XLSX-filen som skal leses'],
  'the statistical year when the file has no year column': ['statistikåret när filen saknar en kolumn för år', 'statistikkåret når filen mangler en kolonne for år'],
  'the reference date of the figures (default 31 December of the year)': ['värdenas referensdatum (förval 31 december det året)', 'verdienes referansedato (standard 31. desember det året)'],
  'where the figures come from': ['var värdena kommer ifrån', 'hvor verdiene kommer fra'],
  'create an organisation for a row that matches none (otherwise such a row is an error)': ['skapa en organisation för en rad som inte passar någon (annars är en sådan rad ett fel)', 'opprett en organisasjon for en rad som ikke passer noen (ellers er en slik rad en feil)'],
  'show what would happen and write nothing': ['visa vad som skulle hända och skriv ingenting', 'vis hva som ville skjedd, og skriv ingenting'],
  'bodies of a cooperation': ['ett samarbetes organ', 'organene i et samarbeid'],
  'create a body (a steering group, a council, …) of a cooperation': ['skapa ett organ (en styrgrupp, ett råd, …) i ett samarbete', 'opprett et organ (en styringsgruppe, et råd, …) i et samarbeid'],
  "the body's name": ['organets namn', 'organets navn'],
  'one of steering_group, governance_council, preparatory_council, working_group, management_team, board, other': ['något av steering_group (styrgrupp), governance_council (förvaltningsråd), preparatory_council (beredningsråd), working_group (arbetsgrupp), management_team (ledningsgrupp), board (styrelse), other (annat)', 'en av steering_group (styringsgruppe), governance_council (forvaltningsråd), preparatory_council (forberedende råd), working_group (arbeidsgruppe), management_team (ledergruppe), board (styre), other (annet)'],
  'how its decisions are numbered, e.g. "SG {year}:{n}"': ['hur dess beslut numreras, t.ex. ”SG {year}:{n}”', 'hvordan vedtakene nummereres, f.eks. «SG {year}:{n}»'],
  'from when it exists': ['från när det finns', 'fra når det finnes'],
  'decisions of a body': ['ett organs beslut', 'vedtakene i et organ'],
  "record a decision of a body; its number follows the body's pattern": ['registrera ett beslut av ett organ; dess nummer följer organets mönster', 'registrer et vedtak i et organ; nummeret følger organets mønster'],
  'the body, by name': ['organet, med namn', 'organet, med navn'],
  "the decision's title": ['beslutets rubrik', 'vedtakets tittel'],
  "the decision's text": ['beslutets text', 'vedtakets tekst'],
  'proposed, adopted, rejected or postponed': ['proposed (föreslaget), adopted (antaget), rejected (avslaget) eller postponed (bordlagt)', 'proposed (foreslått), adopted (vedtatt), rejected (avslått) eller postponed (utsatt)'],
  'the date it was decided (needed unless proposed)': ['datumet då det beslutades (behövs utom för föreslagna)', 'datoen da det ble vedtatt (trengs unntatt for foreslåtte)'],
  'write the minutes of a meeting as PDF/A (approved minutes exactly as approved) and log it': ['skriv ett mötes protokoll som PDF/A (justerat protokoll precis som det justerades) och logga det', 'skriv protokollen fra et møte som PDF/A (godkjent protokoll nøyaktig slik den ble godkjent) og logg den'],
  'the meeting, by id': ['mötet, med id', 'møtet, med id'],
  'pdf (PDF/A-2b)': ['pdf (PDF/A-2b)', 'pdf (PDF/A-2b)'],
  "the document's language: sv, nb or en (default: the workspace's)": ['dokumentets språk: sv, nb eller en (förval: arbetsytans)', 'dokumentets språk: sv, nb eller en (standard: arbeidsområdets)'],
  'the file to write (default: a new file in "Andel exports" next to the workspace)': ['filen som ska skrivas (förval: en ny fil i ”Andel exports” bredvid arbetsytan)', 'filen som skal skrives (standard: en ny fil i «Andel exports» ved siden av arbeidsområdet)'],
  "write the meeting pack as PDF/A and log it (the workbook: the app's \"Export pack\")": ['skriv mötesunderlaget som PDF/A och logga det (arbetsboken: programmets ”Exportera underlag”)', 'skriv møtedokumentene som PDF/A og logg dem (arbeidsboken: programmets «Eksporter dokumenter»)'],
  'write the extract of the minutes for one decision (with the adopted annex) as PDF/A and log it': ['skriv protokollsutdraget för ett beslut (med den fastställda bilagan) som PDF/A och logga det', 'skriv protokollutdraget for ett vedtak (med det vedtatte vedlegget) som PDF/A og logg det'],
  'the decision, by its register number, e.g. "SG 2026:1"': ['beslutet, med sitt registernummer, t.ex. ”SG 2026:1”', 'vedtaket, med sitt registernummer, f.eks. «SG 2026:1»'],
  'the body, when two bodies use the same number': ['organet, när två organ använder samma nummer', 'organet, når to organer bruker samme nummer'],
  "write a meeting, or a body's meetings of a year, as an iCalendar (.ics) file and log it": ['skriv ett möte, eller ett organs möten under ett år, som en iCalendar-fil (.ics) och logga den', 'skriv et møte, eller et organs møter i et år, som en iCalendar-fil (.ics) og logg den'],
  'one meeting, by id': ['ett möte, med id', 'ett møte, med id'],
  "a body's meetings (with --year)": ['ett organs möten (med --year)', 'et organs møter (med --year)'],
  "the year of the body's meetings": ['året för organets möten', 'året for organets møter'],
  "Europe/Stockholm or Europe/Oslo (default: by the cooperation's country)": ['Europe/Stockholm eller Europe/Oslo (förval: efter samarbetets land)', 'Europe/Stockholm eller Europe/Oslo (standard: etter samarbeidets land)'],
  'write a workspace file, whole, into an empty PostgreSQL database (through the workspace document); the file is only read': ['skriv en hel arbetsytefil till en tom PostgreSQL-databas (via arbetsytedokumentet); filen läses bara', 'skriv en hel arbeidsområdefil til en tom PostgreSQL-database (via arbeidsområdedokumentet); filen leses bare'],
  'the empty PostgreSQL database, postgresql://…': ['den tomma PostgreSQL-databasen, postgresql://…', 'den tomme PostgreSQL-databasen, postgresql://…'],
  'the workspace file (or a workspace document, .json)': ['arbetsytefilen (eller ett arbetsytedokument, .json)', 'arbeidsområdefilen (eller et arbeidsområdedokument, .json)'],
  'write the workspace held by a PostgreSQL database into a new local workspace file, to work on offline': ['skriv arbetsytan i en PostgreSQL-databas till en ny lokal arbetsytefil, för att arbeta i utan uppkoppling', 'skriv arbeidsområdet i en PostgreSQL-database til en ny lokal arbeidsområdefil, for å arbeide i uten nett'],
  'the PostgreSQL database holding the workspace, postgresql://…': ['PostgreSQL-databasen som rymmer arbetsytan, postgresql://…', 'PostgreSQL-databasen som rommer arbeidsområdet, postgresql://…'],
  'replace the file if it exists (a copy of it is kept first, as restore keeps one)': ['ersätt filen om den finns (en kopia av den sparas först, som restore gör)', 'erstatt filen hvis den finnes (en kopi av den beholdes først, slik restore gjør)'],
  'show what differs between two workspaces (files, workspace documents .json, or PostgreSQL databases): added, removed and changed records; exit 0 when they hold the same, 1 when not': ['visa vad som skiljer två arbetsytor (filer, arbetsytedokument .json eller PostgreSQL-databaser): tillagda, borttagna och ändrade poster; slutkod 0 när de rymmer samma, annars 1', 'vis hva som skiller to arbeidsområder (filer, arbeidsområdedokumenter .json eller PostgreSQL-databaser): tilføyde, fjernede og endrede poster; sluttkode 0 når de rommer det samme, ellers 1'],
  'the PostgreSQL database to compare with, postgresql://…: it is then the first side (what the file changed from the server)': ['PostgreSQL-databasen att jämföra med, postgresql://…: den är då första sidan (vad filen ändrat jämfört med servern)', 'PostgreSQL-databasen å sammenligne med, postgresql://…: den er da første side (hva filen har endret sammenlignet med serveren)'],
  'a workspace file, a workspace document (.json), or a database postgresql://…': ['en arbetsytefil, ett arbetsytedokument (.json) eller en databas postgresql://…', 'en arbeidsområdefil, et arbeidsområdedokument (.json) eller en database postgresql://…'],
  'the same; or leave it out and give --database': ['detsamma; eller utelämna den och ange --database', 'det samme; eller utelat den og oppgi --database'],
  'only decisions with this status (proposed, adopted, rejected, postponed, implemented, superseded); several separated by commas': ['bara beslut med denna status (proposed, adopted, rejected, postponed, implemented, superseded: föreslaget, antaget, avslaget, bordlagt, genomfört, ersatt); flera åtskilda med kommatecken', 'bare vedtak med denne statusen (proposed, adopted, rejected, postponed, implemented, superseded: foreslått, vedtatt, avslått, utsatt, gjennomført, erstattet); flere atskilt med komma'],
};

/** Commander's own words in its help: the headings and the notes after an option. */
const commanderWords: Readonly<Record<string, readonly [sv: string, nb: string]>> = {
  'Usage:': ['Användning:', 'Bruk:'],
  'Arguments:': ['Argument:', 'Argumenter:'],
  'Options:': ['Val:', 'Valg:'],
  'Global Options:': ['Allmänna val:', 'Generelle valg:'],
  'Commands:': ['Kommandon:', 'Kommandoer:'],
  default: ['förval', 'standard'],
  choices: ['möjliga värden', 'mulige verdier'],
  options: ['val', 'valg'],
  command: ['kommando', 'kommando'],
};

const index = (lang: Nordic): 0 | 1 => (lang === 'sv' ? 0 : 1);

/** A description in `lang`; one the table lacks stays as it is. */
export function helpWord(text: string, lang: Nordic): string {
  return helpWords[text]?.[index(lang)] ?? text;
}

const commanderWord = (text: string, lang: Nordic): string => commanderWords[text]?.[index(lang)] ?? text;

/** "(default: "table")" → "(förval: "table")", and the same for commander's other notes. */
const notes = (text: string, lang: Nordic): string => text.replace(/\((default|choices): /gu, (_whole, word: string) => `(${commanderWord(word, lang)}: `);

/** "[options]" and "[command]" in a usage line, in `lang` (argument names such as `<file>` stay). */
const placeholders = (usage: string, lang: Nordic): string => usage.replace(/\[(options|command)\]/gu, (_whole, word: string) => `[${commanderWord(word, lang)}]`);

/** Every command of the tree, the program first. */
function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

/**
 * Puts the whole help of `program` (as built: commands, options, arguments, the help and version
 * options and commander's headings) into `lang`. Option names, argument names and values stay.
 */
export function localizeHelp(program: Command, lang: Nordic): void {
  const helpConfiguration: Partial<Help> = {
    styleTitle: (title: string) => commanderWord(title, lang),
    optionDescription(this: Help, option: Option) {
      return notes(Object.getPrototypeOf(this).optionDescription.call(this, option) as string, lang);
    },
    argumentDescription(this: Help, argument: Argument) {
      return notes(Object.getPrototypeOf(this).argumentDescription.call(this, argument) as string, lang);
    },
    commandUsage(this: Help, command: Command) {
      return placeholders(Object.getPrototypeOf(this).commandUsage.call(this, command) as string, lang);
    },
    subcommandTerm(this: Help, command: Command) {
      return placeholders(Object.getPrototypeOf(this).subcommandTerm.call(this, command) as string, lang);
    },
  };
  for (const command of allCommands(program)) {
    command.description(helpWord(command.description(), lang));
    for (const option of command.options) option.description = helpWord(option.description, lang);
    for (const argument of command.registeredArguments) argument.description = helpWord(argument.description, lang);
    command.helpOption('-h, --help', helpWord('display help for command', lang));
    if (command.commands.length > 0) command.helpCommand('help [command]', helpWord('display help for command', lang));
    command.configureHelp({ ...command.configureHelp(), ...helpConfiguration });
  }
}
