package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// US subdivisions: the 50 states, the District of Columbia's own holidays
// and the outlying areas (ISO 3166-2:US codes US-AS, US-GU, US-MP, US-PR,
// US-UM, US-VI).
//
// A subdivision holds the federal legal public holidays (5 U.S.C. § 6103,
// inherited from "US", as in every country of this package: a subdivision
// includes its country) plus the subdivision's own legal holidays as its
// statute lists them. A federal holiday a state does not give its own
// employees (Columbus Day in Texas or California, Washington's Birthday in
// Georgia) stays listed: federal offices, courts and the Federal Reserve
// banks in the state close on it. Where a state names a federal day
// differently (Indigenous Peoples' Day, Robert E. Lee's Birthday beside
// Martin Luther King Jr.'s) the state's name is a second holiday on the same
// date with the state's ID.
//
// Categories: a state holiday on which state offices close is Public; a
// legal holiday on which state offices stay open (Texas's "partial
// staffing" holidays, Lincoln's Birthday in New York and New Jersey), an
// optional holiday an employee may take instead of another (Texas), or a
// day limited to some counties (Evacuation Day in Suffolk County,
// Massachusetts) is Optional; a closure from noon is HalfDay.
//
// Weekends: each state's own rule moves only its own holidays (Saturday →
// Friday and Sunday → Monday in most states; Sunday → Monday only in
// California, New York and Puerto Rico; not at all in Texas and
// Wisconsin). Where a state keeps a federal holiday on another day than
// the federal one, that day is the state's own (Rhode Island's Monday
// after a Saturday holiday, New Jersey's and Utah's Juneteenth). Where the observed day is another holiday already (a federal
// one or one of the state's), no further day is given; a state holiday that
// falls on the day a federal holiday is observed is not listed again
// (Texas's 24 December when it is the federal Christmas Day observed), for
// the same reason. Christmas Eve, the day after Christmas and New Year's
// Eve follow the states' own practice instead (usChristmasEve).
//
// Dates the governor designates each year are modelled by the rule the
// designations have followed (Georgia's and Indiana's Washington's
// Birthday beside Christmas, Kentucky's extra days); the sources are given
// per state. Texas's optional Rosh Hashanah (two days, 1 and 2 Tishri, as
// the Comptroller's holiday schedules list it) and Yom Kippur (10 Tishri)
// come from the Hebrew calendar (hebrew.go); a Jewish day begins at the
// sundown before, which a table of dates does not show.

// US-DC-DISTRICT is an extension code: the District of Columbia's own
// holidays (D.C. Code § 1-612.02 for District employees, § 28-2701 as the
// District's legal holidays), beside "US-DC", the federal workforce in the
// Washington area, which it includes.
const usDistrict = "US-DC-DISTRICT"

var usSubdivisionRegions = []regionDef{
	{"US-AL", "Alabama", "Alabama", ""},
	{"US-AK", "Alaska", "Alaska", ""},
	{"US-AZ", "Arizona", "Arizona", ""},
	{"US-AR", "Arkansas", "Arkansas", ""},
	{"US-CA", "California", "California", ""},
	{"US-CO", "Colorado", "Colorado", ""},
	{"US-CT", "Connecticut", "Connecticut", ""},
	{"US-DE", "Delaware", "Delaware", ""},
	{"US-FL", "Florida", "Florida", ""},
	{"US-GA", "Georgia", "Georgia", ""},
	{"US-HI", "Hawaii", "Hawaii", ""},
	{"US-ID", "Idaho", "Idaho", ""},
	{"US-IL", "Illinois", "Illinois", ""},
	{"US-IN", "Indiana", "Indiana", ""},
	{"US-IA", "Iowa", "Iowa", ""},
	{"US-KS", "Kansas", "Kansas", ""},
	{"US-KY", "Kentucky", "Kentucky", ""},
	{"US-LA", "Louisiana", "Louisiana", ""},
	{"US-ME", "Maine", "Maine", ""},
	{"US-MD", "Maryland", "Maryland", ""},
	{"US-MA", "Massachusetts", "Massachusetts", ""},
	{"US-MI", "Michigan", "Michigan", ""},
	{"US-MN", "Minnesota", "Minnesota", ""},
	{"US-MS", "Mississippi", "Mississippi", ""},
	{"US-MO", "Missouri", "Missouri", ""},
	{"US-MT", "Montana", "Montana", ""},
	{"US-NE", "Nebraska", "Nebraska", ""},
	{"US-NV", "Nevada", "Nevada", ""},
	{"US-NH", "New Hampshire", "New Hampshire", ""},
	{"US-NJ", "New Jersey", "New Jersey", ""},
	{"US-NM", "New Mexico", "New Mexico", ""},
	{"US-NY", "New York", "New York", ""},
	{"US-NC", "North Carolina", "North Carolina", ""},
	{"US-ND", "North Dakota", "North Dakota", ""},
	{"US-OH", "Ohio", "Ohio", ""},
	{"US-OK", "Oklahoma", "Oklahoma", ""},
	{"US-OR", "Oregon", "Oregon", ""},
	{"US-PA", "Pennsylvania", "Pennsylvania", ""},
	{"US-RI", "Rhode Island", "Rhode Island", ""},
	{"US-SC", "South Carolina", "South Carolina", ""},
	{"US-SD", "South Dakota", "South Dakota", ""},
	{"US-TN", "Tennessee", "Tennessee", ""},
	{"US-TX", "Texas", "Texas", ""},
	{"US-UT", "Utah", "Utah", ""},
	{"US-VT", "Vermont", "Vermont", ""},
	{"US-VA", "Virginia", "Virginia", ""},
	{"US-WA", "Washington", "Washington", ""},
	{"US-WV", "West Virginia", "West Virginia", ""},
	{"US-WI", "Wisconsin", "Wisconsin", ""},
	{"US-WY", "Wyoming", "Wyoming", ""},
	{usDistrict, "District of Columbia (District government)", "District of Columbia (District government)", "US-DC"},
	{"US-AS", "American Samoa", "American Samoa", ""},
	{"US-GU", "Guam", "Guam", ""},
	{"US-MP", "Northern Mariana Islands", "Northern Mariana Islands", ""},
	{"US-PR", "Puerto Rico", "Puerto Rico", ""},
	{"US-UM", "United States Minor Outlying Islands", "United States Minor Outlying Islands", ""},
	{"US-VI", "Virgin Islands of the United States", "Virgin Islands of the United States", ""},
}

// withUSSubdivisions adds the states, the District and the outlying areas
// to the federal table c (unitedStates).
func withUSSubdivisions(c *country) *country {
	c.regions = append(c.regions, usSubdivisionRegions...)
	c.rules = append(c.rules, usSubdivisionRules()...)
	return c
}

// usObs is a state's rule for its own holidays falling on a weekend.
type usObs uint8

const (
	usNoObs        usObs = iota // not moved
	usSunMon                    // Sunday → Monday; a Saturday holiday is not moved
	usSatFriSunMon              // Saturday → Friday, Sunday → Monday
)

