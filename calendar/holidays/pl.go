package holidays

import "time"

// poland: Ustawa o dniach wolnych od pracy (1951) as amended: Trzech Króli
// since 2011, Wigilia since 2025; the one-off 12 November 2018 (centenary of
// independence).
func poland() *country {
	return &country{
		code: "PL", name: "Polska", nameEN: "Poland",
		rules: []*rule{
			fixed("pl.nowy-rok", "Nowy Rok", "New Year's Day", time.January, 1),
			fixed("pl.trzech-kroli", "Święto Trzech Króli", "Epiphany", time.January, 6).since(2011),
			easter("pl.wielkanoc", "Wielkanoc", "Easter Sunday", 0),
			easter("pl.poniedzialek-wielkanocny", "Poniedziałek Wielkanocny", "Easter Monday", 1),
			fixed("pl.swieto-pracy", "Święto Pracy", "Labour Day", time.May, 1),
			fixed("pl.konstytucja-3-maja", "Święto Konstytucji 3 Maja", "Constitution Day", time.May, 3),
			easter("pl.zielone-swiatki", "Zielone Świątki", "Whit Sunday", 49),
			easter("pl.boze-cialo", "Boże Ciało", "Corpus Christi", 60),
			fixed("pl.wniebowziecie", "Wniebowzięcie Najświętszej Maryi Panny", "Assumption Day", time.August, 15),
			fixed("pl.wszystkich-swietych", "Wszystkich Świętych", "All Saints' Day", time.November, 1),
			fixed("pl.niepodleglosci", "Narodowe Święto Niepodległości", "Independence Day", time.November, 11),
			once("pl.stulecie-niepodleglosci", "Święto 100-lecia odzyskania niepodległości", "Centenary of Independence", 2018, time.November, 12),
			fixed("pl.wigilia", "Wigilia Bożego Narodzenia", "Christmas Eve", time.December, 24).since(2025),
			fixed("pl.boze-narodzenie-1", "Boże Narodzenie (pierwszy dzień)", "Christmas Day", time.December, 25),
			fixed("pl.boze-narodzenie-2", "Boże Narodzenie (drugi dzień)", "St Stephen's Day", time.December, 26),
		},
	}
}
