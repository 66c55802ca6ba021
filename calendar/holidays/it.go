package holidays

import "time"

// italy: Legge 27 maggio 1949 n. 260 as amended (Festa della Repubblica back
// on 2 June since 2001, on the first Sunday of June 1977–2000; San Francesco
// d'Assisi, 4 October, a national holiday again from 2026), and the one-off
// 17 March 2011 (150th anniversary of unification). The provinces and the
// patron saints' days of their capitals are in it_cities.go.
func italy() *country {
	return withItalianCities(&country{
		code: "IT", name: "Italia", nameEN: "Italy",
		rules: []*rule{
			fixed("it.capodanno", "Capodanno", "New Year's Day", time.January, 1),
			fixed("it.epifania", "Epifania", "Epiphany", time.January, 6),
			once("it.unita-d-italia", "Anniversario dell'Unità d'Italia", "Anniversary of the Unification of Italy", 2011, time.March, 17),
			easter("it.pasqua", "Pasqua", "Easter Sunday", 0),
			easter("it.lunedi-dell-angelo", "Lunedì dell'Angelo", "Easter Monday", 1),
			fixed("it.liberazione", "Festa della Liberazione", "Liberation Day", time.April, 25),
			fixed("it.festa-del-lavoro", "Festa del Lavoro", "Labour Day", time.May, 1),
			fixed("it.festa-della-repubblica", "Festa della Repubblica", "Republic Day", time.June, 2).since(2001),
			nth("it.festa-della-repubblica", "Festa della Repubblica", "Republic Day", time.June, time.Sunday, 1).years(1977, 2000),
			fixed("it.ferragosto", "Assunzione di Maria (Ferragosto)", "Assumption Day", time.August, 15),
			fixed("it.san-francesco", "San Francesco d'Assisi", "St Francis of Assisi", time.October, 4).since(2026),
			fixed("it.ognissanti", "Ognissanti", "All Saints' Day", time.November, 1),
			fixed("it.immacolata", "Immacolata Concezione", "Immaculate Conception", time.December, 8),
			fixed("it.natale", "Natale", "Christmas Day", time.December, 25),
			fixed("it.santo-stefano", "Santo Stefano", "St Stephen's Day", time.December, 26),
		},
	})
}
