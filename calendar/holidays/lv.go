package holidays

import "time"

// latvia: Likums "Par svētku, atceres un atzīmējamām dienām" § 1: the
// Restoration of Independence (4 May) and the Proclamation of the Republic
// (18 November) give the next working day when they fall on a weekend
// (§ 1 (2)); one-off days off: the closing day of the Song and Dance
// Festival (9 July 2018, 10 July 2023) and the ice hockey bronze medal (29
// May 2023). Mother's Day (the second Sunday in May) is a holiday on a
// Sunday and not listed.
func latvia() *country {
	return &country{
		code: "LV", name: "Latvija", nameEN: "Latvia",
		rules: []*rule{
			fixed("lv.jaunais-gads", "Jaunais gads", "New Year's Day", time.January, 1),
			easter("lv.liela-piektdiena", "Lielā piektdiena", "Good Friday", -2),
			easter("lv.lieldienas", "Lieldienas", "Easter Sunday", 0),
			easter("lv.otras-lieldienas", "Otrās Lieldienas", "Easter Monday", 1),
			fixed("lv.darba-svetki", "Darba svētki", "Labour Day", time.May, 1),
			fixed("lv.neatkaribas-atjaunosana", "Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day", time.May, 4).subst(nextFree),
			once("lv.hokeja-bronza", "Hokeja bronzas medaļas diena", "Ice hockey bronze medal day", 2023, time.May, 29),
			easter("lv.vasarsvetki", "Vasarsvētki", "Whit Sunday", 49),
			fixed("lv.ligo", "Līgo diena", "Midsummer Eve", time.June, 23),
			fixed("lv.jani", "Jāņu diena", "Midsummer Day", time.June, 24),
			once("lv.dziesmu-svetki", "Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day", 2018, time.July, 9),
			once("lv.dziesmu-svetki", "Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day", 2023, time.July, 10),
			fixed("lv.proklamesana", "Latvijas Republikas Proklamēšanas diena", "Proclamation Day", time.November, 18).subst(nextFree),
			fixed("lv.ziemassvetku-vakars", "Ziemassvētku vakars", "Christmas Eve", time.December, 24),
			fixed("lv.ziemassvetki", "Pirmie Ziemassvētki", "Christmas Day", time.December, 25),
			fixed("lv.otrie-ziemassvetki", "Otrie Ziemassvētki", "Second Day of Christmas", time.December, 26),
			fixed("lv.vecgada-vakars", "Vecgada vakars", "New Year's Eve", time.December, 31),
		},
	}
}
