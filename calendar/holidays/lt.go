package holidays

import "time"

// lithuania: Darbo kodeksas art. 123: All Souls' Day (2 November) from 2020,
// Christmas Eve from 2012. Mother's and Father's Days (the first Sundays of
// May and June) are holidays on Sundays and not listed. A holiday on a
// weekend is not moved.
func lithuania() *country {
	return &country{
		code: "LT", name: "Lietuva", nameEN: "Lithuania",
		rules: []*rule{
			fixed("lt.naujieji-metai", "Naujųjų metų diena", "New Year's Day", time.January, 1),
			fixed("lt.valstybes-atkurimo-diena", "Lietuvos valstybės atkūrimo diena", "Restoration of the State Day", time.February, 16),
			fixed("lt.nepriklausomybes-atkurimo-diena", "Lietuvos nepriklausomybės atkūrimo diena", "Restoration of Independence Day", time.March, 11),
			easter("lt.velykos", "Velykos", "Easter Sunday", 0),
			easter("lt.antroji-velyku-diena", "Antroji Velykų diena", "Easter Monday", 1),
			fixed("lt.darbo-diena", "Tarptautinė darbo diena", "Labour Day", time.May, 1),
			fixed("lt.jonines", "Rasos ir Joninių diena", "St John's Day", time.June, 24),
			fixed("lt.valstybes-diena", "Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena", "Statehood Day", time.July, 6),
			fixed("lt.zolines", "Žolinė", "Assumption Day", time.August, 15),
			fixed("lt.visu-sventuju-diena", "Visų šventųjų diena", "All Saints' Day", time.November, 1),
			fixed("lt.mirusiuju-atminimo-diena", "Mirusiųjų atminimo (Vėlinių) diena", "All Souls' Day", time.November, 2).since(2020),
			fixed("lt.kucios", "Kūčios", "Christmas Eve", time.December, 24).since(2012),
			fixed("lt.kaledos", "Šv. Kalėdos", "Christmas Day", time.December, 25),
			fixed("lt.kaledos-2", "Antroji Kalėdų diena", "Second Day of Christmas", time.December, 26),
		},
	}
}
