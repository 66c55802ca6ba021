package holidays

import "time"

// malta: National Holidays and Other Public Holidays Act (Cap. 252) arts. 2
// and 3. Since 2005 a holiday on a weekend is not moved (it was added to
// annual leave again from 2012, which this package does not model).
func malta() *country {
	return &country{
		code: "MT", name: "Malta", nameEN: "Malta",
		rules: []*rule{
			fixed("mt.l-ewwel-tas-sena", "L-Ewwel tas-Sena", "New Year's Day", time.January, 1),
			fixed("mt.nawfragju-ta-san-pawl", "In-Nawfraġju ta' San Pawl", "St Paul's Shipwreck", time.February, 10),
			fixed("mt.san-guzepp", "San Ġużepp", "St Joseph's Day", time.March, 19),
			fixed("mt.jum-il-helsien", "Jum il-Ħelsien", "Freedom Day", time.March, 31),
			easter("mt.il-gimgha-l-kbira", "Il-Ġimgħa l-Kbira", "Good Friday", -2),
			fixed("mt.jum-il-haddiem", "Jum il-Ħaddiem", "Workers' Day", time.May, 1),
			fixed("mt.sette-giugno", "Sette Giugno", "Sette Giugno", time.June, 7),
			fixed("mt.l-imnarja", "L-Imnarja", "Feast of St Peter and St Paul", time.June, 29),
			fixed("mt.santa-marija", "Santa Marija", "Assumption Day", time.August, 15),
			fixed("mt.jum-il-vittorja", "Jum il-Vittorja", "Victory Day", time.September, 8),
			fixed("mt.jum-l-indipendenza", "Jum l-Indipendenza", "Independence Day", time.September, 21),
			fixed("mt.il-kuncizzjoni", "Il-Kunċizzjoni", "Immaculate Conception", time.December, 8),
			fixed("mt.jum-ir-repubblika", "Jum ir-Repubblika", "Republic Day", time.December, 13),
			fixed("mt.il-milied", "Il-Milied", "Christmas Day", time.December, 25),
		},
	}
}
