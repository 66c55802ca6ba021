package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// ukraine: Кодекс законів про працю art. 73 (holidays and days off) and
// art. 67 (a holiday on a weekend gives the next working day off).
// Changes: 2 May no longer a day off from 2018; Defenders' Day (14
// October) from 2015, Catholic Christmas (25 December) from 2017;
// Statehood Day (28 July) from 2022. Under martial law, in force since 24
// February 2022 and extended every 90 days, the holidays are working days
// (Law 2136-IX of 15 March 2022, art. 6): from 16 March 2022 every holiday
// is listed as Optional (a legal holiday that is not a day off) and none is
// moved. The calendar reform of Law 3107-IX (28 July 2023) dropped 7
// January, moved Statehood Day to 15 July, Defenders' Day to 1 October
// and the Day of Remembrance and Victory to 8 May, from the next dates.
// Easter and Trinity follow the Julian computus. The end of martial law is
// not known: years after it ends need updating.
func ukraine() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	// martial reports whether d is under martial law (from 16 March 2022).
	const martialFrom = 2022
	peace := func(r *rule) []*rule {
		// Before martial law: Public, moved from a weekend to the next
		// working day; after: Optional, not moved.
		wr := *r
		war := &wr
		war.cat, war.sub = Optional, noSubst
		r.sub = nextFree
		w, wWar := r.when, war.when
		r.when = func(y int) (date.Date, bool) {
			d, ok := w(y)
			return d, ok && d < civilDate(martialFrom, time.March, 16)
		}
		war.when = func(y int) (date.Date, bool) {
			d, ok := wWar(y)
			return d, ok && d >= civilDate(martialFrom, time.March, 16)
		}
		return []*rule{r, war}
	}
	var rules []*rule
	for _, r := range []*rule{
		fixed("ua.novyi-rik", "Новий рік", "New Year's Day", time.January, 1),
		newRule("ua.rizdvo-7-sichnia", "Різдво Христове (7 січня)", "Orthodox Christmas", func(y int) (date.Date, bool) { return julianDate(y-1, 12, 25), true }).until(2023),
		fixed("ua.mizhnarodnyi-zhinochyi-den", "Міжнародний жіночий день", "International Women's Day", time.March, 8),
		ortho("ua.velykden", "Великдень", "Orthodox Easter", 0),
		fixed("ua.den-pratsi", "День праці", "Labour Day", time.May, 1),
		fixed("ua.den-pratsi-2", "День праці (2 травня)", "Labour Day (2 May)", time.May, 2).until(2017),
		fixed("ua.den-peremohy", "День перемоги", "Victory Day", time.May, 9).until(2023),
		fixed("ua.den-pamiati-ta-peremohy", "День пам'яті та перемоги над нацизмом у Другій світовій війні", "Day of Remembrance and Victory over Nazism", time.May, 8).since(2024),
		ortho("ua.triitsia", "Трійця", "Orthodox Trinity", 49),
		fixed("ua.den-konstytutsii", "День Конституції України", "Constitution Day", time.June, 28),
		fixed("ua.den-derzhavnosti", "День Української Державності", "Statehood Day", time.July, 28).years(2022, 2023),
		fixed("ua.den-derzhavnosti", "День Української Державності", "Statehood Day", time.July, 15).since(2024),
		fixed("ua.den-nezalezhnosti", "День Незалежності України", "Independence Day", time.August, 24),
		fixed("ua.den-zakhysnykiv", "День захисників і захисниць України", "Defenders' Day", time.October, 14).years(2015, 2022),
		fixed("ua.den-zakhysnykiv", "День захисників і захисниць України", "Defenders' Day", time.October, 1).since(2023),
		fixed("ua.rizdvo", "Різдво Христове (25 грудня)", "Christmas Day", time.December, 25).since(2017),
	} {
		rules = append(rules, peace(r)...)
	}
	return &country{code: "UA", name: "Україна", nameEN: "Ukraine", obsLocal: " (вихідний)", obsEN: " (day off)", rules: rules}
}
