package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// mexico: Ley Federal del Trabajo art. 74 (días de descanso obligatorio).
// The reform of 17 January 2006 moved three days to Mondays: 5 February to
// the first Monday in February, 21 March to the third Monday in March, 20
// November to the third Monday in November. The transmission of the
// Federal Executive is a rest day every six years: 1 December until 2018,
// 1 October from 2024 (the constitutional reform of 10 February 2014, art.
// 83, and the LFT as amended). Election days of ordinary federal and local
// elections are rest days too, but fall on Sundays. A rest day on a weekend
// is not moved.
//
// Holy Thursday, Good Friday, 2 November and 12 December are days on
// which banks close (the CNBV's yearly list of days the financial
// institutions suspend operations) and the federal administration gives
// Holy Thursday and Good Friday off: Bank.
func mexico() *country {
	transmission := func(y int) (date.Date, bool) {
		switch {
		case y >= 2024 && (y-2024)%6 == 0:
			return civilDate(y, time.October, 1), true
		case y <= 2018 && (2018-y)%6 == 0:
			return civilDate(y, time.December, 1), true
		}
		return 0, false
	}
	return &country{
		code: "MX", name: "México", nameEN: "Mexico",
		rules: []*rule{
			fixed("mx.ano-nuevo", "Año Nuevo", "New Year's Day", time.January, 1),
			fixed("mx.dia-de-la-constitucion", "Día de la Constitución", "Constitution Day", time.February, 5).until(2005),
			nth("mx.dia-de-la-constitucion", "Día de la Constitución", "Constitution Day", time.February, time.Monday, 1).since(2006),
			fixed("mx.natalicio-de-benito-juarez", "Natalicio de Benito Juárez", "Benito Juárez's Birthday", time.March, 21).until(2005),
			nth("mx.natalicio-de-benito-juarez", "Natalicio de Benito Juárez", "Benito Juárez's Birthday", time.March, time.Monday, 3).since(2006),
			easter("mx.jueves-santo", "Jueves Santo", "Holy Thursday", -3).category(Bank),
			easter("mx.viernes-santo", "Viernes Santo", "Good Friday", -2).category(Bank),
			fixed("mx.dia-del-trabajo", "Día del Trabajo", "Labour Day", time.May, 1),
			fixed("mx.dia-de-la-independencia", "Día de la Independencia", "Independence Day", time.September, 16),
			newRule("mx.transmision-del-poder-ejecutivo", "Transmisión del Poder Ejecutivo Federal", "Inauguration Day", transmission),
			fixed("mx.dia-de-muertos", "Día de Muertos", "Day of the Dead", time.November, 2).category(Bank),
			fixed("mx.dia-de-la-revolucion", "Día de la Revolución", "Revolution Day", time.November, 20).until(2005),
			nth("mx.dia-de-la-revolucion", "Día de la Revolución", "Revolution Day", time.November, time.Monday, 3).since(2006),
			fixed("mx.dia-de-la-virgen-de-guadalupe", "Día de la Virgen de Guadalupe", "Our Lady of Guadalupe", time.December, 12).category(Bank),
			fixed("mx.navidad", "Navidad", "Christmas Day", time.December, 25),
		},
	}
}
