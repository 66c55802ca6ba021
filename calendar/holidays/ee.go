package holidays

import "time"

// estonia: Pühade ja tähtpäevade seadus § 2 (public holidays): Christmas
// Eve from 2005. A holiday on a weekend is not moved.
func estonia() *country {
	return &country{
		code: "EE", name: "Eesti", nameEN: "Estonia",
		rules: []*rule{
			fixed("ee.uusaasta", "Uusaasta", "New Year's Day", time.January, 1),
			fixed("ee.iseseisvuspaev", "Iseseisvuspäev", "Independence Day", time.February, 24),
			easter("ee.suur-reede", "Suur reede", "Good Friday", -2),
			easter("ee.ulestousmispuhade-1-puha", "Ülestõusmispühade 1. püha", "Easter Sunday", 0),
			fixed("ee.kevadpuha", "Kevadpüha", "Spring Day", time.May, 1),
			easter("ee.nelipuhade-1-puha", "Nelipühade 1. püha", "Whit Sunday", 49),
			fixed("ee.voidupuha", "Võidupüha", "Victory Day", time.June, 23),
			fixed("ee.jaanipaev", "Jaanipäev", "Midsummer Day", time.June, 24),
			fixed("ee.taasiseseisvumispaev", "Taasiseseisvumispäev", "Day of Restoration of Independence", time.August, 20),
			fixed("ee.joululaupaev", "Jõululaupäev", "Christmas Eve", time.December, 24).since(2005),
			fixed("ee.esimene-joulupuha", "Esimene jõulupüha", "Christmas Day", time.December, 25),
			fixed("ee.teine-joulupuha", "Teine jõulupüha", "Second Day of Christmas", time.December, 26),
		},
	}
}
