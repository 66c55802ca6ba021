package holidays

import "time"

// italy: Legge 27 maggio 1949 n. 260 as amended (Festa della Repubblica back
// on 2 June since 2001, on the first Sunday of June 1977–2000; San Francesco
// d'Assisi, 4 October, a national holiday again from 2026), and the one-off
// 17 March 2011 (150th anniversary of unification). Local patron saints'
// days are not included.
func italy() *country {
	return &country{
		code: "IT", name: "Italia", nameEN: "Italy",
		rules: []rule{
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
	}
}

// spain: the holidays common to the whole country (Estatuto de los
// Trabajadores art. 37.2 and the annual BOE resolution). Each autonomous
// community may replace some of them and moves holidays falling on a Sunday
// in its own way; those regional choices are not modelled. Jueves Santo is a
// holiday in every community except Catalonia and Valencia: Optional.
func spain() *country {
	return &country{
		code: "ES", name: "España", nameEN: "Spain",
		rules: []rule{
			fixed("es.ano-nuevo", "Año Nuevo", "New Year's Day", time.January, 1),
			fixed("es.epifania", "Epifanía del Señor", "Epiphany", time.January, 6),
			easter("es.jueves-santo", "Jueves Santo", "Maundy Thursday", -3).category(Optional),
			easter("es.viernes-santo", "Viernes Santo", "Good Friday", -2),
			fixed("es.fiesta-del-trabajo", "Fiesta del Trabajo", "Labour Day", time.May, 1),
			fixed("es.asuncion", "Asunción de la Virgen", "Assumption Day", time.August, 15),
			fixed("es.fiesta-nacional", "Fiesta Nacional de España", "National Day", time.October, 12),
			fixed("es.todos-los-santos", "Todos los Santos", "All Saints' Day", time.November, 1),
			fixed("es.constitucion", "Día de la Constitución", "Constitution Day", time.December, 6),
			fixed("es.inmaculada", "Inmaculada Concepción", "Immaculate Conception", time.December, 8),
			fixed("es.navidad", "Natividad del Señor", "Christmas Day", time.December, 25),
		},
	}
}

// poland: Ustawa o dniach wolnych od pracy (1951) as amended: Trzech Króli
// since 2011, Wigilia since 2025; the one-off 12 November 2018 (centenary of
// independence).
func poland() *country {
	return &country{
		code: "PL", name: "Polska", nameEN: "Poland",
		rules: []rule{
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

// czechia: Zákon o státních svátcích (245/2000 Sb.): Good Friday since 2016;
// 28 September and 17 November since 2000.
func czechia() *country {
	return &country{
		code: "CZ", name: "Česko", nameEN: "Czechia",
		rules: []rule{
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
