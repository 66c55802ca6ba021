package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// unitedStates: federal holidays, 5 U.S.C. § 6103, with the observance rule
// of § 6103(b) and Executive Order 11582 (Saturday → Friday before, Sunday →
// Monday after), and the days federal offices were closed by executive order
// for national days of mourning. Ad-hoc Christmas Eve closures are not
// included. "US-DC" adds Inauguration Day (5 U.S.C. § 6103(c): 20 January
// after a presidential election, the 21st when the 20th is a Sunday), a
// holiday for federal employees in the Washington, D.C. area only; state and
// District holidays are not modelled.
func unitedStates() *country {
	return &country{
		code: "US", name: "United States", nameEN: "United States",
		obsLocal: " (observed)", obsEN: " (observed)",
		regions: []regionDef{
			{"US-DC", "District of Columbia (federal employees)", "District of Columbia (federal employees)", ""},
		},
		rules: []rule{
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
			once("us.day-of-mourning", "National Day of Mourning (President Reagan)", "National Day of Mourning (President Reagan)", 2004, time.June, 11),
			once("us.day-of-mourning", "National Day of Mourning (President Ford)", "National Day of Mourning (President Ford)", 2007, time.January, 2),
			once("us.day-of-mourning", "National Day of Mourning (President George H. W. Bush)", "National Day of Mourning (President George H. W. Bush)", 2018, time.December, 5),
			once("us.day-of-mourning", "National Day of Mourning (President Carter)", "National Day of Mourning (President Carter)", 2025, time.January, 9),
		},
	}
}
