package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// switzerland: only 1 August is a federal holiday (Bundesverfassung Art.
// 110 Abs. 3, since 1994); every other holiday is cantonal (Arbeitsgesetz
// Art. 20a: up to eight further days per canton). "CH" holds 1 August and the
// three days recognised in all 26 cantons (Neujahr, Auffahrt, Weihnachten).
//
// The cantonal lists follow the Federal Office of Justice's overview of
// cantonal holidays as reproduced by secondary sources; they could not be
// checked against each cantonal law. Where a day applies only in some
// districts or municipalities (the Catholic days in Aargau, Fribourg and
// Solothurn, for example), where it is customary rather than statutory
// (Berchtoldstag in several cantons), or where the sources disagree, it is
// Optional. Zürich (Ruhetags- und Ladenöffnungsgesetz § 1), Solothurn
// (so.ch) and Neuchâtel were checked against the
// cantons' own lists, and Bern, Luzern, Graubünden, Jura, Nidwalden and
// Obwalden against their statutes (see ch_subdivisions_test.go): in Solothurn, Fronleichnam, Mariä Himmelfahrt and
// Allerheiligen apply everywhere except the Bucheggberg district (Optional)
// and 1 May is a holiday from noon (HalfDay, as in Aargau); Neuchâtel's legal days are 1
// January, 1 March, Good Friday, 1 May, Ascension, 1 August and 25 December,
// plus 2 January and 26 December when they fall on a Monday, while Easter and
// Whit Monday are customary (Optional). The Appenzell rule (no Stephanstag when Christmas Day is a Monday
// or Friday) is confirmed by the canton of Appenzell Innerrhoden's own
// page; the Catholic days of AI are "öffentliche Ruhetage" under cantonal
// law and Public here. The city of Zürich's afternoons off
// (Sechseläuten, Knabenschiessen) are in ch_zurich.go (CH-ZH-ZURICH).
// Holiday names are in the canton's main official language.
func switzerland() *country {
	type lang int
	const (
		de lang = iota
		fr
		it
	)
	type kind struct {
		id     string
		names  [3]string // de, fr, it
		nameEN string
		when   whenFunc
	}
	onDay := func(m time.Month, d int) whenFunc { return fixedDay(m, d) }
	afterEaster := func(off int) whenFunc {
		return func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true }
	}
	onlyMonday := func(w whenFunc) whenFunc {
		return func(y int) (date.Date, bool) {
			d, ok := w(y)
			return d, ok && d.Weekday() == time.Monday
		}
	}
	var (
		berchtold   = kind{"ch.berchtoldstag", [3]string{"Berchtoldstag", "Saint-Berchtold", "San Berchtoldo"}, "St Berchtold's Day", onDay(time.January, 2)}
		epiphany    = kind{"ch.heilige-drei-koenige", [3]string{"Heilige Drei Könige", "Épiphanie", "Epifania"}, "Epiphany", onDay(time.January, 6)}
		republic    = kind{"ch.instauration-republique", [3]string{"Jahrestag der Ausrufung der Republik", "Instauration de la République", "Proclamazione della Repubblica"}, "Republic Day", onDay(time.March, 1)}
		joseph      = kind{"ch.josefstag", [3]string{"Josefstag", "Saint-Joseph", "San Giuseppe"}, "St Joseph's Day", onDay(time.March, 19)}
		goodFriday  = kind{"ch.karfreitag", [3]string{"Karfreitag", "Vendredi saint", "Venerdì santo"}, "Good Friday", afterEaster(-2)}
		easterMon   = kind{"ch.ostermontag", [3]string{"Ostermontag", "Lundi de Pâques", "Lunedì di Pasqua"}, "Easter Monday", afterEaster(1)}
		labour      = kind{"ch.tag-der-arbeit", [3]string{"Tag der Arbeit", "Fête du travail", "Festa del lavoro"}, "Labour Day", onDay(time.May, 1)}
		whitMon     = kind{"ch.pfingstmontag", [3]string{"Pfingstmontag", "Lundi de Pentecôte", "Lunedì di Pentecoste"}, "Whit Monday", afterEaster(50)}
		corpus      = kind{"ch.fronleichnam", [3]string{"Fronleichnam", "Fête-Dieu", "Corpus Domini"}, "Corpus Christi", afterEaster(60)}
		plebiscite  = kind{"ch.commemoration-plebiscite", [3]string{"Fest der Unabhängigkeit", "Commémoration du plébiscite jurassien", "Commemorazione del plebiscito"}, "Jura Independence Day", onDay(time.June, 23)}
		peterPaul   = kind{"ch.peter-und-paul", [3]string{"Peter und Paul", "Saints Pierre et Paul", "Santi Pietro e Paolo"}, "Saints Peter and Paul", onDay(time.June, 29)}
		assumption  = kind{"ch.mariae-himmelfahrt", [3]string{"Mariä Himmelfahrt", "Assomption", "Assunzione"}, "Assumption Day", onDay(time.August, 15)}
		bruderKlaus = kind{"ch.bruder-klaus", [3]string{"Bruder Klaus", "Saint Nicolas de Flüe", "San Nicolao della Flüe"}, "St Nicholas of Flüe", onDay(time.September, 25)}
		allSaints   = kind{"ch.allerheiligen", [3]string{"Allerheiligen", "Toussaint", "Ognissanti"}, "All Saints' Day", onDay(time.November, 1)}
		immaculate  = kind{"ch.mariae-empfaengnis", [3]string{"Mariä Empfängnis", "Immaculée Conception", "Immacolata"}, "Immaculate Conception", onDay(time.December, 8)}
		stephen     = kind{"ch.stephanstag", [3]string{"Stephanstag", "Saint-Étienne", "Santo Stefano"}, "St Stephen's Day", onDay(time.December, 26)}
		// Näfelser Fahrt: the first Thursday of April, a week later when
		// that is Maundy Thursday.
		naefels = kind{"ch.naefelser-fahrt", [3]string{"Näfelser Fahrt", "Näfelser Fahrt", "Näfelser Fahrt"}, "Näfels Pilgrimage", func(y int) (date.Date, bool) {
			d, _ := nthWeekday(time.April, time.Thursday, 1)(y)
			if d == Easter(y)-3 {
				d += 7
			}
			return d, true
		}}
		// Jeûne genevois: the Thursday after the first Sunday of September.
		jeuneGE = kind{"ch.jeune-genevois", [3]string{"Genfer Bettag", "Jeûne genevois", "Digiuno ginevrino"}, "Geneva Fast", func(y int) (date.Date, bool) {
			d, _ := nthWeekday(time.September, time.Sunday, 1)(y)
			return d + 4, true
		}}
		// Lundi du Jeûne: the Monday after the third Sunday of September (Federal Fast).
		jeuneVD = kind{"ch.lundi-du-jeune", [3]string{"Bettagsmontag", "Lundi du Jeûne fédéral", "Lunedì del Digiuno federale"}, "Federal Fast Monday", func(y int) (date.Date, bool) {
			d, _ := nthWeekday(time.September, time.Sunday, 3)(y)
			return d + 1, true
		}}
		restoration = kind{"ch.restauration-republique", [3]string{"Wiederherstellung der Republik", "Restauration de la République", "Restaurazione della Repubblica"}, "Restoration of the Republic", onDay(time.December, 31)}
	)
	// NE: 2 January and 26 December only when they fall on a Monday (when
	// New Year's Day or Christmas Day is a Sunday).
	berchtoldNE := berchtold
	berchtoldNE.when = onlyMonday(berchtold.when)
	stephenNE := stephen
	stephenNE.when = onlyMonday(stephen.when)

	// AI, AR (and UR, per the federal overview): no Stephanstag when it
	// would make three rest days in a row, i.e. when Christmas Day is a
	// Monday or a Friday (AI Ruhetagsgesetz Art. 2).
	stephenNoThree := stephen
	stephenNoThree.when = func(y int) (date.Date, bool) {
		d, _ := stephen.when(y)
		wd := d.Weekday()
		return d, wd != time.Tuesday && wd != time.Saturday
	}
	// AG: until 2007 Stephanstag was a working day when it fell on a Tuesday.
	stephenAG := stephen
	stephenAG.when = func(y int) (date.Date, bool) {
		d, _ := stephen.when(y)
		return d, y >= 2008 || d.Weekday() != time.Tuesday
	}
	mauritius := kind{"ch.mauritius", [3]string{"St. Mauritiustag", "Saint-Maurice", "San Maurizio"}, "St Maurice's Day", onDay(time.September, 22)}

	type entry struct {
		k   kind
		cat Category
	}
	P := func(ks ...kind) []entry {
		out := make([]entry, len(ks))
		for i, k := range ks {
			out[i] = entry{k, Public}
		}
		return out
	}
	O := func(ks ...kind) []entry {
		out := make([]entry, len(ks))
		for i, k := range ks {
			out[i] = entry{k, Optional}
		}
		return out
	}
	cat := func(lists ...[]entry) []entry {
		var out []entry
		for _, l := range lists {
			out = append(out, l...)
		}
		return out
	}
	cantons := []struct {
		code, name, nameEN string
		lang               lang
		days               []entry
	}{
		{"CH-AG", "Aargau", "Aargau", de, cat(P(berchtold, goodFriday, easterMon, whitMon, stephenAG), O(corpus, assumption, allSaints, immaculate), []entry{{labour, HalfDay}})},
		{"CH-AI", "Appenzell Innerrhoden", "Appenzell Innerrhoden", de, cat(P(goodFriday, easterMon, whitMon, corpus, assumption, allSaints, immaculate, stephenNoThree), O(mauritius))},
		{"CH-AR", "Appenzell Ausserrhoden", "Appenzell Ausserrhoden", de, P(goodFriday, easterMon, whitMon, stephenNoThree)},
		{"CH-BE", "Bern", "Bern", de, P(berchtold, goodFriday, easterMon, whitMon, stephen)},
		{"CH-BL", "Basel-Landschaft", "Basel-Landschaft", de, P(goodFriday, easterMon, labour, whitMon, stephen)},
		{"CH-BS", "Basel-Stadt", "Basel-Stadt", de, P(goodFriday, easterMon, labour, whitMon, stephen)},
		{"CH-FR", "Fribourg / Freiburg", "Fribourg", fr, cat(P(goodFriday), O(berchtold, easterMon, whitMon, corpus, assumption, allSaints, immaculate, stephen))},
		{"CH-GE", "Genève", "Geneva", fr, P(goodFriday, easterMon, whitMon, jeuneGE, restoration)},
		{"CH-GL", "Glarus", "Glarus", de, cat(P(naefels, goodFriday, easterMon, whitMon, allSaints, stephen), O(berchtold))},
		// GR: Ruhetagsgesetz (BR 520.100) Art. 2 Abs. 1 lit. b names Neujahr,
		// Karfreitag, Ostermontag, Auffahrt, Pfingstmontag, Weihnachtstag and
		// Stefanstag; Good Friday is a cantonal rest day, not a customary one.
		{"CH-GR", "Graubünden / Grigioni / Grischun", "Grisons", de, P(goodFriday, easterMon, whitMon, stephen)},
		{"CH-JU", "Jura", "Jura", fr, P(berchtold, goodFriday, easterMon, labour, whitMon, corpus, plebiscite, assumption, allSaints)},
		// LU: Ruhetags- und Ladenschlussgesetz (SRL 855) § 1a: Neujahr,
		// Karfreitag, Auffahrt, Fronleichnam, Bundesfeiertag, Mariä
		// Himmelfahrt, Allerheiligen, Mariä Empfängnis, Weihnachtstag and
		// Stephanstag; Berchtoldstag, Easter and Whit Monday are customary
		// days off without a legal basis (Optional, as in Zug).
		{"CH-LU", "Luzern", "Lucerne", de, cat(P(goodFriday, corpus, assumption, allSaints, immaculate, stephen), O(berchtold, easterMon, whitMon))},
		{"CH-NE", "Neuchâtel", "Neuchâtel", fr, cat(P(berchtoldNE, republic, goodFriday, labour, stephenNE), O(easterMon, whitMon, corpus, jeuneVD))},
		{"CH-NW", "Nidwalden", "Nidwalden", de, cat(P(joseph, goodFriday, corpus, assumption, allSaints, immaculate), O(berchtold, easterMon, whitMon, stephen))},
		{"CH-OW", "Obwalden", "Obwalden", de, cat(P(goodFriday, corpus, assumption, bruderKlaus, allSaints, immaculate), O(berchtold, easterMon, whitMon, stephen))},
		{"CH-SG", "St. Gallen", "St. Gallen", de, cat(P(goodFriday, easterMon, whitMon, allSaints, stephen), O(berchtold))},
		{"CH-SH", "Schaffhausen", "Schaffhausen", de, cat(P(goodFriday, easterMon, labour, whitMon, stephen), O(berchtold))},
		{"CH-SO", "Solothurn", "Solothurn", de, cat(P(goodFriday), O(berchtold, easterMon, whitMon, corpus, assumption, allSaints, stephen), []entry{{labour, HalfDay}})},
		{"CH-SZ", "Schwyz", "Schwyz", de, P(epiphany, joseph, goodFriday, easterMon, whitMon, corpus, assumption, allSaints, immaculate, stephen)},
		{"CH-TG", "Thurgau", "Thurgau", de, P(berchtold, goodFriday, easterMon, labour, whitMon, stephen)},
		{"CH-TI", "Ticino", "Ticino", it, P(epiphany, joseph, easterMon, labour, whitMon, corpus, peterPaul, assumption, allSaints, immaculate, stephen)},
		{"CH-UR", "Uri", "Uri", de, P(epiphany, joseph, goodFriday, easterMon, whitMon, corpus, assumption, allSaints, immaculate, stephenNoThree)},
		{"CH-VD", "Vaud", "Vaud", fr, P(berchtold, goodFriday, easterMon, whitMon, jeuneVD)},
		{"CH-VS", "Valais / Wallis", "Valais", fr, cat(P(joseph, corpus, assumption, allSaints, immaculate), O(berchtold, easterMon, whitMon, stephen))},
		{"CH-ZG", "Zug", "Zug", de, cat(P(goodFriday, corpus, assumption, allSaints, immaculate), O(berchtold, easterMon, whitMon, stephen))},
		{"CH-ZH", "Zürich", "Zurich", de, cat(P(goodFriday, easterMon, labour, whitMon, stephen), O(berchtold))},
	}
	c := &country{
		code: "CH", name: "Schweiz / Suisse / Svizzera (gesamtschweizerisch)", nameEN: "Switzerland (days common to all cantons)",
		rules: []*rule{
			fixed("ch.neujahr", "Neujahrstag / Nouvel An / Capodanno", "New Year's Day", time.January, 1),
			easter("ch.auffahrt", "Auffahrt / Ascension / Ascensione", "Ascension Day", 39),
			fixed("ch.bundesfeier", "Bundesfeier / Fête nationale / Festa nazionale", "Swiss National Day", time.August, 1).since(1994),
			fixed("ch.weihnachten", "Weihnachten / Noël / Natale", "Christmas Day", time.December, 25),
		},
	}
	for _, k := range cantons {
		c.regions = append(c.regions, regionDef{k.code, k.name, k.nameEN, ""})
		for _, e := range k.days {
			c.rules = append(c.rules, newRule(e.k.id, e.k.names[k.lang], e.k.nameEN, e.k.when).regions(k.code).category(e.cat))
		}
	}
	return withZurichCity(c)
}
