package holidays

import "time"

// southAfrica: Public Holidays Act 36 of 1994 (from 1995), s. 2(1): a
// public holiday on a Sunday gives the Monday after, unless that Monday is
// a public holiday itself (25 December on a Sunday: 26 December is the Day
// of Goodwill; the President then declared 27 December in 2011, 2016 and
// 2022). Election days and the days the President declared under s. 2A
// are listed as one-offs, from the Government Gazette notices.
func southAfrica() *country {
	f := func(id, name string, m time.Month, d int) *rule {
		return fixed(id, name, name, m, d).subst(sunNextDay)
	}
	declared := func(id, name string, y int, m time.Month, d int) *rule {
		return once(id, name, name, y, m, d).subst(sunNextDay)
	}
	return &country{
		code: "ZA", name: "South Africa", nameEN: "South Africa",
		rules: []*rule{
			f("za.new-years-day", "New Year's Day", time.January, 1),
			f("za.human-rights-day", "Human Rights Day", time.March, 21),
			easter("za.good-friday", "Good Friday", "Good Friday", -2),
			easter("za.family-day", "Family Day", "Family Day", 1),
			f("za.freedom-day", "Freedom Day", time.April, 27),
			f("za.workers-day", "Workers' Day", time.May, 1),
			f("za.youth-day", "Youth Day", time.June, 16),
			f("za.national-womens-day", "National Women's Day", time.August, 9),
			f("za.heritage-day", "Heritage Day", time.September, 24),
			f("za.day-of-reconciliation", "Day of Reconciliation", time.December, 16),
			f("za.christmas-day", "Christmas Day", time.December, 25),
			f("za.day-of-goodwill", "Day of Goodwill", time.December, 26),
			// Elections (national and municipal).
			declared("za.election-day", "National and provincial elections", 1999, time.June, 2),
			declared("za.election-day", "Municipal elections", 2000, time.December, 5),
			declared("za.election-day", "National and provincial elections", 2004, time.April, 14),
			declared("za.election-day", "Municipal elections", 2006, time.March, 1),
			declared("za.election-day", "National and provincial elections", 2009, time.April, 22),
			declared("za.election-day", "Municipal elections", 2011, time.May, 18),
			declared("za.election-day", "National and provincial elections", 2014, time.May, 7),
			declared("za.election-day", "Municipal elections", 2016, time.August, 3),
			declared("za.election-day", "National and provincial elections", 2019, time.May, 8),
			declared("za.election-day", "Municipal elections", 2021, time.November, 1),
			declared("za.election-day", "National and provincial elections", 2024, time.May, 29),
			// Declared days.
			declared("za.millennium", "Millennium celebrations", 1999, time.December, 31),
			declared("za.millennium", "Millennium celebrations", 2000, time.January, 2),
			declared("za.declared-holiday", "Public holiday (declared)", 2008, time.May, 2),
			declared("za.declared-holiday", "Public holiday (declared)", 2011, time.December, 27),
			declared("za.declared-holiday", "Public holiday (declared)", 2016, time.December, 27),
			declared("za.declared-holiday", "Public holiday (declared)", 2022, time.December, 27),
			declared("za.declared-holiday", "Rugby World Cup celebration", 2023, time.December, 15),
		},
	}
}
