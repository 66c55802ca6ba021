package holidays

import "time"

// croatia: Zakon o blagdanima, spomendanima i neradnim danima (NN 110/2019,
// from 2020) and its predecessor (NN 33/1996 and amendments). Statehood
// Day was 30 May until 2001 and 25 June 2002–2019, 30 May again from 2020;
// Independence Day (8 October) was a holiday 2002–2019; Remembrance Day for
// Vukovar (18 November) from 2020. Epiphany has been a holiday since 2002
// (NN 96/2001).
func croatia() *country {
	return &country{
		code: "HR", name: "Hrvatska", nameEN: "Croatia",
		rules: []*rule{
			fixed("hr.nova-godina", "Nova godina", "New Year's Day", time.January, 1),
			fixed("hr.bogojavljenje", "Bogojavljenje ili Sveta tri kralja", "Epiphany", time.January, 6).since(2002),
			easter("hr.uskrs", "Uskrs", "Easter Sunday", 0),
			easter("hr.uskrsni-ponedjeljak", "Uskrsni ponedjeljak", "Easter Monday", 1),
			fixed("hr.praznik-rada", "Praznik rada", "Labour Day", time.May, 1),
			fixed("hr.dan-drzavnosti", "Dan državnosti", "Statehood Day", time.May, 30).until(2001),
			fixed("hr.dan-drzavnosti", "Dan državnosti", "Statehood Day", time.June, 25).years(2002, 2019),
			fixed("hr.dan-drzavnosti", "Dan državnosti", "Statehood Day", time.May, 30).since(2020),
			easter("hr.tijelovo", "Tijelovo", "Corpus Christi", 60),
			fixed("hr.dan-antifasisticke-borbe", "Dan antifašističke borbe", "Anti-Fascist Struggle Day", time.June, 22),
			fixed("hr.dan-pobjede", "Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja", "Victory and Homeland Thanksgiving Day", time.August, 5),
			fixed("hr.velika-gospa", "Velika Gospa", "Assumption Day", time.August, 15),
			fixed("hr.dan-neovisnosti", "Dan neovisnosti", "Independence Day", time.October, 8).years(2002, 2019),
			fixed("hr.svi-sveti", "Svi sveti", "All Saints' Day", time.November, 1),
			fixed("hr.dan-sjecanja", "Dan sjećanja na žrtve Domovinskog rata i Dan sjećanja na žrtvu Vukovara i Škabrnje", "Remembrance Day", time.November, 18).since(2020),
			fixed("hr.bozic", "Božić", "Christmas Day", time.December, 25),
			fixed("hr.sveti-stjepan", "Sveti Stjepan", "St Stephen's Day", time.December, 26),
		},
	}
}
