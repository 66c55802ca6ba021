package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// colombia: Ley 51 de 1983 ("Ley Emiliani"): besides the fixed holidays (1
// January, 1 May, 20 July, 7 August, 8 December, 25 December) and Holy
// Thursday and Good Friday, the holidays of 6 January, 19 March, 29 June,
// 15 August, 12 October, 1 November and 11 November, and Ascension,
// Corpus Christi and the Sacred Heart, are moved to the following Monday
// when they do not fall on one (the Easter days: 43, 64 and 71 days after
// Easter Sunday, the Mondays after the Thursdays and the Friday).
func colombia() *country {
	monday := func(id, name, nameEN string, m time.Month, d int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
			return coNextMonday(civilDate(y, m, d)), true
		})
	}
	return &country{
		code: "CO", name: "Colombia", nameEN: "Colombia",
		rules: []*rule{
			fixed("co.ano-nuevo", "Año Nuevo", "New Year's Day", time.January, 1),
			monday("co.reyes-magos", "Día de los Reyes Magos", "Epiphany", time.January, 6),
			monday("co.san-jose", "Día de San José", "St Joseph's Day", time.March, 19),
			easter("co.jueves-santo", "Jueves Santo", "Holy Thursday", -3),
			easter("co.viernes-santo", "Viernes Santo", "Good Friday", -2),
			fixed("co.dia-del-trabajo", "Día del Trabajo", "Labour Day", time.May, 1),
			easter("co.ascension", "Ascensión del Señor", "Ascension Day", 43),
			easter("co.corpus-christi", "Corpus Christi", "Corpus Christi", 64),
			easter("co.sagrado-corazon", "Sagrado Corazón", "Sacred Heart", 71),
			monday("co.san-pedro-y-san-pablo", "San Pedro y San Pablo", "Saints Peter and Paul", time.June, 29),
			fixed("co.dia-de-la-independencia", "Día de la Independencia", "Independence Day", time.July, 20),
			fixed("co.batalla-de-boyaca", "Batalla de Boyacá", "Battle of Boyacá", time.August, 7),
			monday("co.asuncion", "La Asunción de la Virgen", "Assumption Day", time.August, 15),
			monday("co.dia-de-la-raza", "Día de la Raza", "Columbus Day", time.October, 12),
			monday("co.todos-los-santos", "Día de Todos los Santos", "All Saints' Day", time.November, 1),
			monday("co.independencia-de-cartagena", "Independencia de Cartagena", "Independence of Cartagena", time.November, 11),
			fixed("co.inmaculada-concepcion", "Inmaculada Concepción", "Immaculate Conception", time.December, 8),
			fixed("co.navidad", "Navidad", "Christmas Day", time.December, 25),
		},
	}
}

// coNextMonday is d when d is a Monday, else the Monday after.
func coNextMonday(d date.Date) date.Date {
	return d + date.Date(mod(int(time.Monday)-int(d.Weekday()), 7))
}
