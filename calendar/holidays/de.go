package holidays

import "time"

// germany: Feiertagsgesetze of the 16 Länder and the Einigungsvertrag
// (3 October). Sources: the Länder laws (e.g. FTG NRW, BayFTG, SächsSFG,
// BerlFTG, ThürFtG, FTG MV, HFeiertagsG, NFeiertagsG as amended 2018) and
// the Länder ministries' published holiday lists.
//
// "DE-BY-AUGSBURG" is an extension of ISO 3166-2 for the city of Augsburg,
// the only municipality with its own statutory holiday (Hohes Friedensfest,
// 8 August, statutory since 1950).
func germany() *country {
	const (
		bw, by, be, bb, hb, hh, he, mv = "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV"
		ni, nw, rp, sl, sn, st, sh, th = "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH"
		augsburg                       = "DE-BY-AUGSBURG"
	)
	return &country{
		code: "DE", name: "Deutschland", nameEN: "Germany",
		regions: []regionDef{
			{bw, "Baden-Württemberg", "Baden-Württemberg", ""},
			{by, "Bayern", "Bavaria", ""},
			{be, "Berlin", "Berlin", ""},
			{bb, "Brandenburg", "Brandenburg", ""},
			{hb, "Bremen", "Bremen", ""},
			{hh, "Hamburg", "Hamburg", ""},
			{he, "Hessen", "Hesse", ""},
			{mv, "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania", ""},
			{ni, "Niedersachsen", "Lower Saxony", ""},
			{nw, "Nordrhein-Westfalen", "North Rhine-Westphalia", ""},
			{rp, "Rheinland-Pfalz", "Rhineland-Palatinate", ""},
			{sl, "Saarland", "Saarland", ""},
			{sn, "Sachsen", "Saxony", ""},
			{st, "Sachsen-Anhalt", "Saxony-Anhalt", ""},
			{sh, "Schleswig-Holstein", "Schleswig-Holstein", ""},
			{th, "Thüringen", "Thuringia", ""},
			{augsburg, "Augsburg (Stadt)", "Augsburg (city)", by},
		},
		rules: []*rule{
			fixed("de.neujahr", "Neujahr", "New Year's Day", time.January, 1),
			fixed("de.heilige-drei-koenige", "Heilige Drei Könige", "Epiphany", time.January, 6).regions(bw, by),
			fixed("de.heilige-drei-koenige", "Heilige Drei Könige", "Epiphany", time.January, 6).regions(st).since(1991),
			fixed("de.frauentag", "Internationaler Frauentag", "International Women's Day", time.March, 8).regions(be).since(2019),
			fixed("de.frauentag", "Internationaler Frauentag", "International Women's Day", time.March, 8).regions(mv).since(2023),
			easter("de.karfreitag", "Karfreitag", "Good Friday", -2),
			easter("de.ostersonntag", "Ostersonntag", "Easter Sunday", 0).regions(bb),
			easter("de.ostermontag", "Ostermontag", "Easter Monday", 1),
			fixed("de.tag-der-arbeit", "Tag der Arbeit", "Labour Day", time.May, 1),
			once("de.tag-der-befreiung", "Tag der Befreiung", "Liberation Day", 2020, time.May, 8).regions(be),
			once("de.tag-der-befreiung", "Tag der Befreiung", "Liberation Day", 2025, time.May, 8).regions(be),
			easter("de.christi-himmelfahrt", "Christi Himmelfahrt", "Ascension Day", 39),
			easter("de.pfingstsonntag", "Pfingstsonntag", "Whit Sunday", 49).regions(bb),
			easter("de.pfingstmontag", "Pfingstmontag", "Whit Monday", 50),
			easter("de.fronleichnam", "Fronleichnam", "Corpus Christi", 60).regions(bw, by, he, nw, rp, sl),
			// Sachsen and Thüringen: only in some Catholic (Sorbian, Eichsfeld) municipalities.
			easter("de.fronleichnam", "Fronleichnam", "Corpus Christi", 60).regions(sn, th).category(Optional),
			fixed("de.tag-der-deutschen-einheit", "Tag der Deutschen Einheit", "German Unity Day", time.June, 17).years(1954, 1990),
			// Berlin, once: the 75th anniversary of the uprising of 17 June 1953
			// (BerlFTG § 1 as amended by the law of 2024, GVBl. 2024 S. 460;
			// berlin.de: "Im Schuljahr 2027/2028 ist der 17. Juni 2028 ein
			// einmaliger gesetzlicher Feiertag"). It falls on a Saturday.
			once("de.jahrestag-17-juni-1953", "75. Jahrestag des Aufstandes vom 17. Juni 1953", "75th anniversary of the uprising of 17 June 1953", 2028, time.June, 17).regions(be),
			fixed("de.augsburger-friedensfest", "Augsburger Hohes Friedensfest", "Augsburg Peace Festival", time.August, 8).regions(augsburg).since(1950),
			fixed("de.mariae-himmelfahrt", "Mariä Himmelfahrt", "Assumption Day", time.August, 15).regions(sl, augsburg),
			// Bayern: only in municipalities with a Catholic majority (about
			// 1,700 of 2,056, by the 2011 census); Augsburg is one of them.
			fixed("de.mariae-himmelfahrt", "Mariä Himmelfahrt", "Assumption Day", time.August, 15).regions(by).excluding(augsburg).category(Optional),
			fixed("de.weltkindertag", "Weltkindertag", "World Children's Day", time.September, 20).regions(th).since(2019),
			fixed("de.tag-der-deutschen-einheit", "Tag der Deutschen Einheit", "German Unity Day", time.October, 3).since(1990),
			fixed("de.reformationstag", "Reformationstag", "Reformation Day", time.October, 31).regions(bb, mv, sn, st, th).since(1990),
			fixed("de.reformationstag", "Reformationstag", "Reformation Day", time.October, 31).regions(hb, hh, ni, sh).since(2018),
			// 500th anniversary of the Reformation: nationwide once.
			fixed("de.reformationstag", "Reformationstag", "Reformation Day", time.October, 31).only(2017),
			fixed("de.allerheiligen", "Allerheiligen", "All Saints' Day", time.November, 1).regions(bw, by, nw, rp, sl),
			// The Wednesday before 23 November (16–22 November): nationwide
			// until 1994 (abolished to fund the care insurance), Sachsen kept it.
			onOrBefore("de.buss-und-bettag", "Buß- und Bettag", "Repentance and Prayer Day", time.November, 22, time.Wednesday).until(1994),
			onOrBefore("de.buss-und-bettag", "Buß- und Bettag", "Repentance and Prayer Day", time.November, 22, time.Wednesday).regions(sn),
			fixed("de.heiligabend", "Heiligabend", "Christmas Eve", time.December, 24).category(HalfDay),
			fixed("de.weihnachtstag-1", "1. Weihnachtstag", "Christmas Day", time.December, 25),
			fixed("de.weihnachtstag-2", "2. Weihnachtstag", "St Stephen's Day", time.December, 26),
			fixed("de.silvester", "Silvester", "New Year's Eve", time.December, 31).category(HalfDay),
		},
	}
}
