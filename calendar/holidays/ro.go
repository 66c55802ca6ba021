package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// romania: Codul muncii (Legea 53/2003) art. 139 as amended: Orthodox
// Easter and Pentecost (Rusalii, from 2008), the Dormition (15 August,
// from 2009), St Andrew (30 November, from 2012), the Union of the
// Principalities (24 January, from 2017), Children's Day (1 June, from
// 2017), Orthodox Good Friday (from 2018), Epiphany and St John the Baptist
// (6 and 7 January, from 2024). A holiday on a weekend is not moved.
func romania() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	return &country{
		code: "RO", name: "România", nameEN: "Romania",
		rules: []*rule{
			fixed("ro.anul-nou", "Anul Nou", "New Year's Day", time.January, 1),
			fixed("ro.anul-nou-2", "A doua zi de Anul Nou", "Day after New Year's Day", time.January, 2),
			fixed("ro.boboteaza", "Botezul Domnului (Boboteaza)", "Epiphany", time.January, 6).since(2024),
			fixed("ro.sfantul-ioan", "Soborul Sfântului Prooroc Ioan Botezătorul", "St John the Baptist", time.January, 7).since(2024),
			fixed("ro.unirea-principatelor", "Ziua Unirii Principatelor Române", "Union Day", time.January, 24).since(2017),
			ortho("ro.vinerea-mare", "Vinerea Mare", "Orthodox Good Friday", -2).since(2018),
			ortho("ro.pastele", "Paștele", "Orthodox Easter Sunday", 0),
			ortho("ro.a-doua-zi-de-paste", "A doua zi de Paște", "Orthodox Easter Monday", 1),
			fixed("ro.ziua-muncii", "Ziua Muncii", "Labour Day", time.May, 1),
			fixed("ro.ziua-copilului", "Ziua Copilului", "Children's Day", time.June, 1).since(2017),
			ortho("ro.rusaliile", "Rusaliile", "Orthodox Pentecost", 49).since(2008),
			ortho("ro.a-doua-zi-de-rusalii", "A doua zi de Rusalii", "Orthodox Whit Monday", 50).since(2008),
			fixed("ro.adormirea-maicii-domnului", "Adormirea Maicii Domnului", "Dormition of the Mother of God", time.August, 15).since(2009),
			fixed("ro.sfantul-andrei", "Sfântul Andrei", "St Andrew's Day", time.November, 30).since(2012),
			fixed("ro.ziua-nationala", "Ziua Națională a României", "National Day", time.December, 1),
			fixed("ro.craciunul", "Crăciunul", "Christmas Day", time.December, 25),
			fixed("ro.a-doua-zi-de-craciun", "A doua zi de Crăciun", "Second Day of Christmas", time.December, 26),
		},
	}
}
