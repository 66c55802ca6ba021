package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// withZurichCity adds "CH-ZH-ZURICH", the city of Zürich (an extension of
// ISO 3166-2 like DE-BY-AUGSBURG), to the Swiss table c: its two local
// afternoons off, on which the city administration and most businesses
// close from noon (Stadt Zürich, "Feiertage und arbeitsfreie Tage"):
// HalfDay. Sechseläuten is the third Monday in April, a week earlier when
// that is in Holy Week and a week later when it is Easter Monday;
// Knabenschiessen's Monday is the Monday after the second Saturday in
// September.
func withZurichCity(c *country) *country {
	const city = "CH-ZH-ZURICH"
	c.regions = append(c.regions, regionDef{city, "Zürich (Stadt)", "Zurich (city)", "CH-ZH"})
	c.rules = append(c.rules,
		newRule("ch.sechselaeuten", "Sechseläuten (ab Mittag)", "Sechseläuten (afternoon)", chSechselaeuten).regions(city).category(HalfDay),
		newRule("ch.knabenschiessen", "Knabenschiessen (Montag ab Mittag)", "Knabenschiessen Monday (afternoon)", func(y int) (date.Date, bool) {
			sat, _ := nthWeekday(time.September, time.Saturday, 2)(y)
			return sat + 2, true
		}).regions(city).category(HalfDay),
	)
	return c
}

// chSechselaeuten is the Monday of Zürich's Sechseläuten.
func chSechselaeuten(y int) (date.Date, bool) {
	d, _ := nthWeekday(time.April, time.Monday, 3)(y)
	switch e := Easter(y); d {
	case e - 6: // Monday of Holy Week
		d -= 7
	case e + 1: // Easter Monday
		d += 7
	}
	return d, true
}
