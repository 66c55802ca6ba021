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
		rules: []rule{
			fixed("at.neujahr", "Neujahr", "New Year's Day", time.January, 1),
			fixed("at.heilige-drei-koenige", "Heilige Drei Könige", "Epiphany", time.January, 6),
			fixed("at.josef", "Hl. Josef (Landespatron)", "St Joseph's Day", time.March, 19).regions(k, st, t, v).category(Optional),
			easter("at.karfreitag", "Karfreitag", "Good Friday", -2).category(Optional).until(2018),
			easter("at.ostermontag", "Ostermontag", "Easter Monday", 1),
			fixed("at.staatsfeiertag", "Staatsfeiertag", "Labour Day", time.May, 1),
			fixed("at.florian", "Hl. Florian (Landespatron)", "St Florian's Day", time.May, 4).regions(o).category(Optional),
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
			fixed("at.mariae-empfaengnis", "Mariä Empfängnis", "Immaculate Conception", time.December, 8),
			fixed("at.heiliger-abend", "Heiliger Abend", "Christmas Eve", time.December, 24).category(HalfDay),
			fixed("at.christtag", "Christtag", "Christmas Day", time.December, 25),
			fixed("at.stefanitag", "Stefanitag", "St Stephen's Day", time.December, 26),
			fixed("at.silvester", "Silvester", "New Year's Eve", time.December, 31).category(HalfDay),
		},
	}
}

// france: Code du travail L3133-1 (jours fériés) for metropolitan France;
// the Alsace-Moselle local law (Code du travail L3134-13) adds Good Friday
// and 26 December in Moselle (FR-57), Bas-Rhin (FR-67) and Haut-Rhin (FR-68).
// Whit Monday is still a jour férié although it is often the "journée de
// solidarité" worked without pay. Overseas departments' days (abolition of
// slavery) are not included.
func france() *country {
	const mos, br, hr = "FR-57", "FR-67", "FR-68"
	return &country{
		code: "FR", name: "France", nameEN: "France (metropolitan)",
		regions: []regionDef{
			{mos, "Moselle", "Moselle", ""},
			{br, "Bas-Rhin", "Bas-Rhin", ""},
			{hr, "Haut-Rhin", "Haut-Rhin", ""},
		},
		rules: []rule{
			fixed("fr.jour-de-l-an", "Jour de l'an", "New Year's Day", time.January, 1),
			easter("fr.vendredi-saint", "Vendredi saint", "Good Friday", -2).regions(mos, br, hr),
			easter("fr.lundi-de-paques", "Lundi de Pâques", "Easter Monday", 1),
			fixed("fr.fete-du-travail", "Fête du Travail", "Labour Day", time.May, 1),
			fixed("fr.victoire-1945", "Victoire 1945", "Victory in Europe Day", time.May, 8).since(1982),
			easter("fr.ascension", "Ascension", "Ascension Day", 39),
			easter("fr.lundi-de-pentecote", "Lundi de Pentecôte", "Whit Monday", 50),
			fixed("fr.fete-nationale", "Fête nationale", "Bastille Day", time.July, 14),
			fixed("fr.assomption", "Assomption", "Assumption Day", time.August, 15),
			fixed("fr.toussaint", "Toussaint", "All Saints' Day", time.November, 1),
			fixed("fr.armistice", "Armistice 1918", "Armistice Day", time.November, 11),
			fixed("fr.noel", "Noël", "Christmas Day", time.December, 25),
			fixed("fr.saint-etienne", "Saint-Étienne", "St Stephen's Day", time.December, 26).regions(mos, br, hr),
		},
	}
}