// usFederalSubstitute reports whether d is the weekday on which a federal
// holiday that fell on a weekend is observed (5 U.S.C. § 6103(b), E.O.
// 11582: Saturday → Friday, Sunday → Monday): 1 January, 19 June (from
// 2021), 4 July, 11 November (from 1978), 25 December.
func usFederalSubstitute(d date.Date) bool {
	y, m, dd := civilYMD(d)
	wd := d.Weekday()
	if wd != time.Friday && wd != time.Monday {
		return false
	}
	moved := func(day int) bool { // the observed day of a holiday on day
		return (wd == time.Friday && dd == day-1) || (wd == time.Monday && dd == day+1)
	}
	switch m {
	case time.January:
		return moved(1)
	case time.June:
		return y >= 2021 && moved(19)
	case time.July:
		return moved(4)
	case time.November:
		return y >= 1978 && moved(11)
	case time.December:
		return moved(25) || (wd == time.Friday && dd == 31) // 1 January of y+1 on a Saturday
	}
	return false
}

// usFederalDay reports whether d is a federal legal public holiday or the
// day one is observed: the Public days of "US" (unitedStates), which
// TestUSFederalDayAgrees checks day by day. It works on the month and day
// alone, being called for every state rule of every expanded year.
func usFederalDay(d date.Date) bool {
	if usFederalSubstitute(d) {
		return true
	}
	y, m, dd := civilYMD(d)
	wd := d.Weekday()
	nthMon := func(n int) bool { return wd == time.Monday && dd > 7*(n-1) && dd <= 7*n }
	switch m {
	case time.January:
		return dd == 1 || (y >= 1986 && nthMon(3))
	case time.February:
		return (y >= 1885 && y <= 1970 && dd == 22) || (y >= 1971 && nthMon(3))
	case time.May:
		return (y >= 1888 && y <= 1970 && dd == 30) || (y >= 1971 && wd == time.Monday && dd >= 25)
	case time.June:
		return y >= 2021 && dd == 19
	case time.July:
		return dd == 4
	case time.September:
		return nthMon(1)
	case time.October:
		return (y >= 1937 && y <= 1970 && dd == 12) || (y >= 1971 && nthMon(2)) || (y >= 1971 && y <= 1977 && nthMon(4))
	case time.November:
		return (y >= 1938 && y <= 1970 && dd == 11) || (y >= 1978 && dd == 11) || (wd == time.Thursday && dd >= 22 && dd <= 28)
	case time.December:
		return dd == 25
	}
	return false
}

// civilYMD splits d into its proleptic Gregorian year, month and day
// (civil-from-days, H. Hinnant; the arithmetic of yearOf).
func civilYMD(d date.Date) (int, time.Month, int) {
	z := int64(d) - date.ZeroOffset + 719468
	era := floorDiv64(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return int(y), time.Month(m), int(day)
}

// usObserved is the weekday a holiday on h is observed on under obs, or h
// itself (on a weekday, or when obs does not move it).
func usObserved(h date.Date, obs usObs) date.Date {
	switch wd := h.Weekday(); {
	case wd == time.Saturday && obs == usSatFriSunMon:
		return h - 1
	case wd == time.Sunday && (obs == usSunMon || obs == usSatFriSunMon):
		return h + 1
	}
	return h
}

// usStateObserved is usObserved for a state holiday; when the observed day
// is a federal holiday (or the day one is observed) or, by busy, another
// holiday of the state, it is h: no other day is given, the day being a
// holiday already (West Virginia Day on Saturday 20 June 2026 and
// Juneteenth on Friday the 19th).
func usStateObserved(h date.Date, obs usObs, busy func(date.Date) bool) date.Date {
	o := usObserved(h, obs)
	if o != h && (usFederalDay(o) || (busy != nil && busy(o))) {
		return h
	}
	return o
}

// usState returns the rules of a state holiday on the dates w gives, moved
// off weekends by obs: the day itself (not listed when it is the day a
// federal holiday is observed, see above) and, when it is moved, the
// observed day.
func usState(id, name string, w whenFunc, obs usObs) []*rule {
	return usStateBusy(id, name, w, obs, nil)
}

// usStateBusy is usState for a holiday whose observed day must also avoid
// the state's other holidays (busy).
func usStateBusy(id, name string, w whenFunc, obs usObs, busy func(date.Date) bool) []*rule {
	base := newRule(id, name, name, func(y int) (date.Date, bool) {
		d, ok := w(y)
		if !ok || usFederalSubstitute(d) {
			return 0, false
		}
		return d, true
	})
	if obs == usNoObs {
		return []*rule{base}
	}
	moved := newRule(id, name+" (observed)", name+" (observed)", func(y int) (date.Date, bool) {
		d, ok := w(y)
		if !ok {
			return 0, false
		}
		o := usStateObserved(d, obs, busy)
		return o, o != d
	}).replacing()
	return []*rule{base, moved}
}

// usGoodFriday reports whether d is Good Friday (for usStateBusy).
func usGoodFriday(d date.Date) bool { return d == Easter(yearOf(d))-2 }

func usThanksgiving(y int) date.Date {
	d, _ := nthWeekday(time.November, time.Thursday, 4)(y)
	return d
}

// usFixedDay is month m, day d.
func usFixedDay(m time.Month, d int) whenFunc { return fixedDay(m, d) }

// usDayAfterThanksgiving is the Friday after the fourth Thursday in November.
func usDayAfterThanksgiving(y int) (date.Date, bool) { return usThanksgiving(y) + 1, true }

// usElectionDay is the Tuesday after the first Monday in November.
func usElectionDay(y int) (date.Date, bool) { return usTuesdayAfterFirstMonday(y, time.November), true }

// usTuesdayAfterFirstMonday is the Tuesday after the first Monday of month m.
func usTuesdayAfterFirstMonday(y int, m time.Month) date.Date {
	d, _ := nthWeekday(m, time.Monday, 1)(y)
	return d + 1
}

func usEven(y int) bool { return y%2 == 0 }

// usObservedChristmas is the day the federal Christmas Day of year y is
// observed on.
func usObservedChristmas(y int) date.Date {
	return usObserved(civilDate(y, time.December, 25), usSatFriSunMon)
}

// usChristmasEve is a state's Christmas Eve holiday: 24 December, observed
// on the weekday before the day Christmas Day is observed (Thursday 23
// December when Christmas is a Saturday, Friday 22 December when it is a
// Monday). This is the rule of Arkansas's statute and the practice of
// Kentucky, Michigan, North Carolina and South Carolina.
func usChristmasEve(id, name string) []*rule {
	return usBefore(id, name, time.December, 24, func(y int) date.Date { return usObservedChristmas(y) })
}

// usNewYearsEve is a state's New Year's Eve holiday, observed on the
// weekday before the day the next New Year's Day is observed (Kentucky,
// Michigan).
func usNewYearsEve(id, name string) []*rule {
	return usBefore(id, name, time.December, 31, func(y int) date.Date {
		return usObserved(civilDate(y+1, time.January, 1), usSatFriSunMon)
	})
}

// usBefore is a holiday on month m, day d observed on the weekday before the
// day next(y) (a federal holiday observed the day after).
func usBefore(id, name string, m time.Month, d int, next func(y int) date.Date) []*rule {
	base := newRule(id, name, name, func(y int) (date.Date, bool) {
		h := civilDate(y, m, d)
		return h, !usFederalDay(h)
	})
	moved := newRule(id, name+" (observed)", name+" (observed)", func(y int) (date.Date, bool) {
		h := civilDate(y, m, d)
		o := next(y) - 1
		for isWeekend(o) {
			o--
		}
		return o, o != h
	}).replacing()
	return []*rule{base, moved}
}

// usDayAfterChristmas is a state's day after Christmas, observed on the
// weekday after the day Christmas Day is observed (North Carolina's third
// Christmas day, South Carolina's 26 December).
func usDayAfterChristmas(id, name string) []*rule {
	base := newRule(id, name, name, func(y int) (date.Date, bool) {
		h := civilDate(y, time.December, 26)
		return h, !usFederalDay(h)
	})
	moved := newRule(id, name+" (observed)", name+" (observed)", func(y int) (date.Date, bool) {
		h := civilDate(y, time.December, 26)
		o := usObservedChristmas(y) + 1
		for isWeekend(o) {
			o++
		}
		return o, o != h
	}).replacing()
	return []*rule{base, moved}
}

// usWashingtonAtChristmas is Washington's Birthday as Georgia and Indiana
// observe it, beside Christmas: the day the governor designates has
// followed the weekday of Christmas Day (Sunday: Friday 23; Monday: Tuesday
// 26; Tuesday, Wednesday, Friday: the day before; Thursday: Friday 26;
// Saturday: Thursday 23).
func usWashingtonAtChristmas(y int) (date.Date, bool) {
	c := civilDate(y, time.December, 25)
	off := [...]int{-2, +1, -1, -1, +1, -1, -2}[c.Weekday()]
	return c + date.Date(off), true
}

func usRule(id, name string, w whenFunc) *rule { return newRule(id, name, name, w) }

// usSaturdayToMonday is the Monday on which a state observes its holiday on
// month m, day d when that day is a Saturday (Rhode Island), a substitute
// day beside the federal Friday.
func usSaturdayToMonday(id, name string, m time.Month, d int) *rule {
	return usRule(id, name, func(y int) (date.Date, bool) {
		h := civilDate(y, m, d)
		return h + 2, h.Weekday() == time.Saturday
	}).replacing()
}

func usRules(rs ...[]*rule) []*rule {
	var out []*rule
	for _, r := range rs {
		out = append(out, r...)
	}
	return out
}

func usIn(code string, rs ...*rule) []*rule {
	for i := range rs {
		rs[i] = rs[i].regions(code)
	}
	return rs
}

func usMon(m time.Month, n int) whenFunc { return nthWeekday(m, time.Monday, n) }

func usAfterEaster(off int) whenFunc {
	return func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true }
}

