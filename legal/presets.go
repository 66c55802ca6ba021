package legal

// The built-in regimes. Each obligation cites its provision; the texts were
// read in the Official Journal versions (EUR-Lex) and, for the BSIG, in the
// version of the NIS2 Implementation Act; see the package documentation for
// what the package decides where the texts leave room.

var (
	p24h    = Period{N: 24, Unit: Hours}
	p72h    = Period{N: 72, Unit: Hours}
	p4h     = Period{N: 4, Unit: Hours}
	p1month = Period{N: 1, Unit: Months}
)

var gdpr = Regime{
	Name:  "gdpr",
	Title: "Regulation (EU) 2016/679 (General Data Protection Regulation), Articles 33 and 34",
	Obligations: []Obligation{{
		ID:       "gdpr_authority",
		Name:     "Notify the supervisory authority",
		Citation: "GDPR Art. 33(1)",
		Text:     "the controller notifies the personal data breach to the competent supervisory authority without undue delay and, where feasible, not later than 72 hours after having become aware of it, unless the breach is unlikely to result in a risk to the rights and freedoms of natural persons; a notification after 72 hours gives the reasons for the delay",
		Trigger:  Anchor{Event: Aware},
		Within:   p72h,
		Unless:   []Fact{Processor},
	}, {
		ID:       "gdpr_controller",
		Name:     "Inform the controller",
		Citation: "GDPR Art. 33(2)",
		Text:     "the processor notifies the controller without undue delay after becoming aware of a personal data breach",
		Trigger:  Anchor{Event: Aware},
		If:       []Fact{Processor},
	}, {
		ID:       "gdpr_data_subjects",
		Name:     "Communicate the breach to the data subjects",
		Citation: "GDPR Art. 34(1)",
		Text:     "when the breach is likely to result in a high risk to the rights and freedoms of natural persons, the controller communicates it to the data subjects without undue delay (unless an exception of Art. 34(3) applies)",
		Trigger:  Anchor{Event: Aware},
		If:       []Fact{HighRisk},
		Unless:   []Fact{Processor},
	}},
}

// nis2Shape returns the obligations of NIS2 Art. 23(4) and of its German
// transposition, which has the same shape: cite(i) names the provision of
// the i-th duty.
func nis2Shape(prefix string, cite [6]string, names [6]string) []Obligation {
	id := func(s string) string { return prefix + "_" + s }
	return []Obligation{{
		ID: id("early_warning"), Name: names[0], Citation: cite[0],
		Text:    "without undue delay and in any event within 24 hours of becoming aware of the significant incident: an early warning (suspected unlawful or malicious cause, possible cross-border impact)",
		Trigger: Anchor{Event: Aware}, Within: p24h,
	}, {
		ID: id("notification"), Name: names[1], Citation: cite[1],
		Text:    "without undue delay and in any event within 72 hours of becoming aware of the significant incident: an incident notification (initial assessment, severity, impact, indicators of compromise)",
		Trigger: Anchor{Event: Aware}, Within: p72h,
	}, {
		ID: id("intermediate"), Name: names[2], Citation: cite[2],
		Text:    "upon the request of the CSIRT or competent authority: an intermediate report on relevant status updates (no time limit in the text; the request may set one)",
		Trigger: Anchor{Event: Requested},
	}, {
		ID: id("final"), Name: names[3], Citation: cite[3],
		Text:    "not later than one month after the submission of the incident notification: a final report (description, root cause, mitigation, cross-border impact)",
		Trigger: Anchor{Event: Submitted, Obligation: id("notification")}, Within: p1month,
	}, {
		ID: id("progress"), Name: names[4], Citation: cite[4],
		Text:    "if the incident is still ongoing when the final report is due: a progress report at that time",
		Trigger: Anchor{Event: Submitted, Obligation: id("notification")}, Within: p1month,
		OngoingAt: id("final"),
	}, {
		ID: id("final_ongoing"), Name: names[5], Citation: cite[5],
		Text:    "if the incident was still ongoing when the final report was due: the final report within one month of the handling of the incident",
		Trigger: Anchor{Event: Resolved}, Within: p1month,
		OngoingAt: id("final"), Replaces: id("final"),
	}}
}

var nis2 = Regime{
	Name:  "nis2",
	Title: "Directive (EU) 2022/2555 (NIS 2), Article 23(4)",
	Obligations: nis2Shape("nis2",
		[6]string{"NIS2 Art. 23(4)(a)", "NIS2 Art. 23(4)(b)", "NIS2 Art. 23(4)(c)", "NIS2 Art. 23(4)(d)", "NIS2 Art. 23(4)(e)", "NIS2 Art. 23(4)(e)"},
		[6]string{"Early warning", "Incident notification", "Intermediate report on request", "Final report", "Progress report (incident ongoing)", "Final report after the handling of an ongoing incident"}),
}

var bsig = Regime{
	Name:  "bsig",
	Title: "BSI-Gesetz (BSIG) § 32 as amended by the NIS-2 Implementation Act (NIS2UmsuCG)",
	Obligations: nis2Shape("bsig",
		[6]string{"BSIG § 32(1) no. 1", "BSIG § 32(1) no. 2", "BSIG § 32(1) no. 3", "BSIG § 32(1) no. 4", "BSIG § 32(2)", "BSIG § 32(2)"},
		[6]string{"Frühe Erstmeldung (early notification)", "Meldung (incident notification)", "Zwischenmeldung (intermediate report on request)", "Abschlussmeldung (final report)", "Fortschrittsmeldung (progress report, incident ongoing)", "Abschlussmeldung after the handling of an ongoing incident"}),
}

