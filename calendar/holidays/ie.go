package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// ireland: Organisation of Working Time Act 1997, Schedule 2, as amended
// (St Brigid's Day since 2023: the first Monday in February, or 1 February
// when that is a Friday), and the one-off days prescribed under its
// paragraph 1(g): 31 December 1999 (Millennium), 14 September 2001
// (National Day of Mourning after the attacks in the United States) and
// 18 March 2022 (Day of Remembrance and Recognition, S.I. No. 50 of 2022). Irish law has no
// substitute days: for a holiday on a weekend an employee is owed a day off
// or pay, and banks close on the next weekday, but that is not a public
// holiday, so no substitute days are modelled.
func ireland() *country {
	return &country{
		code: "IE", name: "Éire", nameEN: "Ireland",
		rules: []*rule{
			fixed("ie.new-years-day", "Lá Caille", "New Year's Day", time.January, 1),
			newRule("ie.st-brigids-day", "Lá Fhéile Bríde", "St Brigid's Day", func(y int) (date.Date, bool) {
				if d := civilDate(y, time.February, 1); d.Weekday() == time.Friday {
					return d, true
				}
				d, ok := nthWeekday(time.February, time.Monday, 1)(y)
				return d, ok
			}).since(2023),
			fixed("ie.st-patricks-day", "Lá Fhéile Pádraig", "St Patrick's Day", time.March, 17),
			// Friday 14 September 2001: "The order will be signed this
			// afternoon under the Working Time Act 1997 - creating an
			// additional one-off public holiday" (Irish Times, 12 September
			// 2001); employees who worked were owed a day off or a day's pay.
			// No Irish name was published for either one-off day; both carry
			// the English name.
			once("ie.day-of-mourning", "National Day of Mourning", "National Day of Mourning", 2001, time.September, 14),
			once("ie.day-of-remembrance", "Lá Cuimhneacháin agus Aitheantais", "Day of Remembrance and Recognition", 2022, time.March, 18),
			easter("ie.easter-monday", "Luan Cásca", "Easter Monday", 1),
			nth("ie.may-day", "Lá Bealtaine", "May Day", time.May, time.Monday, 1).since(1994),
			nth("ie.june-holiday", "Lá Saoire i mí an Mheithimh", "June Holiday", time.June, time.Monday, 1),
			nth("ie.august-holiday", "Lá Saoire i mí Lúnasa", "August Holiday", time.August, time.Monday, 1),
			nth("ie.october-holiday", "Lá Saoire i mí Dheireadh Fómhair", "October Holiday", time.October, time.Monday, -1).since(1977),
			fixed("ie.christmas-day", "Lá Nollag", "Christmas Day", time.December, 25),
			fixed("ie.st-stephens-day", "Lá Fhéile Stiofáin", "St Stephen's Day", time.December, 26),
			// "The Government has already approved the designation of
			// 31 December 1999 as a special once-off public holiday to
			// commemorate the millennium" (Dáil written answer, 30 November 1999).
			once("ie.millennium", "Millennium Day", "Millennium Day", 1999, time.December, 31),
		},
	}
}
