package holidays

import "time"

// czechia: Zákon o státních svátcích (245/2000 Sb.): Good Friday since 2016;
// 28 September and 17 November since 2000.
func czechia() *country {
	return &country{
		code: "CZ", name: "Česko", nameEN: "Czechia",
		rules: []*rule{
			fixed("cz.novy-rok", "Den obnovy samostatného českého státu; Nový rok", "New Year's Day; Restoration Day of the Independent Czech State", time.January, 1),
			easter("cz.velky-patek", "Velký pátek", "Good Friday", -2).since(2016),
			easter("cz.velikonocni-pondeli", "Velikonoční pondělí", "Easter Monday", 1),
			fixed("cz.svatek-prace", "Svátek práce", "Labour Day", time.May, 1),
			fixed("cz.den-vitezstvi", "Den vítězství", "Victory in Europe Day", time.May, 8),
			fixed("cz.cyril-a-metodej", "Den slovanských věrozvěstů Cyrila a Metoděje", "Saints Cyril and Methodius Day", time.July, 5),
			fixed("cz.jan-hus", "Den upálení mistra Jana Husa", "Jan Hus Day", time.July, 6),
			fixed("cz.den-ceske-statnosti", "Den české státnosti", "St Wenceslas Day (Czech Statehood Day)", time.September, 28).since(2000),
			fixed("cz.den-vzniku-csr", "Den vzniku samostatného československého státu", "Independent Czechoslovak State Day", time.October, 28),
			fixed("cz.den-boje-za-svobodu", "Den boje za svobodu a demokracii", "Struggle for Freedom and Democracy Day", time.November, 17).since(2000),
			fixed("cz.stedry-den", "Štědrý den", "Christmas Eve", time.December, 24),
			fixed("cz.1-svatek-vanocni", "1. svátek vánoční", "Christmas Day", time.December, 25),
			fixed("cz.2-svatek-vanocni", "2. svátek vánoční", "St Stephen's Day", time.December, 26),
		},
	}
}
