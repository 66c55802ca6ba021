package holidays

import "time"

// southKorea: 관공서의 공휴일에 관한 규정 (Regulations on Holidays of
// Government Offices, Presidential Decree, as amended) and, since 2022, 공휴일에
// 관한 법률 (Act on Public Holidays): the days government offices close,
// which private employers follow since 2022 (Labour Standards Act art. 55).
// Seollal and Chuseok are the day before, the day and the day after lunar
// 1/1 and 8/15 in Korean time (UTC+9; Korea's lunar calendar differs from
// China's in some years: Seollal 1997, 2027, 2028; Chuseok 2040).
//
// Substitute holidays (대체공휴일, art. 3): since 2014, a day of Seollal or
// Chuseok on a Sunday or on another holiday, and Children's Day on a
// weekend day or another holiday, give the next day that is neither a
// weekend day nor a holiday; since 2021 the same for the national days
// (1 March, 15 August, 3 October, 9 October), since 2023 for the Buddha's
// Birthday and Christmas. Election days are public holidays (공직선거법 art.
// 34); the temporary holidays (임시공휴일) the Government designated are
// listed as one-offs. Workers' Day (1 May, 근로자의 날 제정에 관한 법률) is a
// paid day off for employees but not for government offices: Bank.
func southKorea() *country {
	const z = zoneUTC9
	seollal := func(off int) *rule {
		return newRule("kr.seollal", "설날", "Seollal", lunarNewYearWhen(off, z))
	}
	chuseok := func(off int) *rule {
		return newRule("kr.chuseok", "추석", "Chuseok", lunarWhen(8, 15, off, z))
	}
	nat := weekendOrOverlapNextFree
	c := &country{
		code: "KR", name: "대한민국", nameEN: "South Korea",
		obsLocal: " 대체공휴일", obsEN: " (substitute holiday)",
		rules: []*rule{
			fixed("kr.sinjeong", "신정", "New Year's Day", time.January, 1),
			fixed("kr.sinjeong", "신정", "New Year's Day", time.January, 2).until(1998),
			fixed("kr.sinjeong", "신정", "New Year's Day", time.January, 3).until(1989),
			seollal(-1).years(1989, 2013), seollal(0).years(1985, 2013), seollal(1).years(1989, 2013),
			seollal(-1).since(2014).subst(sunOrOverlapNextFree), seollal(0).since(2014).subst(sunOrOverlapNextFree), seollal(1).since(2014).subst(sunOrOverlapNextFree),
			fixed("kr.samiljeol", "3·1절", "Independence Movement Day", time.March, 1).until(2020),
			fixed("kr.samiljeol", "3·1절", "Independence Movement Day", time.March, 1).since(2021).subst(nat),
			fixed("kr.sikmogil", "식목일", "Arbor Day", time.April, 5).until(2005),
			fixed("kr.workers-day", "근로자의 날", "Workers' Day", time.May, 1).since(1994).category(Bank),
			fixed("kr.eorininal", "어린이날", "Children's Day", time.May, 5).years(1975, 2013),
			fixed("kr.eorininal", "어린이날", "Children's Day", time.May, 5).since(2014).subst(nat),
			newRule("kr.bucheonnim-osin-nal", "부처님 오신 날", "Buddha's Birthday", lunarWhen(4, 8, 0, z)).years(1975, 2022),
			newRule("kr.bucheonnim-osin-nal", "부처님 오신 날", "Buddha's Birthday", lunarWhen(4, 8, 0, z)).since(2023).subst(nat),
			fixed("kr.hyeonchungil", "현충일", "Memorial Day", time.June, 6),
			fixed("kr.jeheonjeol", "제헌절", "Constitution Day", time.July, 17).until(2007),
			fixed("kr.gwangbokjeol", "광복절", "Liberation Day", time.August, 15).until(2020),
			fixed("kr.gwangbokjeol", "광복절", "Liberation Day", time.August, 15).since(2021).subst(nat),
			chuseok(-1).years(1989, 2013), chuseok(0).until(2013), chuseok(1).years(1989, 2013),
			chuseok(-1).since(2014).subst(sunOrOverlapNextFree), chuseok(0).since(2014).subst(sunOrOverlapNextFree), chuseok(1).since(2014).subst(sunOrOverlapNextFree),
			fixed("kr.gukgunui-nal", "국군의 날", "Armed Forces Day", time.October, 1).until(1990),
			fixed("kr.gaecheonjeol", "개천절", "National Foundation Day", time.October, 3).until(2020),
			fixed("kr.gaecheonjeol", "개천절", "National Foundation Day", time.October, 3).since(2021).subst(nat),
			fixed("kr.hangeullal", "한글날", "Hangeul Day", time.October, 9).until(1990),
			fixed("kr.hangeullal", "한글날", "Hangeul Day", time.October, 9).years(2013, 2020),
			fixed("kr.hangeullal", "한글날", "Hangeul Day", time.October, 9).since(2021).subst(nat),
			fixed("kr.christmas", "기독탄신일", "Christmas Day", time.December, 25).until(2022),
			fixed("kr.christmas", "기독탄신일", "Christmas Day", time.December, 25).since(2023).subst(nat),
		},
	}
	// Election days (공직선거법 art. 34): presidential (P), National Assembly
	// (N) and local (L) elections, as held; the 2026 local and 2028 National
	// Assembly elections on the days the Act fixes.
	for _, e := range []struct {
		kind string
		y    int
		m    time.Month
		d    int
	}{
		{"L", 1995, 6, 27}, {"N", 1996, 4, 11}, {"P", 1997, 12, 18}, {"L", 1998, 6, 4},
		{"N", 2000, 4, 13}, {"L", 2002, 6, 13}, {"P", 2002, 12, 19}, {"N", 2004, 4, 15},
		{"L", 2006, 5, 31}, {"P", 2007, 12, 19}, {"N", 2008, 4, 9}, {"L", 2010, 6, 2},
		{"N", 2012, 4, 11}, {"P", 2012, 12, 19}, {"L", 2014, 6, 4}, {"N", 2016, 4, 13},
		{"P", 2017, 5, 9}, {"L", 2018, 6, 13}, {"N", 2020, 4, 15}, {"P", 2022, 3, 9},
		{"L", 2022, 6, 1}, {"N", 2024, 4, 10}, {"P", 2025, 6, 3}, {"L", 2026, 6, 3},
		{"N", 2028, 4, 12},
	} {
		n := map[string][2]string{
			"P": {"대통령 선거일", "Presidential Election Day"},
			"N": {"국회의원 선거일", "National Assembly Election Day"},
			"L": {"전국동시지방선거일", "Local Election Day"},
		}[e.kind]
		c.rules = append(c.rules, once("kr.election-day", n[0], n[1], e.y, e.m, e.d))
	}
	// Temporary holidays designated by the Government (임시공휴일).
	for _, d := range []struct {
		y    int
		m    time.Month
		d    int
		name string
	}{
		{2002, 7, 1, "2002 FIFA World Cup"}, {2015, 8, 14, "70th anniversary of Liberation"},
		{2016, 5, 6, "temporary holiday"}, {2017, 10, 2, "temporary holiday"},
		{2020, 8, 17, "temporary holiday"}, {2023, 10, 2, "temporary holiday"},
		{2024, 10, 1, "Armed Forces Day"}, {2025, 1, 27, "temporary holiday"},
	} {
		c.rules = append(c.rules, once("kr.imsi-gonghyuil", "임시공휴일", "Temporary Public Holiday ("+d.name+")", d.y, d.m, d.d))
	}
	return c
}
