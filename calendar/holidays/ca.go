package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// canada: the general (statutory) holidays of the provinces' and
// territories' employment standards laws, which govern most workplaces,
// and the federal ones (Canada Labour Code s. 166 for federally regulated
// employers; the Treasury Board's designated paid holidays for the federal
// public service).
//
// "CA" holds, as Public, the days that are general holidays in every
// province and territory and federally: New Year's Day, Good Friday, Canada
// Day, Labour Day and Christmas Day (in Quebec Good Friday or Easter Monday
// at the employer's choice, Loi sur les normes du travail art. 60: Good
// Friday here, Easter Monday Optional). The other federal holidays (Easter
// Monday and the Civic Holiday for the federal public service only,
// Victoria Day, the National Day for Truth and Reconciliation from 2021,
// Thanksgiving, Remembrance Day, Boxing Day) apply to part of every
// province, the federal workplaces: Optional in "CA" and so everywhere. A
// province lists its own general holidays as Public with its own IDs, so a
// day that is both (Victoria Day in Ontario) appears twice when Optional
// days are asked for; days that the province's public service or most
// employers observe without a statutory right (Civic Holiday in Ontario,
// Boxing Day in Alberta, Newfoundland and Labrador's government holidays)
// are Optional.
//
// Weekends: the Holidays Act moves Canada Day from a Sunday to 2 July, and
// the provincial acts give a substitute day (or holiday pay) for a general
// holiday that falls on a day the employee does not work; the public
// services and most employers take the next working day, as here, for the
// fixed-date days. Quebec's Fête nationale moves only from a Sunday (Loi
// sur la fête nationale, art. 2).
//
// Sources: Canada Labour Code s. 166; Holidays Act (R.S.C. 1985, c. H-5);
// Bill C-5 (S.C. 2021, c. 11: National Day for Truth and Reconciliation);
// Alberta Employment Standards Code s. 25; B.C. Employment Standards Act s.
// 1 ("statutory holiday", Family Day 2013, third Monday from 2019, National
// Day for Truth and Reconciliation 2023); Manitoba Employment Standards Code
// s. 21 (Louis Riel Day 2008, Truth and Reconciliation 2023); New Brunswick
// Employment Standards Act s. 1 (Family Day 2018); Newfoundland and Labrador
// Labour Standards Act s. 14 and the government's holiday schedule; Nova
// Scotia Labour Standards Code s. 2 (Heritage Day 2015) and Remembrance Day
// Act; Northwest Territories Employment Standards Act s. 24; Nunavut Labour
// Standards Act s. 1; Ontario Employment Standards Act s. 1 (Family Day
// 2008); Prince Edward Island Employment Standards Act s. 1 (Islander Day
// 2009, Truth and Reconciliation 2022); Quebec Loi sur les normes du
// travail art. 60 and Loi sur la fête nationale; Saskatchewan Employment
// Act s. 2-1 (Family Day 2007); Yukon Employment Standards Act s. 1
// (National Indigenous Peoples Day 2017, Truth and Reconciliation 2023);
// the provinces' holiday lists on canada.ca and their government sites.
func canada() *country {
	const (
		ab, bc, mb, nb, nl, ns, nt = "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT"
		nu, on, pe, qc, sk, yt     = "CA-NU", "CA-ON", "CA-PE", "CA-QC", "CA-SK", "CA-YT"
	)
	victoria := onOrBefore("", "", "", time.May, 24, time.Monday).when
	firstMonAug := nthWeekday(time.August, time.Monday, 1)
	thirdMonFeb := nthWeekday(time.February, time.Monday, 3)
	thanksgiving := nthWeekday(time.October, time.Monday, 2)
	afterEaster := func(off int) whenFunc {
		return func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true }
	}
	// day is a provincial holiday with English (and, where given, French)
	// names; fixed-date days move to the next working day.
	day := func(code, id, name, nameEN string, w whenFunc) *rule {
		return newRule(caLower(code)+"."+id, name, nameEN, w).regions(code)
	}
	en := func(code, id, name string, w whenFunc) *rule { return day(code, id, name, name, w) }
	fixedEN := func(code, id, name string, m time.Month, d int) *rule {
		return en(code, id, name, fixedDay(m, d)).subst(nextFree)
	}
	// opt makes a day Optional; it is not moved off a weekend (substitute
	// days are those of full holidays).
	opt := func(r *rule) *rule { return r.category(Optional).subst(noSubst) }

	rules := []*rule{
		// Common to all (see above).
		fixed("ca.new-years-day", "New Year's Day / Jour de l'An", "New Year's Day", time.January, 1).subst(nextFree),
		easter("ca.good-friday", "Good Friday / Vendredi saint", "Good Friday", -2),
		fixed("ca.canada-day", "Canada Day / Fête du Canada", "Canada Day", time.July, 1).subst(nextFree),
		nth("ca.labour-day", "Labour Day / Fête du Travail", "Labour Day", time.September, time.Monday, 1),
		fixed("ca.christmas-day", "Christmas Day / Noël", "Christmas Day", time.December, 25).subst(nextFree),
		// Federal only: Optional everywhere.
		easter("ca.easter-monday", "Easter Monday / Lundi de Pâques (federal public service)", "Easter Monday (federal public service)", 1).category(Optional),
		newRule("ca.victoria-day", "Victoria Day / Fête de la Reine (federal)", "Victoria Day (federal)", victoria).category(Optional),
		newRule("ca.civic-holiday", "Civic Holiday / Congé civique (federal public service)", "Civic Holiday (federal public service)", firstMonAug).category(Optional),
		fixed("ca.truth-and-reconciliation", "National Day for Truth and Reconciliation / Journée nationale de la vérité et de la réconciliation (federal)", "National Day for Truth and Reconciliation (federal)", time.September, 30).since(2021).category(Optional),
		newRule("ca.thanksgiving", "Thanksgiving / Action de grâce (federal)", "Thanksgiving (federal)", thanksgiving).category(Optional),
		fixed("ca.remembrance-day", "Remembrance Day / Jour du Souvenir (federal)", "Remembrance Day (federal)", time.November, 11).category(Optional),
		fixed("ca.boxing-day", "Boxing Day / Lendemain de Noël (federal)", "Boxing Day (federal)", time.December, 26).category(Optional),
		// The funeral of Queen Elizabeth II: a holiday for the federal
		// public service (Prime Minister's statement of 13 September 2022).
		once("ca.national-day-of-mourning", "National Day of Mourning / Jour de deuil national (federal public service)", "National Day of Mourning for Queen Elizabeth II (federal public service)", 2022, time.September, 19).category(Optional),
	}
	// The days several provinces share, by kind.
	familyDay := func(code string, since int) *rule {
		return en(code, "family-day", "Family Day", thirdMonFeb).since(since)
	}
	victoriaDay := func(code string) *rule { return en(code, "victoria-day", "Victoria Day", victoria) }
	thanks := func(code string) *rule { return en(code, "thanksgiving", "Thanksgiving", thanksgiving) }
	remembrance := func(code string) *rule { return fixedEN(code, "remembrance-day", "Remembrance Day", time.November, 11) }
	boxing := func(code string) *rule { return fixedEN(code, "boxing-day", "Boxing Day", time.December, 26) }
	truth := func(code string, since int) *rule {
		return fixedEN(code, "truth-and-reconciliation", "National Day for Truth and Reconciliation", time.September, 30).since(since)
	}
	easterMonday := func(code string) *rule { return opt(en(code, "easter-monday", "Easter Monday", afterEaster(1))) }
	civic := func(code, name string) *rule { return en(code, "civic-holiday", name, firstMonAug) }
	mourning := func(code string) *rule {
		return opt(once(caLower(code)+".national-day-of-mourning", "National Day of Mourning for Queen Elizabeth II", "National Day of Mourning for Queen Elizabeth II", 2022, time.September, 19).regions(code))
	}

	rules = append(rules,
		// Alberta: Employment Standards Code s. 25; Heritage Day, Easter
		// Monday and Boxing Day are optional general holidays.
		familyDay(ab, 1990), victoriaDay(ab), thanks(ab), remembrance(ab),
		easterMonday(ab), opt(civic(ab, "Heritage Day")), opt(boxing(ab)),
		// British Columbia: Family Day the second Monday in February
		// 2013–2018, the third from 2019; B.C. Day; Truth and Reconciliation
		// a statutory holiday from 2023 (the public service's day off in
		// 2021 and 2022).
		en(bc, "family-day", "Family Day", nthWeekday(time.February, time.Monday, 2)).years(2013, 2018),
		familyDay(bc, 2019), victoriaDay(bc), civic(bc, "British Columbia Day"), thanks(bc), remembrance(bc),
		truth(bc, 2023), opt(fixedEN(bc, "truth-and-reconciliation", "National Day for Truth and Reconciliation (public service)", time.September, 30).years(2021, 2022)),
		easterMonday(bc), opt(boxing(bc)), mourning(bc),
		// Manitoba: Louis Riel Day from 2008, Truth and Reconciliation from
		// 2023; Remembrance Day (The Remembrance Day Act), Terry Fox Day
		// (the civic holiday) and Boxing Day are not general holidays.
		en(mb, "louis-riel-day", "Louis Riel Day", thirdMonFeb).since(2008), victoriaDay(mb), thanks(mb), truth(mb, 2023),
		opt(civic(mb, "Terry Fox Day")), opt(remembrance(mb)), opt(boxing(mb)), easterMonday(mb),
		// New Brunswick (bilingual): Family Day from 2018, New Brunswick Day;
		// Victoria Day, Thanksgiving and Boxing Day are prescribed days of
		// rest, not paid public holidays.
		day(nb, "family-day", "Family Day / Fête de la famille", "Family Day", thirdMonFeb).since(2018),
		day(nb, "new-brunswick-day", "New Brunswick Day / Jour du Nouveau-Brunswick", "New Brunswick Day", firstMonAug),
		day(nb, "remembrance-day", "Remembrance Day / Jour du Souvenir", "Remembrance Day", fixedDay(time.November, 11)).subst(nextFree),
		opt(day(nb, "victoria-day", "Victoria Day / Fête de la Reine", "Victoria Day", victoria)),
		opt(day(nb, "thanksgiving", "Thanksgiving / Action de grâce", "Thanksgiving", thanksgiving)),
		opt(day(nb, "boxing-day", "Boxing Day / Lendemain de Noël", "Boxing Day", fixedDay(time.December, 26))),
		easterMonday(nb), mourning(nb),
		// Newfoundland and Labrador: Labour Standards Act s. 14 (1 July is
		// Memorial Day as well as Canada Day); the provincial government's
		// holidays, on the Monday nearest the date, are Optional.
		remembrance(nl),
		opt(en(nl, "st-patricks-day", "St. Patrick's Day", caNearestMonday(time.March, 17))),
		opt(en(nl, "st-georges-day", "St. George's Day", caNearestMonday(time.April, 23))),
		opt(victoriaDay(nl)),
		opt(en(nl, "discovery-day", "Discovery Day", caNearestMonday(time.June, 24))),
		opt(en(nl, "orangemens-day", "Orangemen's Day", caNearestMonday(time.July, 12))),
		opt(thanks(nl)), opt(boxing(nl)), mourning(nl),
		// Nova Scotia: Heritage Day from 2015; Remembrance Day Act;
		// Natal Day, Victoria Day, Thanksgiving and Boxing Day are not
		// general holidays.
		en(ns, "heritage-day", "Heritage Day", thirdMonFeb).since(2015), remembrance(ns),
		opt(civic(ns, "Natal Day")), opt(victoriaDay(ns)), opt(thanks(ns)), opt(boxing(ns)), easterMonday(ns), mourning(ns),
		// Northwest Territories: National Indigenous Peoples Day (National
		// Aboriginal Day until 2016) from 2001, Truth and Reconciliation
		// from 2022.
		victoriaDay(nt),
		fixedEN(nt, "national-indigenous-peoples-day", "National Aboriginal Day", time.June, 21).years(2001, 2016),
		fixedEN(nt, "national-indigenous-peoples-day", "National Indigenous Peoples Day", time.June, 21).since(2017),
		civic(nt, "Civic Holiday"), truth(nt, 2022), thanks(nt), remembrance(nt), opt(boxing(nt)), easterMonday(nt),
		// Nunavut: Nunavut Day (9 July) from 2001, Boxing Day, Truth and
		// Reconciliation from 2022.
		victoriaDay(nu), fixedEN(nu, "nunavut-day", "Nunavut Day", time.July, 9).since(2001),
		civic(nu, "Civic Holiday"), truth(nu, 2022), thanks(nu), remembrance(nu), boxing(nu), easterMonday(nu),
		// Ontario: Family Day from 2008, Boxing Day; the Civic Holiday is
		// not a public holiday under the Act.
		familyDay(on, 2008), victoriaDay(on), thanks(on), boxing(on), opt(civic(on, "Civic Holiday")),
		// Prince Edward Island: Islander Day from 2009, Truth and
		// Reconciliation from 2022, Remembrance Day; Gold Cup Parade Day is
		// Charlottetown's.
		en(pe, "islander-day", "Islander Day", thirdMonFeb).since(2009), truth(pe, 2022), remembrance(pe),
		opt(victoriaDay(pe)), opt(civic(pe, "Civic Holiday")),
		opt(en(pe, "gold-cup-parade-day", "Gold Cup Parade Day (Charlottetown)", nthWeekday(time.August, time.Friday, 3))),
		opt(thanks(pe)), opt(boxing(pe)), easterMonday(pe), mourning(pe),
		// Quebec (French): Loi sur les normes du travail art. 60; the Monday
		// before 25 May was the Fête de Dollard until 2002 and is the
		// Journée nationale des patriotes since 2003 (décret 1322-2002).
		opt(day(qc, "lundi-de-paques", "Lundi de Pâques (au choix de l'employeur, au lieu du Vendredi saint)", "Easter Monday (instead of Good Friday, at the employer's choice)", afterEaster(1))),
		day(qc, "journee-nationale-des-patriotes", "Fête de Dollard", "Dollard Day", victoria).until(2002),
		day(qc, "journee-nationale-des-patriotes", "Journée nationale des patriotes", "National Patriots' Day", victoria).since(2003),
		day(qc, "fete-nationale", "Fête nationale du Québec (Saint-Jean-Baptiste)", "Quebec National Holiday (St John the Baptist Day)", fixedDay(time.June, 24)).subst(sunNextFree),
		day(qc, "action-de-grace", "Action de grâce", "Thanksgiving", thanksgiving),
		// Saskatchewan: Family Day from 2007, Saskatchewan Day.
		familyDay(sk, 2007), victoriaDay(sk), civic(sk, "Saskatchewan Day"), thanks(sk), remembrance(sk),
		opt(boxing(sk)), easterMonday(sk),
		// Yukon: National Indigenous Peoples Day from 2017, Discovery Day
		// (third Monday in August), Truth and Reconciliation from 2023;
		// Heritage Day (the Friday before the last Sunday in February) is
		// the public service's.
		victoriaDay(yt), fixedEN(yt, "national-indigenous-peoples-day", "National Indigenous Peoples Day", time.June, 21).since(2017),
		en(yt, "discovery-day", "Discovery Day", nthWeekday(time.August, time.Monday, 3)), truth(yt, 2023), thanks(yt), remembrance(yt),
		opt(en(yt, "heritage-day", "Heritage Day", func(y int) (date.Date, bool) {
			d, _ := nthWeekday(time.February, time.Sunday, -1)(y)
			return d - 2, true
		})),
		opt(boxing(yt)), easterMonday(yt),
	)
	return &country{
		code: "CA", name: "Canada (jours fériés communs / days common to all provinces and territories)", nameEN: "Canada (days common to all provinces and territories)",
		obsLocal: " (observed)", obsEN: " (observed)",
		regions: []regionDef{
			{ab, "Alberta", "Alberta", ""},
			{bc, "British Columbia", "British Columbia", ""},
			{mb, "Manitoba", "Manitoba", ""},
			{nb, "New Brunswick / Nouveau-Brunswick", "New Brunswick", ""},
			{nl, "Newfoundland and Labrador", "Newfoundland and Labrador", ""},
			{ns, "Nova Scotia", "Nova Scotia", ""},
			{nt, "Northwest Territories", "Northwest Territories", ""},
			{nu, "Nunavut", "Nunavut", ""},
			{on, "Ontario", "Ontario", ""},
			{pe, "Prince Edward Island", "Prince Edward Island", ""},
			{qc, "Québec", "Quebec", ""},
			{sk, "Saskatchewan", "Saskatchewan", ""},
			{yt, "Yukon", "Yukon", ""},
		},
		rules: rules,
	}
}

// caNearestMonday is the Monday nearest month m, day d (the day itself on a
// Monday; the Monday before from a Tuesday to a Thursday, after from a
// Friday to a Sunday): Newfoundland and Labrador's government holidays.
func caNearestMonday(m time.Month, d int) whenFunc {
	return func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		off := [...]int{1, 0, -1, -2, -3, 3, 2}[t.Weekday()] // Sunday … Saturday
		return t + date.Date(off), true
	}
}

// caLower is the ID prefix of a region code: "CA-ON" → "ca-on".
func caLower(code string) string { return usLower(code) }
