package holidays

import "time"

// austria: Arbeitsruhegesetz (ARG) § 7 and the Feiertagsruhegesetz 1957.
// Karfreitag was a holiday only for members of the Protestant, Old Catholic
// and Methodist churches until 2018 (Optional); the ARG amendment of 2019
// abolished it. The state patron days (Landespatrone) are not statutory for
// everyone — schools and much of the public service close — so they are
// Optional, as is Carinthia's 10 October. Heiliger Abend and Silvester are
// half days by most collective agreements (HalfDay).
func austria() *country {
	const b, k, n, o, s, st, t, v, w = "AT-1", "AT-2", "AT-3", "AT-4", "AT-5", "AT-6", "AT-7", "AT-8", "AT-9"
	return &country{
		code: "AT", name: "Österreich", nameEN: "Austria",
		regions: []regionDef{
			{b, "Burgenland", "Burgenland", ""},
			{k, "Kärnten", "Carinthia", ""},
			{n, "Niederösterreich", "Lower Austria", ""},
			{o, "Oberösterreich", "Upper Austria", ""},
			{s, "Salzburg", "Salzburg", ""},
			{st, "Steiermark", "Styria", ""},
			{t, "Tirol", "Tyrol", ""},
			{v, "Vorarlberg", "Vorarlberg", ""},
			{w, "Wien", "Vienna", ""},
		},
		rules: []*rule{
			fixed("at.neujahr", "Neujahr", "New Year's Day", time.January, 1),
			fixed("at.heilige-drei-koenige", "Heilige Drei Könige", "Epiphany", time.January, 6),
			fixed("at.josef", "Hl. Josef (Landespatron)", "St Joseph's Day", time.March, 19).regions(k, st, t, v).category(Optional),
			easter("at.karfreitag", "Karfreitag", "Good Friday", -2).category(Optional).until(2018),
			easter("at.ostermontag", "Ostermontag", "Easter Monday", 1),
			fixed("at.staatsfeiertag", "Staatsfeiertag", "Labour Day", time.May, 1),
			fixed("at.florian", "Hl. Florian (Landespatron)", "St Florian's Day", time.May, 4).regions(o).category(Optional).since(2004),
			easter("at.christi-himmelfahrt", "Christi Himmelfahrt", "Ascension Day", 39),
			easter("at.pfingstmontag", "Pfingstmontag", "Whit Monday", 50),
			easter("at.fronleichnam", "Fronleichnam", "Corpus Christi", 60),
			fixed("at.mariae-himmelfahrt", "Mariä Himmelfahrt", "Assumption Day", time.August, 15),
			fixed("at.rupert", "Hl. Rupert (Landespatron)", "St Rupert's Day", time.September, 24).regions(s).category(Optional),
			fixed("at.volksabstimmung", "Tag der Volksabstimmung", "Plebiscite Day", time.October, 10).regions(k).category(Optional),
			fixed("at.nationalfeiertag", "Nationalfeiertag", "National Day", time.October, 26).since(1967),
			fixed("at.allerheiligen", "Allerheiligen", "All Saints' Day", time.November, 1),
			fixed("at.martin", "Hl. Martin (Landespatron)", "St Martin's Day", time.November, 11).regions(b).category(Optional),
			fixed("at.leopold", "Hl. Leopold (Landespatron)", "St Leopold's Day", time.November, 15).regions(n, w).category(Optional),
			// Upper Austria's patron day was St Leopold's until St Florian was made patron in 2004.
			fixed("at.leopold", "Hl. Leopold (Landespatron)", "St Leopold's Day", time.November, 15).regions(o).category(Optional).until(2003),
			fixed("at.mariae-empfaengnis", "Mariä Empfängnis", "Immaculate Conception", time.December, 8),
			fixed("at.heiliger-abend", "Heiliger Abend", "Christmas Eve", time.December, 24).category(HalfDay),
			fixed("at.christtag", "Christtag", "Christmas Day", time.December, 25),
			fixed("at.stefanitag", "Stefanitag", "St Stephen's Day", time.December, 26),
			fixed("at.silvester", "Silvester", "New Year's Eve", time.December, 31).category(HalfDay),
		},
	}
}
