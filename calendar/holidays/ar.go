package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// argentina: Ley 27.399 (2017) from 2018: the immovable holidays (art. 1),
// the movable ones (17 June, 17 August, 12 October, 20 November: from a
// Tuesday or Wednesday to the Monday before, from a Thursday or Friday to
// the Monday after, art. 6; a day whose Monday is an immovable holiday
// stays, as 17 June 2022 did by Decreto 789/2021), Holy Thursday as a
// "día no laborable" (Optional), and up to three days a year the executive
// fixes "con fines turísticos" (art. 7): feriados (Public) in 2021–2024,
// días no laborables (Optional, the employer decides) in 2018–2020 and
// from 2025. 2011–2017: Decreto 1584/2010 (17 August on the third Monday
// of August, 12 October on the second Monday of October, 20 November on
// the fourth Monday of November; Carnival restored; 17 June from 2016,
// Ley 27.258); 1995–2010: Ley 23.555 (20 June, 17 August and 12 October
// movable by the rule of art. 6 above), 24 March from 2006 (Ley 26.085), 2
// April immovable from 2001. The bridge days the executive fixed yearly in
// 2011–2017 are not included.
func argentina() *country {
	// move: Ley 27.399 art. 6 / Ley 23.555: Tuesday, Wednesday → the Monday
	// before; Thursday, Friday → the Monday after; unless that Monday is
	// one of the immovable days in fixedOn.
	move := func(m time.Month, d int) whenFunc {
		return func(y int) (date.Date, bool) {
			t := civilDate(y, m, d)
			var o date.Date
			switch t.Weekday() {
			case time.Tuesday, time.Wednesday:
				o = t - date.Date(t.Weekday()-time.Monday)
			case time.Thursday, time.Friday:
				o = t + date.Date(8-int(t.Weekday()))
			default:
				return t, true
			}
			if arImmovable(o) {
				return t, true
			}
			return o, true
		}
	}
	tourism := func(y int, cat Category, src string, days ...[2]int) []*rule {
		name, nameEN := "Feriado con fines turísticos", "Tourism bridge holiday"
		if cat == Optional {
			name, nameEN = "Día no laborable con fines turísticos", "Tourism bridge day (non-working day)"
		}
		var out []*rule
		for _, md := range days {
			r := once("ar.fines-turisticos", name, nameEN, y, time.Month(md[0]), md[1]).category(cat)
			r.dates = func(yy int, o []dated) []dated {
				if yy != y {
					return o
				}
				return append(o, dated{d: civilDate(y, time.Month(md[0]), md[1]), src: src})
			}
			out = append(out, r)
		}
		return out
	}
	rules := []*rule{
		fixed("ar.ano-nuevo", "Año Nuevo", "New Year's Day", time.January, 1),
		easter("ar.carnaval-lunes", "Carnaval", "Carnival Monday", -48).since(2011),
		easter("ar.carnaval-martes", "Carnaval", "Carnival Tuesday", -47).since(2011),
		fixed("ar.dia-de-la-memoria", "Día Nacional de la Memoria por la Verdad y la Justicia", "Day of Remembrance for Truth and Justice", time.March, 24).since(2006),
		fixed("ar.malvinas", "Día del Veterano y de los Caídos en la Guerra de Malvinas", "Malvinas Day", time.April, 2).since(2001),
		easter("ar.jueves-santo", "Jueves Santo (día no laborable)", "Holy Thursday (non-working day)", -3).category(Optional),
		easter("ar.viernes-santo", "Viernes Santo", "Good Friday", -2),
		fixed("ar.dia-del-trabajador", "Día del Trabajador", "Labour Day", time.May, 1),
		fixed("ar.revolucion-de-mayo", "Día de la Revolución de Mayo", "May Revolution Day", time.May, 25),
		newRule("ar.guemes", "Paso a la Inmortalidad del General Don Martín Miguel de Güemes", "Anniversary of the death of Güemes", move(time.June, 17)).since(2016),
		newRule("ar.belgrano", "Paso a la Inmortalidad del General Manuel Belgrano", "Flag Day", move(time.June, 20)).until(2010),
		fixed("ar.belgrano", "Paso a la Inmortalidad del General Manuel Belgrano", "Flag Day", time.June, 20).since(2011),
		fixed("ar.independencia", "Día de la Independencia", "Independence Day", time.July, 9),
		newRule("ar.san-martin", "Paso a la Inmortalidad del General José de San Martín", "Anniversary of the death of San Martín", move(time.August, 17)).until(2010),
		nth("ar.san-martin", "Paso a la Inmortalidad del General José de San Martín", "Anniversary of the death of San Martín", time.August, time.Monday, 3).years(2011, 2017),
		newRule("ar.san-martin", "Paso a la Inmortalidad del General José de San Martín", "Anniversary of the death of San Martín", move(time.August, 17)).since(2018),
		newRule("ar.diversidad-cultural", "Día de la Raza", "Columbus Day", move(time.October, 12)).until(2010),
		nth("ar.diversidad-cultural", "Día del Respeto a la Diversidad Cultural", "Day of Respect for Cultural Diversity", time.October, time.Monday, 2).years(2011, 2017),
		newRule("ar.diversidad-cultural", "Día del Respeto a la Diversidad Cultural", "Day of Respect for Cultural Diversity", move(time.October, 12)).since(2018),
		nth("ar.soberania-nacional", "Día de la Soberanía Nacional", "National Sovereignty Day", time.November, time.Monday, 4).years(2010, 2017),
		newRule("ar.soberania-nacional", "Día de la Soberanía Nacional", "National Sovereignty Day", move(time.November, 20)).since(2018),
		fixed("ar.inmaculada-concepcion", "Inmaculada Concepción de María", "Immaculate Conception", time.December, 8),
		fixed("ar.navidad", "Navidad", "Christmas Day", time.December, 25),
		// One-off national holidays: the Bicentenary (24 May 2010), the
		// census days (27 October 2010, 18 May 2022), the World Cup
		// celebration (20 December 2022, Decreto 842/2022).
		once("ar.bicentenario", "Bicentenario de la Revolución de Mayo", "Bicentenary of the May Revolution", 2010, time.May, 24),
		once("ar.censo", "Censo Nacional", "National Census Day", 2010, time.October, 27),
		once("ar.censo", "Censo Nacional", "National Census Day", 2022, time.May, 18),
		once("ar.campeonato-mundial", "Festejo del Campeonato Mundial de Fútbol", "World Cup celebration", 2022, time.December, 20),
	}
	rules = append(rules, tourism(2018, Optional, "Decreto 923/2017", [2]int{4, 30}, [2]int{12, 24}, [2]int{12, 31})...)
	rules = append(rules, tourism(2019, Optional, "Decreto 923/2017", [2]int{7, 8}, [2]int{8, 19}, [2]int{10, 14})...)
	rules = append(rules, tourism(2020, Optional, "Decreto 717/2019", [2]int{3, 23}, [2]int{7, 10}, [2]int{12, 7})...)
	rules = append(rules, tourism(2021, Public, "Decreto 947/2020", [2]int{5, 24}, [2]int{10, 8}, [2]int{11, 22})...)
	rules = append(rules, tourism(2022, Public, "Decreto 789/2021", [2]int{10, 7}, [2]int{11, 21}, [2]int{12, 9})...)
	rules = append(rules, tourism(2023, Public, "Decreto 764/2022", [2]int{5, 26}, [2]int{6, 19}, [2]int{10, 13})...)
	rules = append(rules, tourism(2024, Public, "Decreto 106/2023", [2]int{4, 1}, [2]int{6, 21}, [2]int{10, 11})...)
	rules = append(rules, tourism(2025, Optional, "Decreto 1027/2024", [2]int{5, 2}, [2]int{8, 15}, [2]int{11, 21})...)
	rules = append(rules, tourism(2026, Optional, "Resolución JGM 164/2025 (Decreto 614/2025)", [2]int{3, 23}, [2]int{7, 10}, [2]int{12, 7})...)
	return &country{code: "AR", name: "Argentina", nameEN: "Argentina", rules: rules}
}

// arImmovable reports whether d is one of Argentina's immovable holidays
// that a movable one could be moved onto (20 June from 2011; the other
// immovable days never fall on the Mondays next to the movable ones).
func arImmovable(d date.Date) bool {
	return yearOf(d) >= 2011 && d == civilDate(yearOf(d), time.June, 20)
}
