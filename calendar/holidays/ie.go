package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// ireland: Organisation of Working Time Act 1997, Schedule 2, as amended
// (St Brigid's Day since 2023: the first Monday in February, or 1 February
// when that is a Friday; the one-off 18 March 2022). Irish law has no
// substitute days: for a holiday on a weekend an employee is owed a day off
// or pay, and banks close on the next weekday, but that is not a public
// holiday, so no substitute days are modelled.
func ireland() *country {
	return &country{
		code: "IE", name: "Éire", nameEN: "Ireland",
		rules: []rule{
			fixed("ie.new-years-day", "Lá Caille", "New Year's Day", time.January, 1),
			newRule("ie.st-brigids-day", "Lá Fhéile Bríde", "St Brigid's Day", func(y int) (date.Date, bool) {
				if d := civilDate(y, time.February, 1); d.Weekday() == time.Friday {
					return d, true
				}
				d, ok := nthWeekday(time.February, time.Monday, 1)(y)
				return d, ok
			}).since(2023),
			fixed("ie.st-patricks-day", "Lá Fhéile Pádraig", "St Patrick's Day", time.March, 17),
			once("ie.day-of-remembrance", "Lá Cuimhneacháin agus Aitheantais", "Day of Remembrance and Recognition", 2022, time.March, 18),
			easter("ie.easter-monday", "Luan Cásca", "Easter Monday", 1),
			nth("ie.may-day", "Lá Bealtaine", "May Day", time.May, time.Monday, 1).since(1994),
			nth("ie.june-holiday", "Lá Saoire i mí an Mheithimh", "June Holiday", time.June, time.Monday, 1),
			nth("ie.august-holiday", "Lá Saoire i mí Lúnasa", "August Holiday", time.August, time.Monday, 1),
			nth("ie.october-holiday", "Lá Saoire i mí Dheireadh Fómhair", "October Holiday", time.October, time.Monday, -1).since(1977),
			fixed("ie.christmas-day", "Lá Nollag", "Christmas Day", time.December, 25),
			fixed("ie.st-stephens-day", "Lá Fhéile Stiofáin", "St Stephen's Day", time.December, 26),
		},
	}
}
