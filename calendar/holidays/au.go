package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// australia: the public holidays of the states' and territories' Acts —
// ACT Holidays Act 1958, NSW Public Holidays Act 2010, NT Public Holidays
// Act 1981, Qld Holidays Act 1983, SA Holidays Act 1910 (until 2023) and
// Public Holidays Act 2023 (from 2024), Tas Statutory Holidays Act 2000,
// Vic Public Holidays Act 1993, WA Public and Bank Holidays Act 1972 — and
// the days proclaimed under them. "AU" holds the days every state and
// territory shares: New Year's Day, Australia Day (on 26 January everywhere
// since 1994), Good Friday, Easter Monday, Anzac Day, Christmas Day, Boxing
// Day (Proclamation Day in South Australia), and the National Day of
// Mourning for Queen Elizabeth II (22 September 2022).
//
// Weekends: New Year's Day, Australia Day, Christmas Day and Boxing Day on
// a weekend give an additional (Australia Day: a moved) holiday on the next
// weekday everywhere. Anzac Day gives one from a Saturday or a Sunday in WA
// and the ACT, from a Sunday only in Queensland, the NT and (until 2023)
// South Australia, from either in South Australia since the Public Holidays
// Act 2023, and never in NSW, Victoria and Tasmania (ABC News, "Do you get
// an Anzac Day public holiday this Monday?", 22 April 2021). Until 2023 a
// South Australian holiday on a Saturday moved to the Monday instead of
// adding one; the Saturday is listed as for the other states.
//
// Part-day holidays are HalfDay (the hour they start is in the name; a
// calendar closes from it with a HalfDay ClosedFrom): Christmas Eve and
// New Year's Eve from 7 pm to midnight in South Australia since 2012
// (Statutes Amendment (Shop Trading and Holidays) Act 2012, amending the
// Holidays Act 1910; kept by the Public Holidays Act 2023) and in the
// Northern Territory since 2016 (Public Holidays Amendment Act 2016,
// Schedule 2; part days appointed by notice before it are not listed),
// Christmas Eve from 6 pm in Queensland since 2019 (Holidays and Other
// Legislation Amendment Act 2019). Not included: the regional show days and
// local holidays, except Brisbane's Royal Queensland Show day
// ("AU-QLD-BRISBANE", an extension of ISO 3166-2 for the City of
// Brisbane) and Tasmania's Royal Hobart Regatta and Recreation Day, which
// apply to the south and the north of the state (Optional).
func australia() *country {
	const (
		act, nsw, nt, qld, sa, tas, vic, wa = "AU-ACT", "AU-NSW", "AU-NT", "AU-QLD", "AU-SA", "AU-TAS", "AU-VIC", "AU-WA"
		brisbane                            = "AU-QLD-BRISBANE"
	)
	afterEaster := func(off int) whenFunc {
		return func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true }
	}
	mon := func(m time.Month, n int) whenFunc { return nthWeekday(m, time.Monday, n) }
	r := func(code, id, name string, w whenFunc) *rule {
		return newRule(auLower(code)+"."+id, name, name, w).regions(code)
	}
	easterSat := func(code string) *rule { return r(code, "easter-saturday", "Easter Saturday", afterEaster(-1)) }
	easterSun := func(code string) *rule { return r(code, "easter-sunday", "Easter Sunday", afterEaster(0)) }
	labour := func(code string, w whenFunc) *rule { return r(code, "labour-day", "Labour Day", w) }
	// partDay is a part-day public holiday (from the evening): HalfDay,
	// never moved off a weekend.
	partDay := func(code, id, name string, m time.Month, d int) *rule {
		return r(code, id, name, fixedDay(m, d)).category(HalfDay)
	}
	// The sovereign's birthday: Queen's Birthday 1952–2022, King's
	// Birthday from 2023.
	sovereign := func(code string, w whenFunc) []*rule {
		return []*rule{
			r(code, "kings-birthday", "Queen's Birthday", w).until(2022),
			r(code, "kings-birthday", "King's Birthday", w).since(2023),
		}
	}
	// anzac repeats "AU"'s Anzac Day for a state with its own weekend
	// rule (the same holiday, so it is listed once).
	anzac := func(code string, s subst) *rule {
		return fixed("au.anzac-day", "Anzac Day", "Anzac Day", time.April, 25).regions(code).subst(s)
	}
	// waSovereign: the last Monday in September unless the Governor
	// proclaims another day (Public and Bank Holidays Act 1972 s. 8:
	// 28 October 2011 for CHOGM in Perth, 1 October 2012, 23 September
	// 2024).
	waSovereign := func(y int) (date.Date, bool) {
		switch y {
		case 2011:
			return civilDate(y, time.October, 28), true
		case 2012:
			return civilDate(y, time.October, 1), true
		case 2024:
			return civilDate(y, time.September, 23), true
		}
		return nthWeekday(time.September, time.Monday, -1)(y)
	}
	// actFamily: ACT Family and Community Day, the first Tuesday in
	// November 2007–2009 and then the first Monday of the September–October
	// school holidays as declared each year, until Reconciliation Day
	// replaced it (Holidays (Reconciliation Day) Amendment Act 2017).
	actFamily := func(y int) (date.Date, bool) {
		switch {
		case y >= 2007 && y <= 2009:
			d, _ := nthWeekday(time.November, time.Tuesday, 1)(y)
			return d, true
		case y >= 2010 && y <= 2017:
			days := [...]int{27, 10, 8, 30, 29, 28, 26, 25} // 2010 … 2017
			m := time.September
			if y == 2011 || y == 2012 {
				m = time.October
			}
			return civilDate(y, m, days[y-2010]), true
		}
		return 0, false
	}

	rules := []*rule{
		fixed("au.new-years-day", "New Year's Day", "New Year's Day", time.January, 1).subst(nextFree),
		fixed("au.australia-day", "Australia Day", "Australia Day", time.January, 26).subst(nextFree),
		easter("au.good-friday", "Good Friday", "Good Friday", -2),
		easter("au.easter-monday", "Easter Monday", "Easter Monday", 1),
		fixed("au.anzac-day", "Anzac Day", "Anzac Day", time.April, 25),
		once("au.national-day-of-mourning", "National Day of Mourning for Queen Elizabeth II", "National Day of Mourning for Queen Elizabeth II", 2022, time.September, 22),
		fixed("au.christmas-day", "Christmas Day", "Christmas Day", time.December, 25).subst(nextFree),
		fixed("au.boxing-day", "Boxing Day (Proclamation Day in South Australia)", "Boxing Day (Proclamation Day in South Australia)", time.December, 26).subst(nextFree),

		// Australian Capital Territory: Canberra Day, the third Monday in
		// March until 2007 and the second since 2008; Easter Sunday from
		// 2016; Reconciliation Day, the Monday on or after 27 May, from
		// 2018; Labour Day, the first Monday in October.
		r(act, "canberra-day", "Canberra Day", mon(time.March, 3)).until(2007),
		r(act, "canberra-day", "Canberra Day", mon(time.March, 2)).since(2008),
		easterSat(act), easterSun(act).since(2016), anzac(act, nextFree),
		r(act, "reconciliation-day", "Reconciliation Day", onOrAfter("", "", "", time.May, 27, time.Monday).when).since(2018),
		labour(act, mon(time.October, 1)),
		r(act, "family-and-community-day", "Family and Community Day", actFamily).years(2007, 2017),

		// New South Wales: Easter Saturday and Sunday, Labour Day (first
		// Monday in October); the first Monday in August is a bank holiday
		// for banks and financial institutions only (Bank).
		easterSat(nsw), easterSun(nsw),
		r(nsw, "bank-holiday", "Bank Holiday", mon(time.August, 1)).category(Bank),
		labour(nsw, mon(time.October, 1)),

		// Northern Territory: Easter Saturday; Easter Sunday from 2022
		// (declared for 2022 by the Commissioner for Public Employment and
		// listed since); May Day, the first Monday in May; Picnic Day, the
		// first Monday in August.
		easterSat(nt), easterSun(nt).since(2022), anzac(nt, sunNextFree),
		r(nt, "may-day", "May Day", mon(time.May, 1)),
		r(nt, "picnic-day", "Picnic Day", mon(time.August, 1)),
		partDay(nt, "christmas-eve", "Christmas Eve (from 7 pm)", time.December, 24).since(2016),
		partDay(nt, "new-years-eve", "New Year's Eve (from 7 pm)", time.December, 31).since(2016),

		// Queensland: Easter Saturday, Easter Sunday from 2017 (Holidays
		// and Other Legislation Amendment Act 2016); Labour Day, the first
		// Monday in May (the first Monday in October 2013–2015); the
		// sovereign's birthday, the second Monday in June until 2015 and the
		// first Monday in October from 2016 (in 2012 moved to 1 October,
		// with 11 June the Queen's Diamond Jubilee holiday).
		easterSat(qld), easterSun(qld).since(2017), anzac(qld, sunNextFree),
		labour(qld, mon(time.May, 1)).except(2013, 2014, 2015),
		labour(qld, mon(time.October, 1)).years(2013, 2015),
		r(qld, "kings-birthday", "Queen's Birthday", mon(time.June, 2)).until(2015).except(2012),
		r(qld, "kings-birthday", "Queen's Birthday", mon(time.October, 1)).years(2012, 2012),
		r(qld, "kings-birthday", "Queen's Birthday", mon(time.October, 1)).years(2016, 2022),
		r(qld, "kings-birthday", "King's Birthday", mon(time.October, 1)).since(2023),
		partDay(qld, "christmas-eve", "Christmas Eve (from 6 pm)", time.December, 24).since(2019),
		once("au-qld.diamond-jubilee", "Queen's Diamond Jubilee", "Queen's Diamond Jubilee", 2012, time.June, 11).regions(qld),
		// Brisbane: the Royal Queensland Show ("Ekka") day, the Wednesday of
		// the show week: the Wednesday on or after 10 August (the show
		// opens on the first Friday in August that is not before the 5th);
		// moved to Friday 14 August 2020 and Friday 29 October 2021 when
		// the show was cancelled (Industrial Relations, Queensland).
		r(brisbane, "royal-queensland-show", "Royal Queensland Show Day", func(y int) (date.Date, bool) {
			switch y {
			case 2020:
				return civilDate(y, time.August, 14), true
			case 2021:
				return civilDate(y, time.October, 29), true
			}
			return onOrAfter("", "", "", time.August, 10, time.Wednesday).when(y)
		}),

		// South Australia: Adelaide Cup Day, the third Monday in May until
		// 2005 and the second Monday in March since 2006; Easter Saturday;
		// Easter Sunday from 2024; Labour Day, the first Monday in October.
		r(sa, "adelaide-cup-day", "Adelaide Cup Day", mon(time.May, 3)).until(2005),
		r(sa, "adelaide-cup-day", "Adelaide Cup Day", mon(time.March, 2)).since(2006),
		easterSat(sa), easterSun(sa).since(2024),
		anzac(sa, sunNextFree).until(2023), anzac(sa, nextFree).since(2024),
		labour(sa, mon(time.October, 1)),
		partDay(sa, "christmas-eve", "Christmas Eve (from 7 pm)", time.December, 24).since(2012),
		partDay(sa, "new-years-eve", "New Year's Eve (from 7 pm)", time.December, 31).since(2012),

		// Tasmania: Eight Hours Day, the second Monday in March; Easter
		// Tuesday (public service and some awards: Optional); the Royal
		// Hobart Regatta (second Monday in February, the south) and
		// Recreation Day (first Monday in November, the north where the
		// Regatta is not a holiday): Optional.
		r(tas, "eight-hours-day", "Eight Hours Day", mon(time.March, 2)),
		r(tas, "easter-tuesday", "Easter Tuesday", afterEaster(2)).category(Optional),
		r(tas, "royal-hobart-regatta", "Royal Hobart Regatta (southern Tasmania)", mon(time.February, 2)).category(Optional),
		r(tas, "recreation-day", "Recreation Day (northern Tasmania)", mon(time.November, 1)).category(Optional),

		// Victoria: Labour Day, the second Monday in March; Easter Saturday,
		// Easter Sunday from 2016; the Friday before the AFL Grand Final from
		// 2015 (see auGrandFinal); Melbourne Cup Day, the first Tuesday in
		// November (a council may substitute another day for its area).
		labour(vic, mon(time.March, 2)),
		easterSat(vic), easterSun(vic).since(2016),
		auGrandFinal(vic),
		r(vic, "melbourne-cup-day", "Melbourne Cup Day", nthWeekday(time.November, time.Tuesday, 1)),

		// Western Australia: Labour Day, the first Monday in March; Easter
		// Sunday from 2022 (Industrial Relations Legislation Amendment Act
		// 2021); Western Australia Day (Foundation Day until 2011), the first
		// Monday in June.
		labour(wa, mon(time.March, 1)),
		easterSun(wa).since(2022), anzac(wa, nextFree),
		r(wa, "western-australia-day", "Foundation Day", mon(time.June, 1)).until(2011),
		r(wa, "western-australia-day", "Western Australia Day", mon(time.June, 1)).since(2012),
	}
	for _, code := range []string{act, nsw, nt, sa, tas, vic} {
		rules = append(rules, sovereign(code, mon(time.June, 2))...)
	}
	rules = append(rules, sovereign(wa, waSovereign)...)
	return &country{
		code: "AU", name: "Australia (days common to all states and territories)", nameEN: "Australia (days common to all states and territories)",
		obsLocal: " (additional day)", obsEN: " (additional day)",
		regions: []regionDef{
			{act, "Australian Capital Territory", "Australian Capital Territory", ""},
			{nsw, "New South Wales", "New South Wales", ""},
			{nt, "Northern Territory", "Northern Territory", ""},
			{qld, "Queensland", "Queensland", ""},
			{brisbane, "Brisbane (City of Brisbane)", "Brisbane (City of Brisbane)", qld},
			{sa, "South Australia", "South Australia", ""},
			{tas, "Tasmania", "Tasmania", ""},
			{vic, "Victoria", "Victoria", ""},
			{wa, "Western Australia", "Western Australia", ""},
		},
		rules: rules,
	}
}

