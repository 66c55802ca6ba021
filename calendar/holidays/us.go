package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// unitedStates: federal holidays, 5 U.S.C. § 6103, with the observance rule
// of § 6103(b) and Executive Order 11582 (Saturday → Friday before, Sunday →
// Monday after). "US-DC" adds Inauguration Day (5 U.S.C. § 6103(c): 20
// January after a presidential election, the 21st when the 20th is a
// Sunday), a holiday for federal employees in the Washington, D.C. area
// only; the states, the District's own holidays and the outlying areas
// are in us_states.go.
//
// Days on which an executive order closed the executive departments and
// agencies follow one rule, whatever the occasion (a national day of
// mourning for a former President, Christmas Eve, the day after Christmas):
// they are not legal public holidays. § 6103(a) lists those, and only
// Congress adds to it; the orders close the executive branch, let agency
// heads keep offices open, and bring the day "within the scope of
// Executive Order 11582 ... and of 5 U.S.C. 5546 and 6103(b) ... insofar as
// they relate to the pay and leave of employees of the United States".
// Courts, the states, banks and private employers are not bound, and the
// days are announced days or weeks ahead, not by rule. So a full-day
// closure is Optional (it applies to part of the region: the federal
// executive workforce) and a closure "for the last half of the scheduled
// workday" is HalfDay; neither is in the default Public set. The list is
// every such order since 1994, from the Federal Register and OPM's
// memoranda to agencies.
func unitedStates() *country {
	return withUSSubdivisions(&country{
		code: "US", name: "United States", nameEN: "United States",
		obsLocal: " (observed)", obsEN: " (observed)",
		regions: []regionDef{
			{"US-DC", "District of Columbia (federal employees)", "District of Columbia (federal employees)", ""},
		},
		rules: []*rule{
			newRule("us.inauguration-day", "Inauguration Day", "Inauguration Day", func(y int) (date.Date, bool) {
				d := civilDate(y, time.January, 20)
				if d.Weekday() == time.Sunday {
					d++
				}
				return d, mod(y, 4) == 1
			}).regions("US-DC").since(1957),
			fixed("us.new-years-day", "New Year's Day", "New Year's Day", time.January, 1).subst(satFriSunMon),
			nth("us.martin-luther-king-jr-day", "Birthday of Martin Luther King, Jr.", "Birthday of Martin Luther King, Jr.", time.January, time.Monday, 3).since(1986),
			// Before the Uniform Monday Holiday Act (1971) these were fixed dates.
			fixed("us.washingtons-birthday", "Washington's Birthday", "Washington's Birthday", time.February, 22).years(1885, 1970),
			nth("us.washingtons-birthday", "Washington's Birthday", "Washington's Birthday", time.February, time.Monday, 3).since(1971),
			fixed("us.memorial-day", "Memorial Day", "Memorial Day", time.May, 30).years(1888, 1970),
			nth("us.memorial-day", "Memorial Day", "Memorial Day", time.May, time.Monday, -1).since(1971),
			fixed("us.juneteenth", "Juneteenth National Independence Day", "Juneteenth National Independence Day", time.June, 19).subst(satFriSunMon).since(2021),
			fixed("us.independence-day", "Independence Day", "Independence Day", time.July, 4).subst(satFriSunMon),
			nth("us.labor-day", "Labor Day", "Labor Day", time.September, time.Monday, 1),
			fixed("us.columbus-day", "Columbus Day", "Columbus Day", time.October, 12).years(1937, 1970),
			nth("us.columbus-day", "Columbus Day", "Columbus Day", time.October, time.Monday, 2).since(1971),
			fixed("us.veterans-day", "Veterans Day", "Veterans Day", time.November, 11).years(1938, 1970),
			nth("us.veterans-day", "Veterans Day", "Veterans Day", time.October, time.Monday, 4).years(1971, 1977),
			fixed("us.veterans-day", "Veterans Day", "Veterans Day", time.November, 11).subst(satFriSunMon).since(1978),
			nth("us.thanksgiving-day", "Thanksgiving Day", "Thanksgiving Day", time.November, time.Thursday, 4),
			fixed("us.christmas-day", "Christmas Day", "Christmas Day", time.December, 25).subst(satFriSunMon),
			// Closures by executive order (see above).
			mourning(1994, time.April, 27, "President Nixon"),               // EO of 23 April 1994, 59 FR 21915
			dayAfterChristmas(1997),                                         // EO of November 1997, OPM memorandum of 25 November 1997
			christmasEveHalf(1998),                                          // EO 13109 of 17 December 1998: last half of the workday
			christmasEve(2001),                                              // EO of 6 December 2001
			christmasEveHalf(2002),                                          // EO 13281 of 19 December 2002: last half of the workday
			dayAfterChristmas(2003),                                         // EO of 9 December 2003, OPM CPM 2003-18
			mourning(2004, time.June, 11, "President Reagan"),               // EO of 6 June 2004, OPM CPM 2004-11
			mourning(2007, time.January, 2, "President Ford"),               // EO of December 2006
			christmasEve(2007),                                              // EO 13453 of 6 December 2007
			dayAfterChristmas(2008),                                         // EO 13482 of 12 December 2008
			christmasEveHalf(2009),                                          // EO of 11 December 2009: last half of the workday
			christmasEve(2012),                                              // EO 13633 of 21 December 2012
			dayAfterChristmas(2014),                                         // EO 13682 of 5 December 2014
			christmasEveHalf(2015),                                          // EO of 11 December 2015: last half of the workday
			mourning(2018, time.December, 5, "President George H. W. Bush"), // EO 13852 of 1 December 2018
			christmasEve(2018),                                              // EO of 18 December 2018
			christmasEve(2019),                                              // EO 13900 of 17 December 2019
			christmasEve(2020),                                              // EO 13965 of 11 December 2020
			christmasEve(2024),                                              // EO of 19 December 2024
			mourning(2025, time.January, 9, "President Carter"),             // EO 14133 of 30 December 2024
			christmasEve(2025),                                              // EO 14371 of 18 December 2025
			dayAfterChristmas(2025),                                         // EO 14371 of 18 December 2025
		},
	})
}

// mourning is a national day of mourning on which an executive order closed
// the executive departments and agencies (Optional, see unitedStates).
func mourning(y int, m time.Month, d int, who string) *rule {
	name := "National Day of Mourning (" + who + ")"
	return once("us.day-of-mourning", name, name, y, m, d).category(Optional)
}

// christmasEve is 24 December of a year in which an executive order closed
// the executive departments and agencies (Optional, see unitedStates).
func christmasEve(y int) *rule {
	const name = "Christmas Eve (federal offices closed by executive order)"
	return once("us.christmas-eve", name, name, y, time.December, 24).category(Optional)
}

// dayAfterChristmas is 26 December of a year in which an executive order
// closed the executive departments and agencies (Optional, see unitedStates).
func dayAfterChristmas(y int) *rule {
	const name = "Day after Christmas (federal offices closed by executive order)"
	return once("us.day-after-christmas", name, name, y, time.December, 26).category(Optional)
}

// christmasEveHalf is 24 December of a year in which an executive order
// closed the executive departments and agencies for the last half of the
// scheduled workday (HalfDay, see unitedStates).
func christmasEveHalf(y int) *rule {
	const name = "Christmas Eve (federal offices closed for the second half of the day by executive order)"
	return once("us.christmas-eve", name, name, y, time.December, 24).category(HalfDay)
}
