package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// bulgaria: Кодекс на труда чл. 154: Orthodox Easter from Good Friday to
// Easter Monday (Good Friday from 2008, Holy Saturday from 2008), St
// George's Day (6 May), Christmas Eve (from 2012). When one of the fixed
// holidays (1 January, 3 March, 1, 6 and 24 May, 6 and 22 September, 24–26
// December) falls on a Saturday or Sunday, the first working day after is
// a holiday (чл. 154 ал. 2); Easter days are not moved.
func bulgaria() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	f := func(id, name, nameEN string, m time.Month, d int) *rule {
		return fixed(id, name, nameEN, m, d).subst(nextFree)
	}
	return &country{
		code: "BG", name: "България", nameEN: "Bulgaria",
		obsLocal: " (почивен ден)", obsEN: " (observed)",
		rules: []*rule{
			f("bg.nova-godina", "Нова година", "New Year's Day", time.January, 1),
			f("bg.osvobozhdenie", "Ден на Освобождението на България", "Liberation Day", time.March, 3),
			ortho("bg.velikden-petak", "Велики петък", "Orthodox Good Friday", -2).since(2008),
			ortho("bg.velikden-subota", "Велика събота", "Orthodox Holy Saturday", -1).since(2008),
			ortho("bg.velikden", "Великден", "Orthodox Easter Sunday", 0),
			ortho("bg.velikden-ponedelnik", "Великден (втори ден)", "Orthodox Easter Monday", 1),
			f("bg.den-na-truda", "Ден на труда", "Labour Day", time.May, 1),
			f("bg.gergyovden", "Гергьовден, Ден на храбростта", "St George's Day", time.May, 6),
			f("bg.24-may", "Ден на светите Кирил и Методий, на българската азбука, просвета и култура", "Day of Slavonic Alphabet, Bulgarian Enlightenment and Culture", time.May, 24),
			f("bg.saedinenie", "Ден на Съединението", "Unification Day", time.September, 6),
			f("bg.nezavisimost", "Ден на Независимостта", "Independence Day", time.September, 22),
			f("bg.badni-vecher", "Бъдни вечер", "Christmas Eve", time.December, 24).since(2012),
			f("bg.koleda", "Рождество Христово", "Christmas Day", time.December, 25),
			f("bg.koleda-2", "Рождество Христово (втори ден)", "Second Day of Christmas", time.December, 26),
		},
	}
}
