package holidays

import "time"

// netherlands: the Algemene termijnenwet (Atw) and the royal decrees on
// Koningsdag. Atw art. 3(1) lists the "algemeen erkende feestdagen" (New
// Year's Day, the second days of Easter and Whitsun, both Christmas days,
// Ascension Day, the King's birthday and 5 May) and art. 3(2) equates Good
// Friday with them; art. 3(3) lets a royal decree equate further days
// (bridge days such as the Friday after Ascension). All of that is for
// statutory time limits only: Dutch law gives no one a day off on any of
// these days; the collective agreements (cao's) do. Public here is
// therefore the days off under most cao's. Good Friday is an Atw day (it
// ends or extends statutory time limits like Christmas) but a day off only
// under some cao's: Optional. Bevrijdingsdag (5 May) is an Atw day every
// year but a day off under most cao's only every fifth year (1995, 2000,
// …): Public in those years, Optional otherwise. The days equated by royal
// decree under art. 3(3) are not modelled.
func netherlands() *country {
	lustrum := func(y int) bool { return y%5 == 0 }
	return &country{
		code: "NL", name: "Nederland", nameEN: "Netherlands",
		rules: []*rule{
			fixed("nl.nieuwjaarsdag", "Nieuwjaarsdag", "New Year's Day", time.January, 1),
			easter("nl.goede-vrijdag", "Goede Vrijdag", "Good Friday", -2).category(Optional),
			easter("nl.eerste-paasdag", "Eerste Paasdag", "Easter Sunday", 0),
			easter("nl.tweede-paasdag", "Tweede Paasdag", "Easter Monday", 1),
			// Koninginnedag 30 April (Saturday 29 April when the 30th is a Sunday) until 2013.
			sundayBack("nl.koninginnedag", "Koninginnedag", "Queen's Day", time.April, 30).years(1980, 2013),
			// Koningsdag 27 April (Saturday 26 April when the 27th is a Sunday) since 2014.
			sundayBack("nl.koningsdag", "Koningsdag", "King's Day", time.April, 27).since(2014),
			fixed("nl.bevrijdingsdag", "Bevrijdingsdag", "Liberation Day", time.May, 5).since(1990).onlyIf(lustrum),
			fixed("nl.bevrijdingsdag", "Bevrijdingsdag", "Liberation Day", time.May, 5).since(1990).category(Optional).onlyIf(func(y int) bool { return !lustrum(y) }),
			easter("nl.hemelvaartsdag", "Hemelvaartsdag", "Ascension Day", 39),
			easter("nl.eerste-pinksterdag", "Eerste Pinksterdag", "Whit Sunday", 49),
			easter("nl.tweede-pinksterdag", "Tweede Pinksterdag", "Whit Monday", 50),
			fixed("nl.eerste-kerstdag", "Eerste Kerstdag", "Christmas Day", time.December, 25),
			fixed("nl.tweede-kerstdag", "Tweede Kerstdag", "St Stephen's Day", time.December, 26),
		},
	}
}
