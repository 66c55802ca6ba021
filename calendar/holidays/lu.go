package holidays

import "time"

// luxembourg: Code du travail L.232-2 (names in Luxembourgish). Europe Day
// (9 May) since 2019. A holiday on a Sunday gives a compensatory day off,
// not a fixed date, so no substitute days are modelled. Good Friday is a
// bank holiday only (Bank). The accession of Grand Duke Guillaume (3 October
// 2025) was not made a holiday.
func luxembourg() *country {
	return &country{
		code: "LU", name: "Lëtzebuerg", nameEN: "Luxembourg",
		rules: []*rule{
			fixed("lu.neijoerschdag", "Neijoerschdag", "New Year's Day", time.January, 1),
			easter("lu.karfreideg", "Karfreideg", "Good Friday", -2).category(Bank),
			easter("lu.ouschtermeindeg", "Ouschterméindeg", "Easter Monday", 1),
			fixed("lu.dag-vun-der-aarbecht", "Dag vun der Aarbecht", "Labour Day", time.May, 1),
			fixed("lu.europadag", "Europadag", "Europe Day", time.May, 9).since(2019),
			easter("lu.christi-himmelfaart", "Christi Himmelfaart", "Ascension Day", 39),
			easter("lu.pengschtmeindeg", "Péngschtméindeg", "Whit Monday", 50),
			fixed("lu.nationalfeierdag", "Nationalfeierdag", "National Day", time.June, 23),
			fixed("lu.leiffraweschdag", "Léiffrawëschdag", "Assumption Day", time.August, 15),
			fixed("lu.allerhellgen", "Allerhellgen", "All Saints' Day", time.November, 1),
			fixed("lu.chreschtdag", "Chrëschtdag", "Christmas Day", time.December, 25),
			fixed("lu.stiefesdag", "Stiefesdag", "St Stephen's Day", time.December, 26),
		},
	}
}
