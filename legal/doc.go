// Package legal computes legal time limits and regulatory incident
// reporting deadlines: periods as Regulation (EEC, Euratom) No 1182/71 and
// the German Civil Code (BGB §§ 187–193) count them, with the public
// holidays of the place, and the reporting clocks of the GDPR, NIS2, the
// German BSI Act and the EU Digital Operational Resilience Act (DORA) for an
// incident, with the classification of a major ICT-related incident.
//
// The package computes; it does not give legal advice. Whether a regime
// applies to an entity, whether an incident is a personal data breach, a
// significant or a major incident, when the entity "became aware", and
// which reading of a text a supervisory authority or court takes are legal
// judgements. Every result says which provision it comes from, and this
// documentation says what the package decides where a text leaves room.
//
// # Periods
//
// [End] returns the end of a [Period] ("72 hours", "1 month", "1.5
// months", "3 working_days") that runs from an event, counted by a rule set
// ([Rules]: [Exact], [EU1182], [BGB]) at a [Place] (the time zone whose
// days are counted and its public holidays, for example [PlaceFor]("DE-NW",
// "Europe/Berlin")). [EndFromDay] counts a period that begins at the
// beginning of a day (BGB § 187(2)). The [Deadline] holds the end, the end
// before any move to a working day, and the explanation: [Step] values, each
// citing its provision, that form a chain from the start to the end.
//
//	d, _ := legal.End(received, legal.Period{N: 1, Unit: legal.Months}, legal.BGB, place)
//	fmt.Println(d)          // Mon 2001-05-07 24:00 CEST (1 month from Thu 2001-04-05 10:30 CEST, bgb)
//	fmt.Println(d.Explain()) // § 187(1) … § 188(2) … § 193 …
//
// The end is the first instant after the period: an act is in time before
// it. A period that ends "with the expiry of the last day" ends at midnight
// at the start of the next day in the place's zone, written "24:00".
//
// # Incident clocks
//
// A [Regime] is a set of [Obligation] values, each a notification or report
// with the event it runs from ([Anchor]: awareness, classification as major,
// resolution, a request, the submission of another report), its time limit,
// the facts it depends on ([Fact]) and its citation (regulation, article,
// paragraph). [GDPR], [NIS2], [BSIG] and [DORA] return the built-in
// regimes; [ParseRegime] reads one from JSON, such as a contract's incident
// clauses:
//
//	{"name": "outsourcing_contract", "title": "IT outsourcing contract, § 12", "counting": "bgb",
//	 "obligations": [
//	  {"id": "contract_notice", "name": "Notify the customer", "citation": "Contract § 12(1)",
//	   "trigger": "aware", "within": "4 hours"},
//	  {"id": "contract_report", "name": "Written incident report", "citation": "Contract § 12(2)",
//	   "trigger": "resolved", "within": "10 days"}]}
//
// [Track] reads an [Incident] (its events and facts) under one or more
// regimes at once — a bank's data breach under DORA and the GDPR — and
// returns a [Status]: every [Duty] with its [State] (waiting, open,
// overdue, met, late, due without a fixed limit, done, not applicable), its
// deadline and explanation, the next deadline and the overdue duties, as
// instants in the zone of the instant asked about.
//
// [Classify] decides whether an ICT-related incident is major under
// Commission Delegated Regulation (EU) 2024/1772 (critical services
// affected, and either a malicious unauthorised access that may result in
// data losses or two or more of the other materiality thresholds), and
// returns each criterion's part in the verdict.
//
// # What the package decides where the texts leave room
//
//   - Counting of the regimes. Regulation 1182/71 applies by its Article 1
//     to acts of the Council and the Commission; commentators apply it to
//     the GDPR's 72 hours (Piltz/Pradel, ZD 2019, 152; contra Träger, RDV
//     2020, 3), and Delegated Regulation (EU) 2025/301 is a Commission act.
//     Under it the hour of awareness is not counted: 72 hours from 12:17 end
//     at 13:00 three days later. The built-in regimes count [Exact] by
//     default, the earliest of the readings (12:17); set Regime.Counting to
//     [EU1182] (or [BGB]) to count otherwise.
//   - Periods in hours never move to a working day. Regulation 1182/71
//     Art. 3(4) excludes periods "expressed in hours"; its Art. 3(5) (a
//     period of two days or more includes two working days) is not applied
//     to hours, as the Bavarian and North Rhine-Westphalian data protection
//     authorities read it (others argue that 72 hours over a weekend are
//     then longer). Under the BGB, hours run from instant to instant and
//     § 193 is not applied to them (Prütting/Wegen/Weinreich, § 187 Rn 1,
//     § 193 Rn 1).
//   - Art. 3(5) applies to periods stated as two days or more (2 days, 2
//     working days, weeks, months), whatever their span after Art. 3(4).
//   - A period that begins at the beginning of a day ([EndFromDay]) has no
//     rule of its own in Regulation 1182/71; it is counted as BGB § 187(2)
//     and § 188(2), second case, count it. Where the day before the
//     corresponding day does not exist, the month's last day ends the
//     period (§ 188(3)): one month from 31 January ends with 28 February.
//   - Periods calculated backwards from a date or event (which Regulation
//     1182/71 Art. 3(4), second subparagraph, does not extend) are not
//     computed: a period's count is at least one.
//   - A half month is 15 days, counted after the whole months (BGB
//     § 189(2); Regulation 1182/71 Art. 3(2)(d) counts a part of a month
//     as thirty days to the month and states no order).
//   - The BGB does not count working days ("Werktag" includes Saturday in
//     some provisions and not in others): [End] refuses them.
//   - BGB § 193 is applied to every period of days or longer counted by the
//     BGB. It does not apply to notice periods that protect the other party
//     (Kündigungsfristen): read Deadline.Unextended for those. A period
//     that needs not run consecutively (§ 191) is written in days (30 a
//     month, 365 a year); the beginning, middle and end of a month (§ 192)
//     are its 1st, 15th and last day. An extension (§ 190) is a new period
//     from the end of the old one: [EndFromDay] from the day after.
//   - [Exact] counting keeps the time of day for days, weeks and months; a
//     month that lacks the day number ends at the end of its last day, and
//     working days count working-day time from the next working day, the
//     only choices under which a later start never ends earlier.
//   - DORA initial notification (2025/301 Art. 5(1)(a), 5(2)): the 4 hours
//     from classification and the 24 hours from awareness both bind, the
//     earlier governs; where classification came after the 24 hours, only
//     the 4 hours from it. The weekend and holiday relief of Art. 5(4)
//     (noon of the next working day) is applied only to an incident that
//     states [DORARelief] (all reports) or [DORAReliefFinal] (the final
//     report: the entities of Art. 5(5)); by default it is not applied, the
//     earlier reading. A deadline "falls on" the civil day, in the place's
//     zone, of its last instant; "bank holiday in the Member State" is read
//     as the public holidays of the [Place] (pass a region of the entity's
//     Member State; add bank closing days through a holidays set of your
//     own if your authority counts them). A relief displaces Art. 3(4) and
//     § 193 for its obligation. With a relief a later trigger can give an
//     earlier deadline (Sunday 23:00 is relieved to Monday noon, Monday
//     01:00 is not): that is the text, not an error.
//   - DORA updated intermediate reports are further submissions of
//     "dora_intermediate"; the final report runs from the latest.
//     Recurring incidents (2024/1772 Art. 8(2)) are not aggregated by
//     [Classify]: classify their summed impact.
//   - NIS2 is a directive: entities report under national law, in Germany
//     § 32 BSIG as amended by the NIS-2 Implementation Act ([BSIG]). An
//     incident still unresolved when the final report falls due gets a
//     progress report then and the final report one month after its
//     handling (Art. 23(4)(e), § 32(2)); the Resolved event marks the end
//     of the handling. The text of § 32(2) BSIG was available to the
//     authors only in part; the package gives it the shape of Art. 23(4)(e)
//     — check it against the Federal Law Gazette. Not modelled: the 24-hour
//     notification of trust service providers (Art. 23(4), second
//     subparagraph), and § 32(1), last sentence, BSIG (the duty applies
//     from the establishment of the reporting channel at the earliest).
//   - Obligations "without undue delay" (GDPR Art. 33(2), 34(1); DORA
//     Art. 19(3); a report requested under NIS2 Art. 23(4)(c)) have no
//     fixed deadline: their state is "due" until submitted. GDPR Art. 33(1)
//     allows a notification after 72 hours with reasons for the delay; the
//     package reports it as overdue (or late) all the same.
//   - An anchor is the first awareness and the first classification, the
//     last resolution, the last request and the last submission of a
//     report. A submission discharges an obligation when it is at or after
//     the obligation's trigger; a submission at the deadline instant is
//     late. Events after the instant asked about are ignored.
//
// # Sources
//
//   - Regulation (EEC, Euratom) No 1182/71 of the Council of 3 June 1971
//     determining the rules applicable to periods, dates and time limits,
//     OJ L 124, 8.6.1971, p. 1, Articles 2 and 3; Court of Justice, Case
//     C-171/03 Toeters and Verberk, ECLI:EU:C:2004:714 (weeks end on the
//     weekday of the event).
//   - Bürgerliches Gesetzbuch §§ 186–193 (gesetze-im-internet.de);
//     Prütting/Wegen/Weinreich, BGB, §§ 187, 188, 193.
//   - Regulation (EU) 2016/679 (GDPR), Articles 33 and 34.
//   - Directive (EU) 2022/2555 (NIS 2), Article 23(4).
//   - BSI-Gesetz § 32 in the version of the NIS-2 Implementation Act
//     (NIS2UmsuCG).
//   - Regulation (EU) 2022/2554 (DORA), Articles 18 and 19; Commission
//     Delegated Regulation (EU) 2025/301, Article 5 (time limits); Commission
//     Delegated Regulation (EU) 2024/1772, Articles 1, 3, 4, 6, 8 and 9
//     (classification and materiality thresholds).
//
// The tests cite the worked example each table row comes from.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// github.com/itsmkit/itsm): JSON keys are lower snake_case and decoding is
// strict; periods are their text ("72 hours"), never a [time.Duration],
// and durations in [Impact] are itsm.Duration text; every enum has one
// lower snake_case text form; every error is an *itsm.Error with Pkg
// "legal" that quotes the input, lists the valid values of an option and
// wraps one of the package's Err sentinels; results are values, and
// nothing reads the wall clock.
package legal
