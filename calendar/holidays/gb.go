package holidays

import "time"

// unitedKingdom: Banking and Financial Dealings Act 1971 (schedule 1),
// the St Andrew's Day Bank Holiday (Scotland) Act 2007, the royal
// proclamations for moved and extra bank holidays, and the gov.uk bank
// holiday lists. Christmas Day and Good Friday are common-law holidays in
// England, Wales and Northern Ireland; all are Public here, because bank
// holidays are the general days off. That holds for Scotland too: its set
// is the bank holidays of the Act's Scottish schedule and of proclamations
// for Scotland (as gov.uk lists them), not the local public holidays that
// Scottish councils set.
//
// "GB" holds the holidays common to all four nations; the nations are
// GB-ENG, GB-WLS, GB-SCT and GB-NIR.
func unitedKingdom() *country {
	const eng, wls, sct, nir = "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"
	return &country{
		code: "GB", name: "United Kingdom (days common to all four nations)", nameEN: "United Kingdom (days common to all four nations)",
		obsLocal: " (substitute day)", obsEN: " (substitute day)",
		regions: []regionDef{
			{eng, "England", "England", ""},
			{wls, "Cymru", "Wales", ""},
			{sct, "Scotland", "Scotland", ""},
			{nir, "Northern Ireland", "Northern Ireland", ""},
		},
		rules: []*rule{
			fixed("gb.new-years-day", "New Year's Day", "New Year's Day", time.January, 1).subst(nextFree).since(1974),
			fixed("gb.2-january", "2nd January", "2nd January", time.January, 2).regions(sct).subst(nextFree),
			fixed("gb.st-patricks-day", "St Patrick's Day", "St Patrick's Day", time.March, 17).regions(nir).subst(nextFree),
			easter("gb.good-friday", "Good Friday", "Good Friday", -2),
			easter("gb.easter-monday", "Easter Monday", "Easter Monday", 1).regions(eng, wls, nir),
			// Early May bank holiday, moved to 8 May for the 50th and 75th
			// anniversaries of VE Day.
			nth("gb.early-may", "Early May bank holiday", "Early May bank holiday", time.May, time.Monday, 1).since(1978).except(1995, 2020),
			once("gb.early-may", "Early May bank holiday (VE Day)", "Early May bank holiday (VE Day)", 1995, time.May, 8),
			once("gb.early-may", "Early May bank holiday (VE Day)", "Early May bank holiday (VE Day)", 2020, time.May, 8),
			// Spring bank holiday, moved for the Golden, Diamond and Platinum Jubilees.
			nth("gb.spring", "Spring bank holiday", "Spring bank holiday", time.May, time.Monday, -1).since(1971).except(1977, 2002, 2012, 2022),
			// 1977, Silver Jubilee: moved to 6 June in England, Wales and
			// Northern Ireland, with the jubilee on 7 June; Scotland kept 30 May
			// (HC Deb 19 January 1977 vol 924 cc191-3W).
			once("gb.spring", "Spring bank holiday", "Spring bank holiday", 1977, time.May, 30).regions(sct),
			once("gb.spring", "Spring bank holiday", "Spring bank holiday", 1977, time.June, 6).regions(eng, wls, nir),
			once("gb.silver-jubilee", "Queen's Silver Jubilee", "Queen's Silver Jubilee", 1977, time.June, 7).regions(eng, wls, nir),
			once("gb.spring", "Spring bank holiday", "Spring bank holiday", 2002, time.June, 4),
			once("gb.spring", "Spring bank holiday", "Spring bank holiday", 2012, time.June, 4),
			once("gb.spring", "Spring bank holiday", "Spring bank holiday", 2022, time.June, 2),
			once("gb.golden-jubilee", "Queen's Golden Jubilee", "Queen's Golden Jubilee", 2002, time.June, 3),
			once("gb.diamond-jubilee", "Queen's Diamond Jubilee", "Queen's Diamond Jubilee", 2012, time.June, 5),
			once("gb.platinum-jubilee", "Platinum Jubilee bank holiday", "Platinum Jubilee bank holiday", 2022, time.June, 3),
			once("gb.royal-wedding", "Royal wedding", "Royal wedding", 1981, time.July, 29),
			once("gb.royal-wedding", "Royal wedding", "Royal wedding", 2011, time.April, 29),
			once("gb.millennium", "Millennium Day", "Millennium Day", 1999, time.December, 31),
			once("gb.state-funeral", "Bank Holiday for the State Funeral of Queen Elizabeth II", "Bank Holiday for the State Funeral of Queen Elizabeth II", 2022, time.September, 19),
			once("gb.coronation", "Bank holiday for the coronation of King Charles III", "Bank holiday for the coronation of King Charles III", 2023, time.May, 8),
			// Scotland only: "To mark the achievement of Scotland's men's
			// football team competing at the FIFA World Cup for the first time
			// in 28 years" (Royal Proclamation of 3 February 2026 under s. 1(3)
			// of the 1971 Act; gov.uk/bank-holidays lists it for Scotland
			// alone). A bank holiday like every other day of this table, so
			// Public by the rule above.
			once("gb.world-cup", "World Cup bank holiday", "World Cup bank holiday", 2026, time.June, 15).regions(sct),
			fixed("gb.battle-of-the-boyne", "Battle of the Boyne (Orangemen's Day)", "Battle of the Boyne (Orangemen's Day)", time.July, 12).regions(nir).subst(nextFree),
			nth("gb.summer", "Summer bank holiday", "Summer bank holiday", time.August, time.Monday, 1).regions(sct),
			nth("gb.summer", "Summer bank holiday", "Summer bank holiday", time.August, time.Monday, -1).regions(eng, wls, nir).since(1971),
			fixed("gb.st-andrews-day", "St Andrew's Day", "St Andrew's Day", time.November, 30).regions(sct).subst(nextFree).since(2007),
			fixed("gb.christmas-day", "Christmas Day", "Christmas Day", time.December, 25).subst(nextFree),
			fixed("gb.boxing-day", "Boxing Day", "Boxing Day", time.December, 26).subst(nextFree),
		},
	}
}