// usSubdivisionRules is the table of state, District and outlying-area
// holidays. Each block cites the statute it follows.
func usSubdivisionRules() []*rule {
	const (
		al, ak, az, ar, ca, co, ct, de, fl, ga = "US-AL", "US-AK", "US-AZ", "US-AR", "US-CA", "US-CO", "US-CT", "US-DE", "US-FL", "US-GA"
		hi, il, in_, ia, ky, la, me, md, ma    = "US-HI", "US-IL", "US-IN", "US-IA", "US-KY", "US-LA", "US-ME", "US-MD", "US-MA"
		mi, mn, ms, mo, mt, ne, nv, nh, nj, nm = "US-MI", "US-MN", "US-MS", "US-MO", "US-MT", "US-NE", "US-NV", "US-NH", "US-NJ", "US-NM"
		ny, nc, nd, ok, pa, ri, sc, sd, tn, tx = "US-NY", "US-NC", "US-ND", "US-OK", "US-PA", "US-RI", "US-SC", "US-SD", "US-TN", "US-TX"
		ut, vt, va, wa, wv, wi                 = "US-UT", "US-VT", "US-VA", "US-WA", "US-WV", "US-WI"
		as, gu, mp, pr, vi                     = "US-AS", "US-GU", "US-MP", "US-PR", "US-VI"
	)
	goodFriday := func(code string) []*rule {
		return usIn(code, usRule(usLower(code)+".good-friday", "Good Friday", usAfterEaster(-2)))
	}
	dayAfterThanksgiving := func(code, name string) *rule {
		return usRule(usLower(code)+".day-after-thanksgiving", name, usDayAfterThanksgiving).regions(code)
	}
	return usRules(
		// Alabama: Code of Ala. § 1-3-8. The third Monday in January is
		// "Robert E. Lee/Martin Luther King Birthday"; Mardi Gras is a
		// holiday in Baldwin and Mobile counties only.
		usIn(al,
			usRule("us-al.robert-e-lee-birthday", "Robert E. Lee's Birthday", usMon(time.January, 3)).since(1986),
			usRule("us-al.mardi-gras", "Mardi Gras (Baldwin and Mobile counties)", usAfterEaster(-47)).category(Optional),
			usRule("us-al.confederate-memorial-day", "Confederate Memorial Day", usMon(time.April, 4)),
			usRule("us-al.jefferson-davis-birthday", "Jefferson Davis' Birthday", usMon(time.June, 1)),
		),
		// Alaska: AS 44.12.010 (Seward's Day, the last Monday in March;
		// Alaska Day, 18 October) and AS 44.12.020 (Saturday → Friday,
		// Sunday → Monday).
		usIn(ak, usRule("us-ak.sewards-day", "Seward's Day", usMon(time.March, -1))),
		usIn(ak, usState("us-ak.alaska-day", "Alaska Day", usFixedDay(time.October, 18), usSatFriSunMon)...),
		// Arkansas: A.C.A. § 1-5-101: Robert E. Lee's Birthday shared the
		// third Monday in January until Act 561 of 2017 (first without it:
		// 2018); Christmas Eve (see usChristmasEve; 2021: Thursday 23).
		usIn(ar, usRule("us-ar.robert-e-lee-birthday", "Robert E. Lee's Birthday", usMon(time.January, 3)).years(1986, 2017)),
		usIn(ar, usChristmasEve("us-ar.christmas-eve", "Christmas Eve")...),
		// California: Gov. Code § 6700; Sunday → Monday, a Saturday holiday
		// is not moved. Lincoln Day (12 February) stays a legal holiday but
		// has not been a paid state holiday since the 2009 budget (last
		// observed 2009); Cesar Chavez Day from 2001 (SB 984, 2000); Native
		// American Day (fourth Friday in September, 1998) is a legal
		// holiday on which state offices are open. Good Friday from noon to
		// 3 p.m. is not modelled.
		usUntil(2009, usIn(ca, usState("us-ca.lincoln-day", "Lincoln Day", usFixedDay(time.February, 12), usSunMon)...)),
		usSince(2010, usOptional(usIn(ca, usState("us-ca.lincoln-day", "Lincoln Day", usFixedDay(time.February, 12), usSunMon)...))),
		usSince(2001, usIn(ca, usState("us-ca.cesar-chavez-day", "Cesar Chavez Day", usFixedDay(time.March, 31), usSunMon)...)),
		usIn(ca,
			usRule("us-ca.native-american-day", "Native American Day", nthWeekday(time.September, time.Friday, 4)).since(1998).category(Optional),
			dayAfterThanksgiving(ca, "Day after Thanksgiving"),
		),
		// Colorado: C.R.S. 24-11-101: Frances Xavier Cabrini Day, the first
		// Monday in October, replaced Columbus Day from 2020 (HB 20-1031);
		// Cesar Chavez Day (31 March) is a commemorative legal holiday,
		// state offices open.
		usIn(co,
			usRule("us-co.cabrini-day", "Frances Xavier Cabrini Day", usMon(time.October, 1)).since(2020),
			usRule("us-co.cesar-chavez-day", "Cesar Chavez Day", usFixedDay(time.March, 31)).since(2003).category(Optional),
		),
		// Connecticut: C.G.S. § 1-4 (Lincoln Day, Good Friday; Saturday →
		// Friday, Sunday → Monday).
		usIn(ct, usState("us-ct.lincoln-day", "Lincoln Day", usFixedDay(time.February, 12), usSatFriSunMon)...),
		goodFriday(ct),
		// Delaware: 1 Del. C. § 501: Good Friday, the Friday after
		// Thanksgiving, the biennial general election day and, in Sussex
		// County from noon, Return Day two days later.
		goodFriday(de),
		usIn(de,
			dayAfterThanksgiving(de, "Day after Thanksgiving"),
			usRule("us-de.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
			usRule("us-de.return-day", "Return Day (Sussex County, from noon)", func(y int) (date.Date, bool) {
				d, _ := usElectionDay(y)
				return d + 2, true
			}).onlyIf(usEven).category(HalfDay),
		),
		// Florida: Fla. Stat. § 110.117(1): the Friday after Thanksgiving.
		usIn(fl, dayAfterThanksgiving(fl, "Friday after Thanksgiving")),
		// Georgia: O.C.G.A. § 1-4-1; the governor designates the days each
		// year (georgia.gov "State of Georgia Holiday Schedule"). The two
		// unnamed "state holidays" (Confederate Memorial Day and Robert E.
		// Lee's Birthday until 2015) are the fourth Monday in April (Good
		// Friday since 2020) and the Friday after Thanksgiving;
		// Washington's Birthday is observed beside Christmas.
		usIn(ga,
			usRule("us-ga.state-holiday-april", "Confederate Memorial Day", usMon(time.April, 4)).until(2015),
			usRule("us-ga.state-holiday-april", "State Holiday", usMon(time.April, 4)).years(2016, 2019),
			usRule("us-ga.state-holiday-april", "State Holiday", usAfterEaster(-2)).since(2020),
			usRule("us-ga.state-holiday-november", "Robert E. Lee's Birthday", usDayAfterThanksgiving).until(2015),
			usRule("us-ga.state-holiday-november", "State Holiday", usDayAfterThanksgiving).since(2016),
			usRule("us-ga.washingtons-birthday", "Washington's Birthday (observed)", usWashingtonAtChristmas),
		),
		// Hawaii: HRS § 8-1 (Saturday → Friday, Sunday → Monday): Prince
		// Jonah Kuhio Kalanianaole Day, Good Friday, King Kamehameha I Day,
		// Statehood Day (third Friday in August), general election day in
		// usEven years.
		usIn(hi, usStateBusy("us-hi.kuhio-day", "Prince Jonah Kuhio Kalanianaole Day", usFixedDay(time.March, 26), usSatFriSunMon, usGoodFriday)...),
		goodFriday(hi),
		usIn(hi, usState("us-hi.kamehameha-day", "King Kamehameha I Day", usFixedDay(time.June, 11), usSatFriSunMon)...),
		usIn(hi,
			usRule("us-hi.statehood-day", "Statehood Day", nthWeekday(time.August, time.Friday, 3)),
			usRule("us-hi.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
		),
		// Illinois: 5 ILCS 490 (Lincoln's Birthday; Casimir Pulaski Day, the
		// first Monday in March, 5 ILCS 490/15). The general election was a
		// state holiday in 2020 and 2022 by P.A. 101-0642 and P.A.
		// 102-1075, and is listed by CMS for the later general elections.
		usIn(il, usState("us-il.lincolns-birthday", "Lincoln's Birthday", usFixedDay(time.February, 12), usSatFriSunMon)...),
		usIn(il,
			usRule("us-il.casimir-pulaski-day", "Casimir Pulaski Day", usMon(time.March, 1)),
			usRule("us-il.election-day", "General Election Day", usElectionDay).onlyIf(usEven).since(2020),
		),
		// Indiana: IC 1-1-9-1 and the State Personnel Department's yearly
		// schedule (in.gov/spd): Good Friday, primary and general election
		// days (usEven years until 2014, every year since 2015), Lincoln's
		// Birthday observed the Friday after Thanksgiving, Washington's
		// Birthday beside Christmas.
		goodFriday(in_),
		usIn(in_,
			usRule("us-in.primary-election-day", "Primary Election Day", func(y int) (date.Date, bool) {
				return usTuesdayAfterFirstMonday(y, time.May), y >= 2015 || usEven(y)
			}).since(2006),
			usRule("us-in.election-day", "General Election Day", func(y int) (date.Date, bool) {
				d, _ := usElectionDay(y)
				return d, y >= 2015 || usEven(y)
			}).since(2006),
			usRule("us-in.lincolns-birthday", "Lincoln's Birthday (observed)", usDayAfterThanksgiving).since(2010),
			usRule("us-in.washingtons-birthday", "Washington's Birthday (observed)", usWashingtonAtChristmas),
		),
		// Iowa: Iowa Code § 1C.2 (paid holidays: the Friday after
		// Thanksgiving); Lincoln's Birthday is a legal holiday (§ 1C.1) on
		// which state offices are open.
		usIn(ia,
			dayAfterThanksgiving(ia, "Friday after Thanksgiving"),
			usRule("us-ia.lincolns-birthday", "Lincoln's Birthday", usFixedDay(time.February, 12)).category(Optional),
		),
		// Kentucky: KRS 18A.190: Good Friday (half day), presidential
		// election day, and one extra day each for New Year's Day,
		// Thanksgiving and Christmas "designated by the Governor": New
		// Year's Eve, the Friday after Thanksgiving, Christmas Eve.
		usIn(ky,
			usRule("us-ky.good-friday", "Good Friday (half day)", usAfterEaster(-2)).category(HalfDay),
			usRule("us-ky.election-day", "Presidential Election Day", usElectionDay).onlyIf(func(y int) bool { return y%4 == 0 }),
			dayAfterThanksgiving(ky, "Day after Thanksgiving"),
		),
		usIn(ky, usChristmasEve("us-ky.christmas-eve", "Christmas Eve")...),
		usIn(ky, usNewYearsEve("us-ky.new-years-eve", "New Year's Eve")...),
		// Louisiana: La. R.S. 1:55 and the governor's proclamations for
		// state offices: Mardi Gras and Good Friday close them; the other
		// legal holidays of § 55 (Battle of New Orleans, Huey P. Long Day,
		// All Saints' Day, and Robert E. Lee Day and Confederate Memorial
		// Day until Act 2022) do not.
		// R.S. 1:55(B)(1)(a) also names, for state employees, the general
		// election day every two years (the November election of the
		// even years: 5 November 2024; none in 2023) and, once in four
		// years in the city of Baton Rouge only, the governor's
		// Inauguration Day (the second Monday in January after the
		// election, La. Const. art. IV § 3: 8 January 2024), Optional as a
		// day limited to one city.
		usIn(la,
			usRule("us-la.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
			usRule("us-la.inauguration-day", "Inauguration Day (Baton Rouge)", usMon(time.January, 2)).onlyIf(func(y int) bool { return y%4 == 0 }).category(Optional),
			usRule("us-la.battle-of-new-orleans", "Battle of New Orleans", usFixedDay(time.January, 8)).category(Optional),
			usRule("us-la.robert-e-lee-day", "Robert E. Lee Day", usFixedDay(time.January, 19)).until(2021).category(Optional),
			usRule("us-la.mardi-gras", "Mardi Gras", usAfterEaster(-47)),
			usRule("us-la.good-friday", "Good Friday", usAfterEaster(-2)),
			usRule("us-la.confederate-memorial-day", "Confederate Memorial Day", usFixedDay(time.June, 3)).until(2021).category(Optional),
			usRule("us-la.huey-p-long-day", "Huey P. Long Day", usFixedDay(time.August, 30)).category(Optional),
			usRule("us-la.all-saints-day", "All Saints' Day", usFixedDay(time.November, 1)).category(Optional),
		),
		// Maine: 1 M.R.S. § 150 and 4 M.R.S. § 1051: Patriots' Day, the
		// third Monday in April; Indigenous Peoples' Day in place of
		// Columbus Day from 2019 (P.L. 2019, c. 31). State employees also
		// have "Thanksgiving Friday", the day after Thanksgiving, which the
		// statute does not name (Bureau of Human Resources, Policy and
		// Practices Manual, "Holidays"; the manual's "fourth Friday in
		// November" is the Friday after Thanksgiving of the collective
		// agreements, the two differing when 1 November is a Friday).
		usIn(me,
			usRule("us-me.patriots-day", "Patriots' Day", usMon(time.April, 3)),
			usRule("us-me.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2019),
			dayAfterThanksgiving(me, "Thanksgiving Friday"),
		),
		// Maryland: State Personnel and Pensions § 9-201 (American Indian
		// Heritage Day, the Friday after Thanksgiving, from 2008; the
		// statewide general election day, in usEven years) and § 9-204
		// (Saturday → Friday, Sunday → Monday).
		usIn(md,
			usRule("us-md.american-indian-heritage-day", "American Indian Heritage Day", usDayAfterThanksgiving).since(2008),
			usRule("us-md.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
		),
		// Massachusetts: M.G.L. c. 4 § 7: Patriots' Day, the third Monday in
		// April; Evacuation Day (17 March) and Bunker Hill Day (17 June) in
		// Suffolk County only (c. 6 §§ 12K, 15L), Sunday → Monday.
		usIn(ma, usRule("us-ma.patriots-day", "Patriots' Day", usMon(time.April, 3))),
		usOptional(usIn(ma, usState("us-ma.evacuation-day", "Evacuation Day (Suffolk County)", usFixedDay(time.March, 17), usSunMon)...)),
		usOptional(usIn(ma, usState("us-ma.bunker-hill-day", "Bunker Hill Day (Suffolk County)", usFixedDay(time.June, 17), usSunMon)...)),
		// Michigan: the Civil Service Commission's holiday schedule for
		// state employees: the day after Thanksgiving, Christmas Eve and
		// New Year's Eve (2023: Friday 22 and Friday 29 December).
		usIn(mi, dayAfterThanksgiving(mi, "Day after Thanksgiving")),
		usIn(mi, usChristmasEve("us-mi.christmas-eve", "Christmas Eve")...),
		usIn(mi, usNewYearsEve("us-mi.new-years-eve", "New Year's Eve")...),
		// Minnesota: Minn. Stat. § 645.44 subd. 5: for the executive branch
		// the Friday after Thanksgiving is a holiday (Columbus Day is not).
		usIn(mn, dayAfterThanksgiving(mn, "Friday after Thanksgiving")),
		// Mississippi: Miss. Code § 3-3-7: Robert E. Lee's Birthday with
		// Martin Luther King Jr.'s, Confederate Memorial Day (last Monday
		// in April), Jefferson Davis's Birthday with Memorial Day.
		usIn(ms,
			usRule("us-ms.robert-e-lee-birthday", "Robert E. Lee's Birthday", usMon(time.January, 3)).since(1986),
			usRule("us-ms.confederate-memorial-day", "Confederate Memorial Day", usMon(time.April, -1)),
			usRule("us-ms.jefferson-davis-birthday", "Jefferson Davis's Birthday", usMon(time.May, -1)),
		),
		// Missouri: RSMo § 9.010 (Lincoln Day, Truman Day; Saturday →
		// Friday, Sunday → Monday).
		usIn(mo, usState("us-mo.lincoln-day", "Lincoln Day", usFixedDay(time.February, 12), usSatFriSunMon)...),
		usIn(mo, usState("us-mo.truman-day", "Truman Day", usFixedDay(time.May, 8), usSatFriSunMon)...),
		// Montana: MCA § 1-1-216: state general election day (usEven years);
		// SB 224 (2025) named the second Monday in October "Indigenous
		// Peoples' Day and Columbus Day" (§ 1-1-216(1)(h)), in force from
		// October 2025.
		usIn(mt,
			usRule("us-mt.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
			usRule("us-mt.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2025),
		),
		// Nebraska: Neb. Rev. Stat. § 25-2221: Arbor Day (last Friday in
		// April), the day after Thanksgiving; Indigenous Peoples' Day
		// beside Columbus Day from 2020 (LB 848).
		usIn(ne,
			usRule("us-ne.arbor-day", "Arbor Day", nthWeekday(time.April, time.Friday, -1)),
			usRule("us-ne.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2020),
			dayAfterThanksgiving(ne, "Day after Thanksgiving"),
		),
		// Nevada: NRS 236.015: Nevada Day (31 October until 1999, the last
		// Friday in October since 2000), Family Day (the Friday after
		// Thanksgiving).
		usUntil(1999, usIn(nv, usState("us-nv.nevada-day", "Nevada Day", usFixedDay(time.October, 31), usSatFriSunMon)...)),
		usIn(nv,
			usRule("us-nv.nevada-day", "Nevada Day", nthWeekday(time.October, time.Friday, -1)).since(2000),
			dayAfterThanksgiving(nv, "Family Day"),
		),
		// New Hampshire: RSA 288:1 makes the biennial election day a legal
		// holiday, but it is not one of the state employees' paid holidays
		// (Department of Administrative Services, "State Holiday
		// Schedule": the federal days without Columbus Day, and the day
		// after Thanksgiving), so state offices stay open: Optional.
		usIn(nh,
			usRule("us-nh.election-day", "Election Day", usElectionDay).onlyIf(usEven).category(Optional),
			dayAfterThanksgiving(nh, "Day after Thanksgiving"),
		),
		// New Jersey: N.J.S.A. 36:1-1 and 11A:6-24.1: Good Friday and every
		// general election day close state offices. Lincoln's Birthday
		// closed them too (2009 list: Thursday 12 February; Saturday →
		// Friday, Sunday → Monday, 36:1-1 and 36:1-1.2) until the 2008
		// pension and benefits reform added 36:1-1(d), in force when the
		// collective agreements expired in June 2011: from 2012 it is a
		// legal holiday on which State offices stay open (Optional). The
		// 2020 act (S19) made the third Friday in June Juneteenth Day
		// (11A:6-24.1(a)(6)), a state holiday from 2021 on which state
		// offices and courts close (2023: 16 June, 2025: 20 June); it is
		// listed only when it is not the day the federal Juneteenth is
		// observed (2026: both on Friday 19 June).
		usUntil(2011, usIn(nj, usState("us-nj.lincolns-birthday", "Lincoln's Birthday", usFixedDay(time.February, 12), usSatFriSunMon)...)),
		usIn(nj,
			usRule("us-nj.lincolns-birthday", "Lincoln's Birthday", usFixedDay(time.February, 12)).since(2012).category(Optional),
			usRule("us-nj.good-friday", "Good Friday", usAfterEaster(-2)),
			usRule("us-nj.juneteenth", "Juneteenth Day", func(y int) (date.Date, bool) {
				d, _ := nthWeekday(time.June, time.Friday, 3)(y)
				return d, !usFederalDay(d)
			}).since(2021),
			usRule("us-nj.election-day", "General Election Day", usElectionDay),
		),
		// New Mexico: NMSA § 12-5-2 and the State Personnel Office: the
		// Presidents' Day holiday is observed the day after Thanksgiving.
		// HB 100 (2019, signed by Governor Lujan Grisham) replaced Columbus
		// Day with Indigenous Peoples' Day in § 12-5-2.
		usIn(nm,
			usRule("us-nm.presidents-day", "Presidents' Day (observed)", usDayAfterThanksgiving),
			usRule("us-nm.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2019),
		),
		// New York: General Construction Law § 24: Lincoln's Birthday and
		// Election Day are legal holidays that state employees take as
		// floating holidays (Department of Civil Service calendars);
		// Sunday → Monday.
		usOptional(usIn(ny, usState("us-ny.lincolns-birthday", "Lincoln's Birthday", usFixedDay(time.February, 12), usSunMon)...)),
		usIn(ny, usRule("us-ny.election-day", "Election Day", usElectionDay).category(Optional)),
		// North Carolina: G.S. 126-4(5) and 25 NCAC 01E .0900 (OSHR): Good
		// Friday, the day after Thanksgiving and three days for Christmas
		// (2022: 23, 26 and 27 December).
		goodFriday(nc),
		usIn(nc, dayAfterThanksgiving(nc, "Day after Thanksgiving")),
		usIn(nc, usChristmasEve("us-nc.christmas-eve", "Christmas Eve")...),
		usIn(nc, usDayAfterChristmas("us-nc.day-after-christmas", "Day after Christmas")...),
		// North Dakota: NDCC § 1-03-01: Good Friday.
		goodFriday(nd),
		// Oklahoma: 25 O.S. § 82.1: the day after Thanksgiving; the Monday
		// before Christmas when Christmas is a Tuesday and the Friday after
		// when it is a Thursday (the other Christmas days of the current
		// text are chosen by the governor's yearly executive order).
		usIn(ok,
			dayAfterThanksgiving(ok, "Day after Thanksgiving"),
			usRule("us-ok.christmas-holiday", "Christmas Holiday", func(y int) (date.Date, bool) {
				c := civilDate(y, time.December, 25)
				switch c.Weekday() {
				case time.Tuesday:
					return c - 1, true
				case time.Thursday:
					return c + 1, true
				}
				return 0, false
			}),
		),
		// Pennsylvania: Management Directive 530.17: the day after
		// Thanksgiving.
		usIn(pa, dayAfterThanksgiving(pa, "Day after Thanksgiving")),
		// Rhode Island: R.I. Gen. Laws § 25-1-1: Victory Day (second Monday
		// in August); Indigenous Peoples' Day beside Columbus Day from 2022;
		// the general election day of the years in which state officers
		// are elected (the even years; Secretary of State, "Rhode Island
		// State Holidays": 3 November 2020, none in 2019 or 2021). State
		// employees keep New Year's Day, Independence Day, Veterans' Day
		// and Christmas Day that fall on a Saturday on the following
		// Monday (§ 25-1-1; 2020: Monday 6 July, 2021: Monday 27
		// December), beside the federal Friday. Rhode Island Independence
		// Day (4 May) is a § 25-1-1 holiday on which state offices stay
		// open (it is not on the Secretary of State's list): Optional.
		usIn(ri,
			usRule("us-ri.rhode-island-independence-day", "Rhode Island Independence Day", usFixedDay(time.May, 4)).category(Optional),
			usRule("us-ri.victory-day", "Victory Day", usMon(time.August, 2)),
			usRule("us-ri.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2022),
			usRule("us-ri.election-day", "Election Day", usElectionDay).onlyIf(usEven),
			usSaturdayToMonday("us-ri.new-years-day", "New Year's Day (observed)", time.January, 1),
			usSaturdayToMonday("us-ri.independence-day", "Independence Day (observed)", time.July, 4),
			usSaturdayToMonday("us-ri.veterans-day", "Veterans' Day (observed)", time.November, 11),
			usSaturdayToMonday("us-ri.christmas-day", "Christmas Day (observed)", time.December, 25),
		),
		// South Carolina: S.C. Code § 53-5-10: Confederate Memorial Day (10
		// May, a mandatory state holiday from 2001: 2000 Act No. 246), the
		// day after Thanksgiving, 24 (from 2009: 2009 Act No. 33), 25 and
		// 26 December.
		usSince(2001, usIn(sc, usState("us-sc.confederate-memorial-day", "Confederate Memorial Day", usFixedDay(time.May, 10), usSatFriSunMon)...)),
		usIn(sc, dayAfterThanksgiving(sc, "Day after Thanksgiving")),
		usSince(2009, usIn(sc, usChristmasEve("us-sc.christmas-eve", "Christmas Eve")...)),
		usIn(sc, usDayAfterChristmas("us-sc.day-after-christmas", "Day after Christmas")...),
		// South Dakota: SDCL § 1-5-1.2: Native Americans' Day in place of
		// Columbus Day since 1990.
		usIn(sd, usRule("us-sd.native-americans-day", "Native Americans' Day", usMon(time.October, 2)).since(1990)),
		// Tennessee: T.C.A. § 15-1-101: Good Friday. Acts 1984, ch. 979,
		// §§ 2-3 let the governor choose legal holidays to be observed on
		// other days, and the governor has substituted the Friday after
		// Thanksgiving for Columbus Day (tn.gov "State Holidays" 2025:
		// "The Governor has substituted the Friday after Thanksgiving for
		// the Columbus Day holiday"). Columbus Day itself stays listed with
		// the federal holidays (see above). The other days the governor
		// closes offices on (Christmas Eve, a day beside New Year's Day in
		// some years) are designated year by year and not modelled.
		goodFriday(tn),
		usIn(tn, usRule("us-tn.columbus-day", "Columbus Day (observed)", usDayAfterThanksgiving)),
		// Texas: Gov. Code § 662.003 (state holidays), § 662.004 (offices
		// stay open, with enough staff, except on the Friday after
		// Thanksgiving and 24 and 26 December), § 662.003(c) and § 662.013
		// (optional holidays). A holiday on a weekend is not observed on
		// another day (Comptroller, "Holidays That Fall on Saturday or
		// Sunday").
		usIn(tx,
			usRule("us-tx.confederate-heroes-day", "Confederate Heroes Day", usFixedDay(time.January, 19)).category(Optional),
			usRule("us-tx.texas-independence-day", "Texas Independence Day", usFixedDay(time.March, 2)).category(Optional),
			usRule("us-tx.cesar-chavez-day", "Cesar Chavez Day", usFixedDay(time.March, 31)).since(2000).category(Optional),
			usRule("us-tx.good-friday", "Good Friday", usAfterEaster(-2)).category(Optional),
			// § 662.003(b): Rosh Hashanah and Yom Kippur, optional.
			usRule("us-tx.rosh-hashanah", "Rosh Hashanah", hebrewWhen(tishri, 1, 0)).category(Optional),
			usRule("us-tx.rosh-hashanah-2", "Rosh Hashanah (second day)", hebrewWhen(tishri, 2, 0)).category(Optional),
			usRule("us-tx.yom-kippur", "Yom Kippur", hebrewWhen(tishri, 10, 0)).category(Optional),
			usRule("us-tx.san-jacinto-day", "San Jacinto Day", usFixedDay(time.April, 21)).category(Optional),
			usRule("us-tx.emancipation-day", "Emancipation Day", usFixedDay(time.June, 19)).since(1980).category(Optional),
			usRule("us-tx.lbj-day", "Lyndon Baines Johnson Day", usFixedDay(time.August, 27)).since(1973).category(Optional),
			dayAfterThanksgiving(tx, "Friday after Thanksgiving"),
		),
		usIn(tx, usState("us-tx.christmas-eve", "Christmas Eve", usFixedDay(time.December, 24), usNoObs)...),
		usIn(tx, usState("us-tx.day-after-christmas", "Day after Christmas", usFixedDay(time.December, 26), usNoObs)...),
		// Utah: Utah Code § 63G-1-301: Pioneer Day (24 July; Saturday →
		// Friday, Sunday → Monday). The Juneteenth Observance Amendments
		// (in force 7 May 2025) moved the state's Juneteenth National
		// Freedom Day to a Monday: the Monday before 19 June when it is a
		// Tuesday to Friday, the Monday after when it is a Saturday or
		// Sunday (§ 63G-1-301(2)(c), (d); 16 June 2025); it is listed
		// beside the federal day when it is another date.
		usIn(ut, usState("us-ut.pioneer-day", "Pioneer Day", usFixedDay(time.July, 24), usSatFriSunMon)...),
		usIn(ut, usRule("us-ut.juneteenth", "Juneteenth National Freedom Day", func(y int) (date.Date, bool) {
			d := civilDate(y, time.June, 19)
			switch wd := d.Weekday(); wd {
			case time.Saturday:
				d += 2
			case time.Sunday:
				d++
			default:
				d -= date.Date(wd - time.Monday)
			}
			return d, !usFederalDay(d)
		}).since(2025)),
		// Vermont: 1 V.S.A. § 371: Town Meeting Day (first Tuesday in
		// March), Bennington Battle Day (16 August), Indigenous Peoples' Day
		// in place of Columbus Day from 2019 (Act 5 of 2019).
		usIn(vt,
			usRule("us-vt.town-meeting-day", "Town Meeting Day", nthWeekday(time.March, time.Tuesday, 1)),
			usRule("us-vt.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2019),
		),
		usIn(vt, usState("us-vt.bennington-battle-day", "Bennington Battle Day", usFixedDay(time.August, 16), usSatFriSunMon)...),
		// Virginia: Va. Code § 2.2-3300: Lee-Jackson-King Day (1984–1999),
		// Lee-Jackson Day on the Friday before it (2000–2020; repealed by
		// 2020 Acts c. 418 and 419, which made Election Day a holiday),
		// the Friday after Thanksgiving.
		usIn(va,
			usRule("us-va.lee-jackson-day", "Lee-Jackson Day", usMon(time.January, 3)).years(1984, 1999),
			usRule("us-va.lee-jackson-day", "Lee-Jackson Day", func(y int) (date.Date, bool) {
				d, _ := usMon(time.January, 3)(y)
				return d - 3, true
			}).years(2000, 2020),
			usRule("us-va.election-day", "Election Day", usElectionDay).since(2020),
			dayAfterThanksgiving(va, "Day after Thanksgiving"),
		),
		// Washington: RCW 1.16.050: the Friday after Thanksgiving, Native
		// American Heritage Day since 2014 (2014 c 177).
		usIn(wa,
			usRule("us-wa.day-after-thanksgiving", "Day after Thanksgiving", usDayAfterThanksgiving).until(2013),
			usRule("us-wa.day-after-thanksgiving", "Native American Heritage Day", usDayAfterThanksgiving).since(2014),
		),
		// West Virginia: W. Va. Code § 2-2-1: West Virginia Day (20 June;
		// Saturday → Friday, Sunday → Monday), Lincoln's Day (the day after
		// Thanksgiving), and the statewide primary (second Tuesday in May of
		// usEven years; 9 June in 2020) and general election days. Christmas
		// Eve and New Year's Eve are proclaimed each year by the governor
		// and are not modelled.
		usIn(wv, usState("us-wv.west-virginia-day", "West Virginia Day", usFixedDay(time.June, 20), usSatFriSunMon)...),
		usIn(wv,
			dayAfterThanksgiving(wv, "Lincoln's Day"),
			usRule("us-wv.primary-election-day", "Primary Election Day", func(y int) (date.Date, bool) {
				if y == 2020 {
					return civilDate(2020, time.June, 9), true
				}
				d, _ := nthWeekday(time.May, time.Tuesday, 2)(y)
				return d, true
			}).onlyIf(usEven),
			usRule("us-wv.election-day", "General Election Day", usElectionDay).onlyIf(usEven),
		),
		// Wisconsin: Wis. Stat. § 230.35(4)(a): 24 and 31 December; only 1
		// January, 4 July and 25 December move to Monday, other holidays on
		// a weekend are not observed.
		usIn(wi, usState("us-wi.christmas-eve", "Christmas Eve", usFixedDay(time.December, 24), usNoObs)...),
		usIn(wi, usState("us-wi.new-years-eve", "New Year's Eve", usFixedDay(time.December, 31), usNoObs)...),
		// District of Columbia: D.C. Code § 1-612.02: District of Columbia
		// Emancipation Day (16 April, from 2005; Saturday → Friday, Sunday →
		// Monday); the second Monday in October is Indigenous Peoples' Day
		// (from 2019, made permanent by D.C. Law 24-0001).
		usSince(2005, usIn(usDistrict, usState("us-dc.emancipation-day", "District of Columbia Emancipation Day", usFixedDay(time.April, 16), usSatFriSunMon)...)),
		usIn(usDistrict, usRule("us-dc.indigenous-peoples-day", "Indigenous Peoples' Day", usMon(time.October, 2)).since(2019)),
		// American Samoa: A.S.C.A. § 1.0501: Flag Day (17 April), Manu'a
		// Islands Cession Day (16 July); Saturday → Friday, Sunday → Monday.
		usIn(as, usState("us-as.flag-day", "American Samoa Flag Day", usFixedDay(time.April, 17), usSatFriSunMon)...),
		usSince(1983, usIn(as, usState("us-as.manua-cession-day", "Manu'a Islands Cession Day", usFixedDay(time.July, 16), usSatFriSunMon)...)),
		// Guam: 1 GCA § 1000 (Saturday → Friday, Sunday → Monday): Guam
		// History and Chamorro Heritage Day (first Monday in March; Guam
		// Discovery Day until 2013), Good Friday, Liberation Day (21 July),
		// All Souls' Day (2 November), Our Lady of Camarin Day (8 December).
		usIn(gu,
			usRule("us-gu.discovery-day", "Guam Discovery Day", usMon(time.March, 1)).until(2013),
			usRule("us-gu.discovery-day", "Guam History and Chamorro Heritage Day", usMon(time.March, 1)).since(2014),
			usRule("us-gu.good-friday", "Good Friday", usAfterEaster(-2)),
		),
		usIn(gu, usState("us-gu.liberation-day", "Liberation Day", usFixedDay(time.July, 21), usSatFriSunMon)...),
		usIn(gu, usState("us-gu.all-souls-day", "All Souls' Day", usFixedDay(time.November, 2), usSatFriSunMon)...),
		usIn(gu, usState("us-gu.lady-of-camarin-day", "Our Lady of Camarin Day", usFixedDay(time.December, 8), usSatFriSunMon)...),
		// Northern Mariana Islands: 1 CMC § 1101 and the governor's yearly
		// memorandum on legal holidays: Commonwealth Covenant Day (24
		// March), Good Friday, Commonwealth Cultural Day (second Monday in
		// October), general election day (usEven years), Citizenship Day (4
		// November), Constitution Day (8 December).
		usIn(mp, usStateBusy("us-mp.covenant-day", "Commonwealth Covenant Day", usFixedDay(time.March, 24), usSatFriSunMon, usGoodFriday)...),
		usIn(mp,
			usRule("us-mp.good-friday", "Good Friday", usAfterEaster(-2)),
			usRule("us-mp.cultural-day", "Commonwealth Cultural Day", usMon(time.October, 2)),
			usRule("us-mp.election-day", "Election Day", usElectionDay).onlyIf(usEven),
		),
		usIn(mp, usState("us-mp.citizenship-day", "Citizenship Day", usFixedDay(time.November, 4), usSatFriSunMon)...),
		usIn(mp, usState("us-mp.constitution-day", "Constitution Day", usFixedDay(time.December, 8), usSatFriSunMon)...),
		// Puerto Rico: see puertoRicoRules.
		usIn(pr, puertoRicoRules()...),
		// Virgin Islands: 1 V.I.C. § 171 (as amended by the 1999 Omnibus
		// Act, which ended Organic Act Day, Hurricane Supplication Day and
		// Hurricane Thanksgiving Day after 1999). Local holidays on a
		// weekend are not moved.
		usIn(vi,
			usRule("us-vi.three-kings-day", "Three Kings Day", usFixedDay(time.January, 6)),
			usRule("us-vi.holy-thursday", "Holy Thursday", usAfterEaster(-3)),
			usRule("us-vi.good-friday", "Good Friday", usAfterEaster(-2)),
			usRule("us-vi.easter-monday", "Easter Monday", usAfterEaster(1)),
			usRule("us-vi.organic-act-day", "Organic Act Day", usMon(time.June, 3)).until(1999),
			usRule("us-vi.hurricane-supplication-day", "Hurricane Supplication Day", usMon(time.July, 4)).until(1999),
			usRule("us-vi.friendship-day", "Virgin Islands–Puerto Rico Friendship Day", usMon(time.October, 2)),
			usRule("us-vi.hurricane-thanksgiving-day", "Hurricane Thanksgiving Day", usMon(time.October, 3)).until(1999),
		),
		usIn(vi, usState("us-vi.transfer-day", "Transfer Day", usFixedDay(time.March, 31), usNoObs)...),
		usIn(vi, usState("us-vi.emancipation-day", "Emancipation Day", usFixedDay(time.July, 3), usNoObs)...),
		usIn(vi, usState("us-vi.liberty-day", "Liberty Day (D. Hamilton Jackson Day)", usFixedDay(time.November, 1), usNoObs)...),
		usIn(vi, usState("us-vi.christmas-second-day", "Christmas Second Day", usFixedDay(time.December, 26), usNoObs)...),
	)
}

// puertoRicoRules: Ley Núm. 88 de 27 de junio de 1969 (días feriados), as
// amended (Ley 111-2014: Día de la Cultura Puertorriqueña), Sunday →
// Monday, a Saturday holiday is not moved (OCALARH, "Días feriados del
// Gobierno de Puerto Rico 2014"); Ley 26-2017 (Ley de Cumplimiento con el
// Plan Fiscal, art. 2.05, of 29 April 2017) cut the list to 15 days: it
// ended the birthdays of Hostos, de Diego, Muñoz Rivera and Barbosa and the
// Constitution Day (the July days from 2017, the others from 2018), folded
// them into the third Monday in February, and added American Citizenship
// Day (2 March) from 2018. The general election day (every fourth year) is
// a holiday under the Electoral Code, and 24 December from noon under Ley
// Núm. 51 (HalfDay).
func puertoRicoRules() []*rule {
	pr := func(id, name, nameEN string, w whenFunc) *rule { return newRule("us-pr."+id, name, nameEN, w) }
	sunMon := func(id, name, nameEN string, m time.Month, d int) []*rule {
		rs := usState("us-pr."+id, name, fixedDay(m, d), usSunMon)
		rs[0].name, rs[0].nameEN = name, nameEN
		rs[1].name, rs[1].nameEN = name+" (observado)", nameEN+" (observed)"
		return rs
	}
	return usRules(
		[]*rule{
			pr("dia-de-reyes", "Día de Reyes", "Epiphany", usFixedDay(time.January, 6)),
			pr("natalicio-de-hostos", "Natalicio de Eugenio María de Hostos", "Birthday of Eugenio María de Hostos", usMon(time.January, 2)).until(2017),
			pr("dia-de-la-ciudadania-americana", "Día de la Ciudadanía Americana", "American Citizenship Day", usFixedDay(time.March, 2)).since(2018),
		},
		sunMon("abolicion-de-la-esclavitud", "Día de la Abolición de la Esclavitud", "Emancipation Day", time.March, 22),
		[]*rule{
			pr("viernes-santo", "Viernes Santo", "Good Friday", usAfterEaster(-2)),
			pr("natalicio-de-jose-de-diego", "Natalicio de José de Diego", "Birthday of José de Diego", usMon(time.April, 3)).until(2017),
			pr("natalicio-de-munoz-rivera", "Natalicio de Luis Muñoz Rivera", "Birthday of Luis Muñoz Rivera", usMon(time.July, 3)).until(2016),
		},
		usUntil(2016, sunMon("dia-de-la-constitucion", "Día de la Constitución del Estado Libre Asociado", "Constitution Day", time.July, 25)),
		usUntil(2016, sunMon("natalicio-de-barbosa", "Natalicio de José Celso Barbosa", "Birthday of José Celso Barbosa", time.July, 27)),
		usUntil(2013, sunMon("descubrimiento-de-puerto-rico", "Día del Descubrimiento de Puerto Rico", "Discovery of Puerto Rico", time.November, 19)),
		usSince(2014, sunMon("descubrimiento-de-puerto-rico", "Día de la Cultura Puertorriqueña y del Descubrimiento de Puerto Rico", "Puerto Rican Culture and Discovery Day", time.November, 19)),
		[]*rule{
			pr("elecciones-generales", "Día de las Elecciones Generales", "General Election Day", usElectionDay).onlyIf(func(y int) bool { return y%4 == 0 }),
			pr("nochebuena", "Nochebuena (desde el mediodía)", "Christmas Eve (from noon)", usFixedDay(time.December, 24)).category(HalfDay),
		},
	)
}

// usOptional makes every rule of rs Optional. The day an Optional holiday
// is observed on keeps its "(observed)" name but is not marked Observed:
// the package's substitute days are those of full holidays (Public or
// Bank), which never share their date.
func usOptional(rs []*rule) []*rule {
	for i := range rs {
		rs[i] = rs[i].category(Optional)
		rs[i].observed = false
	}
	return rs
}

func usUntil(y int, rs []*rule) []*rule {
	for i := range rs {
		rs[i] = rs[i].until(y)
	}
	return rs
}

func usSince(y int, rs []*rule) []*rule {
	for i := range rs {
		rs[i] = rs[i].since(y)
	}
	return rs
}

// lower is the ID prefix of a region code: "US-CT" → "us-ct".
func usLower(code string) string {
	b := []byte(code)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