// auGrandFinalDays are the Fridays before the AFL Grand Final that Victoria
// gazetted (Public Holidays Act 1993 s. 7(1)(b), as amended 2015): the
// Minister declares the day once the AFL fixes the match; 2020 and 2021
// moved with the match.
var auGrandFinalDays = map[int]date.Date{
	2015: civilDate(2015, time.October, 2),
	2016: civilDate(2016, time.September, 30),
	2017: civilDate(2017, time.September, 29),
	2018: civilDate(2018, time.September, 28),
	2019: civilDate(2019, time.September, 27),
	2020: civilDate(2020, time.October, 23),
	2021: civilDate(2021, time.September, 24),
	2022: civilDate(2022, time.September, 23),
	2023: civilDate(2023, time.September, 29),
	2024: civilDate(2024, time.September, 27),
	2025: civilDate(2025, time.September, 26),
}

// auGrandFinal is Victoria's Friday before the AFL Grand Final: the
// gazetted day, and for later years an estimate (the Friday before the last
// Saturday in September, when the Grand Final is usually played), marked
// Estimated.
func auGrandFinal(code string) *rule {
	r := newRule("au-vic.grand-final-friday", "Friday before the AFL Grand Final", "Friday before the AFL Grand Final", nil).regions(code).since(2015)
	r.dates = func(y int, out []dated) []dated {
		if d, ok := auGrandFinalDays[y]; ok {
			return append(out, dated{d: d, src: "Victoria Government Gazette"})
		}
		if y < 2026 {
			return out
		}
		sat, _ := nthWeekday(time.September, time.Saturday, -1)(y)
		return append(out, dated{d: sat - 1, est: true, src: "forecast: the Friday before the last Saturday in September"})
	}
	return r
}

// auLower is the ID prefix of a region code: "AU-NSW" → "au-nsw".
func auLower(code string) string { return usLower(code) }
