package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// chile: the holidays of the Código del Trabajo and the laws that set them:
// Ley 2.977 (1915) and its amendments; Ley 19.668 (2000: 29 June and 12
// October, and Corpus Christi until its abolition, move to the Monday of
// their week from a Tuesday to a Thursday and to the next Monday from a
// Friday); Ley 20.148 (2007: Virgen del Carmen, 16 July, replacing Corpus
// Christi); Ley 20.215 (2007: 17 September when the 18th is a Tuesday, 20
// September when the 19th is a Thursday); Ley 20.299 (2008: Día de las
// Iglesias Evangélicas y Protestantes, 31 October, moved to the Friday
// before from a Tuesday and to the Friday after from a Wednesday); Ley
// 20.983 (2017: 2 January when New Year's Day is a Sunday); Ley 21.357
// (2021: Día Nacional de los Pueblos Indígenas on the day of the winter
// solstice); the one-off laws for 17 September 2021 and 16 September 2022.
// Until 1998 11 September was a holiday; 1999–2001 the first Monday of
// September (Día de la Unidad Nacional, Ley 19.588). Election days, which
// fall on Sundays, and Chillán's 20 August are not included; Arica y
// Parinacota (CL-AP) has 7 June (from 2013).
func chile() *country {
	const ap = "CL-AP"
	moveMonday := func(y int, m time.Month, d int) date.Date {
		t := civilDate(y, m, d)
		switch t.Weekday() {
		case time.Tuesday, time.Wednesday, time.Thursday:
			return t - date.Date(t.Weekday()-time.Monday)
		case time.Friday:
			return t + 3
		}
		return t
	}
	return &country{
		code: "CL", name: "Chile", nameEN: "Chile",
		regions: []regionDef{{ap, "Arica y Parinacota", "Arica y Parinacota", ""}},
		rules: []*rule{
			fixed("cl.ano-nuevo", "Año Nuevo", "New Year's Day", time.January, 1),
			newRule("cl.feriado-2-de-enero", "Feriado adicional (2 de enero)", "Additional holiday (2 January)", func(y int) (date.Date, bool) {
				d := civilDate(y, time.January, 2)
				return d, d.Weekday() == time.Monday
			}).since(2017),
			easter("cl.viernes-santo", "Viernes Santo", "Good Friday", -2),
			easter("cl.sabado-santo", "Sábado Santo", "Holy Saturday", -1),
			fixed("cl.dia-del-trabajo", "Día Nacional del Trabajo", "Labour Day", time.May, 1),
			fixed("cl.glorias-navales", "Día de las Glorias Navales", "Navy Day", time.May, 21),
			easter("cl.corpus-christi", "Corpus Christi", "Corpus Christi", 60).until(1999),
			newRule("cl.corpus-christi", "Corpus Christi", "Corpus Christi", func(y int) (date.Date, bool) {
				d := Easter(y) + 60
				return moveMonday(y, d.Month(), d.Day()), true
			}).years(2000, 2006),
			fixed("cl.asalto-y-toma-del-morro", "Asalto y Toma del Morro de Arica", "Capture of the Morro of Arica", time.June, 7).regions(ap).since(2013),
			newRule("cl.pueblos-indigenas", "Día Nacional de los Pueblos Indígenas", "National Indigenous Peoples' Day", func(y int) (date.Date, bool) {
				if y == 2021 {
					// The law's first year: Monday 21 June, although the
					// solstice fell at 23:32 on the 20th, Chile time.
					return civilDate(y, time.June, 21), true
				}
				return solarTermDay(y, 90, -4), true // the June solstice in Chile's winter time (UTC−4)
			}).since(2021),
			newRule("cl.san-pedro-y-san-pablo", "San Pedro y San Pablo", "Saints Peter and Paul", func(y int) (date.Date, bool) {
				if y < 2000 {
					return civilDate(y, time.June, 29), true
				}
				return moveMonday(y, time.June, 29), true
			}),
			fixed("cl.virgen-del-carmen", "Día de la Virgen del Carmen", "Our Lady of Mount Carmel", time.July, 16).since(2007),
			fixed("cl.asuncion", "Asunción de la Virgen", "Assumption Day", time.August, 15),
			fixed("cl.pronunciamiento-militar", "Día de la Unidad Nacional", "Day of National Unity", time.September, 11).until(1998),
			nth("cl.pronunciamiento-militar", "Día de la Unidad Nacional", "Day of National Unity", time.September, time.Monday, 1).years(1999, 2001),
			newRule("cl.fiestas-patrias", "Fiestas Patrias (feriado adicional)", "National holiday (additional day)", func(y int) (date.Date, bool) {
				switch civilDate(y, time.September, 18).Weekday() {
				case time.Tuesday:
					return civilDate(y, time.September, 17), true
				case time.Wednesday:
					return civilDate(y, time.September, 20), true
				}
				return 0, false
			}).since(2007),
			once("cl.fiestas-patrias", "Fiestas Patrias (feriado adicional)", "National holiday (additional day)", 2021, time.September, 17),
			once("cl.fiestas-patrias", "Fiestas Patrias (feriado adicional)", "National holiday (additional day)", 2022, time.September, 16),
			fixed("cl.independencia", "Independencia Nacional", "Independence Day", time.September, 18),
			fixed("cl.glorias-del-ejercito", "Día de las Glorias del Ejército", "Army Day", time.September, 19),
			newRule("cl.encuentro-de-dos-mundos", "Encuentro de Dos Mundos", "Meeting of Two Worlds", func(y int) (date.Date, bool) {
				if y < 2000 {
					return civilDate(y, time.October, 12), true
				}
				return moveMonday(y, time.October, 12), true
			}),
			newRule("cl.iglesias-evangelicas", "Día de las Iglesias Evangélicas y Protestantes", "Reformation Day", func(y int) (date.Date, bool) {
				d := civilDate(y, time.October, 31)
				switch d.Weekday() {
				case time.Tuesday:
					return d - 4, true
				case time.Wednesday:
					return d + 2, true
				}
				return d, true
			}).since(2008),
			fixed("cl.todos-los-santos", "Día de Todos los Santos", "All Saints' Day", time.November, 1),
			fixed("cl.inmaculada-concepcion", "Inmaculada Concepción", "Immaculate Conception", time.December, 8),
			fixed("cl.navidad", "Navidad", "Christmas Day", time.December, 25),
		},
	}
}
