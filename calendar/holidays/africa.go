package holidays

import "time"

// kenya: the Public Holidays Act (Cap. 110) and the Constitution of 2010
// (art. 9(4)): New Year's Day, Good Friday, Easter Monday, Labour Day,
// Madaraka Day (1 June), Mashujaa Day (20 October, Kenyatta Day until
// 2009), Jamhuri Day (12 December), Christmas, Boxing Day, Moi Day (10
// October, until 2009) and Idd-ul-Fitr (the tabular estimate; the date is
// gazetted after the moon sighting). A public holiday on a Sunday gives
// the Monday after (s. 3). Not modelled: the days of 10 October since 2017
// (Moi Day restored by the courts, later Utamaduni and Mazingira Day) and
// the holidays the Cabinet Secretary gazettes for one year.
func kenya() *country {
	none := announced{}
	return &country{
		code: "KE", name: "Kenya", nameEN: "Kenya",
		obsLocal: " (observed)", obsEN: " (observed)",
		rules: []*rule{
			fixed("ke.new-year", "New Year's Day", "New Year's Day", time.January, 1).subst(sunNextFree),
			easter("ke.good-friday", "Good Friday", "Good Friday", -2),
			easter("ke.easter-monday", "Easter Monday", "Easter Monday", 1),
			fixed("ke.labour-day", "Labour Day", "Labour Day", time.May, 1).subst(sunNextFree),
			fixed("ke.madaraka-day", "Madaraka Day", "Madaraka Day", time.June, 1).subst(sunNextFree),
			islamicRule("ke.idd-ul-fitr", "Idd-ul-Fitr", "Eid al-Fitr", 10, 1, 0, none).subst(sunNextFree),
			fixed("ke.moi-day", "Moi Day", "Moi Day", time.October, 10).until(2009).subst(sunNextFree),
			fixed("ke.mashujaa-day", "Kenyatta Day", "Kenyatta Day", time.October, 20).until(2009).subst(sunNextFree),
			fixed("ke.mashujaa-day", "Mashujaa Day", "Heroes' Day", time.October, 20).since(2010).subst(sunNextFree),
			fixed("ke.jamhuri-day", "Jamhuri Day", "Independence Day", time.December, 12).subst(sunNextFree),
			fixed("ke.christmas", "Christmas Day", "Christmas Day", time.December, 25).subst(sunNextFree),
			fixed("ke.boxing-day", "Boxing Day", "Boxing Day", time.December, 26).subst(sunNextFree),
		},
	}
}

// nigeria: the Public Holidays Act (Cap. P40, as amended): New Year's Day,
// Good Friday, Easter Monday, Workers' Day, Democracy Day (29 May
// 2000–2018, 12 June since 2019), Independence Day (1 October), Christmas,
// Boxing Day, and the two days each of Eid al-Fitr and Eid al-Adha and Id
// el Maulud (tabular estimates: the Federal Government declares them
// after the moon sighting). A holiday on a weekend is taken on the next
// working day, as the Federal Government declares it.
func nigeria() *country {
	none := announced{}
	return &country{
		code: "NG", name: "Nigeria", nameEN: "Nigeria",
		obsLocal: " (observed)", obsEN: " (observed)",
		rules: []*rule{
			fixed("ng.new-year", "New Year's Day", "New Year's Day", time.January, 1).subst(nextFree),
			easter("ng.good-friday", "Good Friday", "Good Friday", -2),
			easter("ng.easter-monday", "Easter Monday", "Easter Monday", 1),
			fixed("ng.workers-day", "Workers' Day", "Workers' Day", time.May, 1).subst(nextFree),
			fixed("ng.democracy-day", "Democracy Day", "Democracy Day", time.May, 29).years(2000, 2018).subst(nextFree),
			fixed("ng.democracy-day", "Democracy Day", "Democracy Day", time.June, 12).since(2019).subst(nextFree),
			islamicRule("ng.eid-al-fitr", "Eid-el-Fitr", "Eid al-Fitr", 10, 1, 0, none).subst(nextFree),
			islamicRule("ng.eid-al-fitr-2", "Eid-el-Fitr (second day)", "Eid al-Fitr (second day)", 10, 1, 1, none).subst(nextFree),
			islamicRule("ng.eid-al-adha", "Eid-el-Kabir", "Eid al-Adha", 12, 10, 0, none).subst(nextFree),
			islamicRule("ng.eid-al-adha-2", "Eid-el-Kabir (second day)", "Eid al-Adha (second day)", 12, 10, 1, none).subst(nextFree),
			islamicRule("ng.id-el-maulud", "Id el Maulud", "Prophet's Birthday", 3, 12, 0, none).subst(nextFree),
			fixed("ng.independence-day", "Independence Day", "Independence Day", time.October, 1).subst(nextFree),
			fixed("ng.christmas", "Christmas Day", "Christmas Day", time.December, 25).subst(nextFree),
			fixed("ng.boxing-day", "Boxing Day", "Boxing Day", time.December, 26).subst(nextFree),
		},
	}
}