// netherlands: Algemene termijnenwet (the days that count as public
// holidays) and the royal decrees on Koningsdag. Bevrijdingsdag (5 May) is a
// national holiday every year but a day off by most collective agreements
// only every fifth year (1995, 2000, …): Public in those years, Optional
// otherwise. Goede Vrijdag is not in the Algemene termijnenwet but is often
// free: Optional.
func netherlands() *country {
	lustrum := func(y int) bool { return y%5 == 0 }
	return &country{
		code: "NL", name: "Nederland", nameEN: "Netherlands",
		rules: []rule{
			fixed("nl.nieuwjaarsdag", "Nieuwjaarsdag", "New Year's Day", time.January, 1),
			easter("nl.goede-vrijdag", "Goede Vrijdag", "Good Friday", -2).category(Optional),
			easter("nl.eerste-paasdag", "Eerste Paasdag", "Easter Sunday", 0),
			easter("nl.tweede-paasdag", "Tweede Paasdag", "Easter Monday", 1),
			// Koninginnedag 30 April (Saturday 29 April when the 30th is a Sunday) until 2013.
			sundayBack("nl.koninginnedag", "Koninginnedag", "Queen's Day", time.April, 30).years(1980, 2013),
			// Koningsdag 27 April (Saturday 26 April when the 27th is a Sunday) since 2014.
			sundayBack("nl.koningsdag", "Koningsdag", "King's Day", time.April, 27).since(2014),
			fixed("nl.bevrijdingsdag", "Bevrijdingsdag", "Liberation Day", time.May, 5).since(1990).onlyIf(lustrum),
			fixed("nl.bevrijdingsdag", "Bevrijdingsdag", "Liberation Day", time.May, 5).since(1990).category(Optional).onlyIf(func(y int) bool { return !lustrum(y) }),
			easter("nl.hemelvaartsdag", "Hemelvaartsdag", "Ascension Day", 39),
			easter("nl.eerste-pinksterdag", "Eerste Pinksterdag", "Whit Sunday", 49),
			easter("nl.tweede-pinksterdag", "Tweede Pinksterdag", "Whit Monday", 50),
			fixed("nl.eerste-kerstdag", "Eerste Kerstdag", "Christmas Day", time.December, 25),
			fixed("nl.tweede-kerstdag", "Tweede Kerstdag", "St Stephen's Day", time.December, 26),
		},
	}
}

// belgium: the ten legal holidays of the royal decree of 18 April 1974
// (names in Dutch / French). A holiday on a Sunday is replaced by a day the
// employer chooses, not by a fixed date, so no substitute days are modelled.
// The community holidays (11 July, 27 September, 15 November) apply only to
// community public services and are not included.
func belgium() *country {
	return &country{
		code: "BE", name: "België / Belgique", nameEN: "Belgium",
		rules: []rule{
			fixed("be.nieuwjaar", "Nieuwjaar / Jour de l'an", "New Year's Day", time.January, 1),
			easter("be.paasmaandag", "Paasmaandag / Lundi de Pâques", "Easter Monday", 1),
			fixed("be.dag-van-de-arbeid", "Dag van de Arbeid / Fête du Travail", "Labour Day", time.May, 1),
			easter("be.hemelvaart", "O.L.H. Hemelvaart / Ascension", "Ascension Day", 39),
			easter("be.pinkstermaandag", "Pinkstermaandag / Lundi de Pentecôte", "Whit Monday", 50),
			fixed("be.nationale-feestdag", "Nationale feestdag / Fête nationale", "National Day", time.July, 21),
			fixed("be.olv-hemelvaart", "O.L.V. Hemelvaart / Assomption", "Assumption Day", time.August, 15),
			fixed("be.allerheiligen", "Allerheiligen / Toussaint", "All Saints' Day", time.November, 1),
			fixed("be.wapenstilstand", "Wapenstilstand / Armistice", "Armistice Day", time.November, 11),
			fixed("be.kerstmis", "Kerstmis / Noël", "Christmas Day", time.December, 25),
		},
	}
}

// luxembourg: Code du travail L.232-2 (names in Luxembourgish). Europe Day
// (9 May) since 2019. A holiday on a Sunday gives a compensatory day off,
// not a fixed date, so no substitute days are modelled.
func luxembourg() *country {
	return &country{
		code: "LU", name: "Lëtzebuerg", nameEN: "Luxembourg",
		rules: []rule{
			fixed("lu.neijoerschdag", "Neijoerschdag", "New Year's Day", time.January, 1),
			easter("lu.ouschtermeindeg", "Ouschterméindeg", "Easter Monday", 1),
			fixed("lu.dag-vun-der-aarbecht", "Dag vun der Aarbecht", "Labour Day", time.May, 1),
			fixed("lu.europadag", "Europadag", "Europe Day", time.May, 9).since(2019),
			easter("lu.christi-himmelfaart", "Christi Himmelfaart", "Ascension Day", 39),
			easter("lu.pengschtmeindeg", "Péngschtméindeg", "Whit Monday", 50),
			fixed("lu.nationalfeierdag", "Nationalfeierdag", "National Day", time.June, 23),
			fixed("lu.leiffraweschdag", "Léiffrawëschdag", "Assumption Day", time.August, 15),
			fixed("lu.allerhellgen", "Allerhellgen", "All Saints' Day", time.November, 1),
			fixed("lu.chreschtdag", "Chrëschtdag", "Christmas Day", time.December, 25),
			fixed("lu.stiefesdag", "Stiefesdag", "St Stephen's Day", time.December, 26),
		},
	}
}
