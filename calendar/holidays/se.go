package holidays

import "time"

// sweden: lag (1989:253) om allmänna helgdagar: Whit Monday until 2004,
// National Day a public holiday since 2005; Midsommardagen is the Saturday
// 20–26 June, Alla helgons dag the Saturday 31 October–6 November.
// Midsommarafton, Julafton and Nyårsafton are de facto holidays (banks and
// most offices closed): Bank.
func sweden() *country {
	return &country{
		code: "SE", name: "Sverige", nameEN: "Sweden",
		rules: []*rule{
			fixed("se.nyarsdagen", "Nyårsdagen", "New Year's Day", time.January, 1),
			fixed("se.trettondedag-jul", "Trettondedag jul", "Epiphany", time.January, 6),
			easter("se.langfredagen", "Långfredagen", "Good Friday", -2),
			easter("se.paskdagen", "Påskdagen", "Easter Sunday", 0),
			easter("se.annandag-pask", "Annandag påsk", "Easter Monday", 1),
			fixed("se.forsta-maj", "Första maj", "Labour Day", time.May, 1),
			easter("se.kristi-himmelsfardsdag", "Kristi himmelsfärdsdag", "Ascension Day", 39),
			easter("se.pingstdagen", "Pingstdagen", "Whit Sunday", 49),
			easter("se.annandag-pingst", "Annandag pingst", "Whit Monday", 50).until(2004),
			fixed("se.nationaldagen", "Sveriges nationaldag", "National Day", time.June, 6).since(2005),
			onOrAfter("se.midsommarafton", "Midsommarafton", "Midsummer Eve", time.June, 19, time.Friday).category(Bank),
			onOrAfter("se.midsommardagen", "Midsommardagen", "Midsummer Day", time.June, 20, time.Saturday),
			onOrAfter("se.alla-helgons-dag", "Alla helgons dag", "All Saints' Day", time.October, 31, time.Saturday),
			fixed("se.julafton", "Julafton", "Christmas Eve", time.December, 24).category(Bank),
			fixed("se.juldagen", "Juldagen", "Christmas Day", time.December, 25),
			fixed("se.annandag-jul", "Annandag jul", "St Stephen's Day", time.December, 26),
			fixed("se.nyarsafton", "Nyårsafton", "New Year's Eve", time.December, 31).category(Bank),
		},
	}
}
