package holidays

import "time"

// spain: the holidays common to the whole country (Estatuto de los
// Trabajadores art. 37.2 and the annual BOE resolution). Each autonomous
// community may replace some of them and moves holidays falling on a Sunday
// in its own way; those regional choices are in es_communities.go. Jueves
// Santo is a holiday in every community except Catalonia and (most years)
// Valencia: Optional here, Public in the communities that keep it.
func spain() *country {
	return withSpanishCommunities(&country{
		code: "ES", name: "España", nameEN: "Spain",
		rules: []*rule{
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
	})
}