var dora = Regime{
	Name:  "dora",
	Title: "Regulation (EU) 2022/2554 (DORA), Article 19, with Commission Delegated Regulation (EU) 2025/301, Article 5",
	Obligations: []Obligation{{
		ID:       "dora_initial",
		Name:     "Initial notification",
		Citation: "DORA Art. 19(4)(a); Delegated Regulation (EU) 2025/301 Art. 5(1)(a)",
		Text:     "as early as possible, within 4 hours from the classification of the ICT-related incident as major and no later than 24 hours from becoming aware of it; where the classification came later than 24 hours after awareness, within 4 hours of the classification (Art. 5(2)); an entity that cannot meet a time limit informs the competent authority before it expires (Art. 5(3))",
		Trigger:  Anchor{Event: Classified},
		Within:   p4h,
		Outer:    &Limit{From: Anchor{Event: Aware}, Within: p24h, Citation: "Delegated Regulation (EU) 2025/301 Art. 5(1)(a), 5(2)"},
		Relief:   &Relief{AnyOf: []Fact{DORARelief}, Citation: "Delegated Regulation (EU) 2025/301 Art. 5(4), 5(5)"},
	}, {
		ID:       "dora_intermediate",
		Name:     "Intermediate report",
		Citation: "DORA Art. 19(4)(b); Delegated Regulation (EU) 2025/301 Art. 5(1)(b)",
		Text:     "at the latest within 72 hours from the submission of the initial notification, even where the status or handling of the incident has not changed; updated intermediate reports without undue delay, in any case when regular activities have been recovered (record them as further submissions of this obligation)",
		Trigger:  Anchor{Event: Submitted, Obligation: "dora_initial"},
		Within:   p72h,
		Relief:   &Relief{AnyOf: []Fact{DORARelief}, Citation: "Delegated Regulation (EU) 2025/301 Art. 5(4), 5(5)"},
	}, {
		ID:       "dora_final",
		Name:     "Final report",
		Citation: "DORA Art. 19(4)(c); Delegated Regulation (EU) 2025/301 Art. 5(1)(c)",
		Text:     "no later than one month after the submission of the intermediate report or, where applicable, of the latest updated intermediate report",
		Trigger:  Anchor{Event: Submitted, Obligation: "dora_intermediate"},
		Within:   p1month,
		Relief:   &Relief{AnyOf: []Fact{DORARelief, DORAReliefFinal}, Citation: "Delegated Regulation (EU) 2025/301 Art. 5(4), 5(5)"},
	}, {
		ID:       "dora_clients",
		Name:     "Inform clients",
		Citation: "DORA Art. 19(3)",
		Text:     "where the major ICT-related incident has an impact on the financial interests of clients: inform them without undue delay, as soon as the entity becomes aware of it, of the incident and of the measures taken to mitigate its adverse effects",
		Trigger:  Anchor{Event: Classified},
		If:       []Fact{ClientImpact},
	}},
}

// GDPR returns the personal-data-breach obligations of the General Data
// Protection Regulation: notifying the supervisory authority within 72
// hours of becoming aware (Art. 33(1)) unless the entity is a processor,
// which informs the controller without undue delay (Art. 33(2)), and, for
// a breach likely to result in a high risk, communicating it to the data
// subjects without undue delay (Art. 34(1)).
func GDPR() Regime { return gdpr.clone() }

// NIS2 returns the reporting obligations of Directive (EU) 2022/2555
// Art. 23(4) for a significant incident: early warning within 24 hours and
// incident notification within 72 hours of becoming aware, an intermediate
// report on request, and a final report one month after the notification,
// or, for an incident still ongoing then, a progress report at that time
// and the final report one month after its handling. A directive binds
// Member States: entities report under their national transposition, for
// Germany [BSIG].
func NIS2() Regime { return nis2.clone() }

// BSIG returns the reporting obligations of § 32 BSI-Gesetz as amended by
// the German NIS-2 Implementation Act, for "besonders wichtige" and
// "wichtige Einrichtungen": the same shape and time limits as [NIS2]
// (§ 32(1) nos. 1 to 4, § 32(2)).
func BSIG() Regime { return bsig.clone() }

// DORA returns the reporting obligations for a major ICT-related incident
// under Regulation (EU) 2022/2554 Art. 19 and Commission Delegated
// Regulation (EU) 2025/301 Art. 5: the initial notification within 4 hours
// of classification as major and no later than 24 hours from awareness
// (only the 4 hours where the classification came after those 24 hours),
// the intermediate report within 72 hours of the initial notification, the
// final report one month after the latest intermediate report, and
// informing clients whose financial interests are affected (Art. 19(3)).
// The weekend and holiday relief of Art. 5(4) applies only to an incident
// with the fact [DORARelief] (every report) or [DORAReliefFinal] (the
// final report): by default deadlines are not relieved, the earlier
// reading.
func DORA() Regime { return dora.clone() }
