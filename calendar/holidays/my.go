package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// malaysia: the Holidays Act 1951 (Act 369) and the states' holiday
// enactments, as the Prime Minister's Department gazettes them each year
// (Bahagian Kabinet, Perlembagaan dan Perhubungan Antara Kerajaan,
// https://www.kabinet.gov.my). The facts of the state rules, the history
// and the announced dates 2001–2023 are taken from python-holidays
// (malaysia.py, which follows the Prime Minister's Department's lists);
// 2024–2026 from the gazetted lists (2026: "Jadual Hari Kelepasan Am
// Persekutuan dan Negeri 2026" as bantuanterkini.my, "Kalendar 2026", and
// the nationwide list of 15 November 2025 on malcolmmelvin.blogspot.com
// reproduce it; Hari Raya Aidilfitri 21 March, Wesak 31 May: the full
// moon of May 2026 the estimate takes, 1 May, is the wrong one). Where the states' own notices and lists
// disagree with that compilation (the rulers' and governors' birthdays of
// Kedah, Perak, Perlis and Sabah, Melaka's days, the declared holidays),
// the rules follow the notices, cited beside them.
//
// "MY" holds the federal holidays common to all states (Deepavali is a
// holiday everywhere but in Sarawak); the states and
// federal territories (ISO 3166-2 MY-01 … MY-16) add theirs. A holiday on
// the weekly rest day gives the next day that is neither a weekend day nor
// a holiday (s. 3): Sunday; Friday in Johor (2014–2024) and Kedah; Saturday
// in Kelantan and Terengganu. Johor, Kedah, Kelantan and Terengganu have a
// Friday–Saturday weekend (Terengganu Saturday–Sunday 2008–2013, Johor
// only 2014–2024); Kedah, Kelantan and Terengganu before the dates modelled
// had other weekends, which are not modelled.
//
// The Islamic holidays, Vesak, Deepavali and Thaipusam follow the
// announcements where kept, and are estimated otherwise (marked): the
// tabular Islamic calendar, the 15th day of the 4th (or 3rd) Chinese lunar
// month for Wesak (myWesakEstimate), the Tamil
// Naraka Chaturdashi (hindu.go), the full moon of the Tamil month Thai.
func malaysia() *country {
	const (
		jhr, kdh, ktn, mlk, nsn, phg, png, prk = "MY-01", "MY-02", "MY-03", "MY-04", "MY-05", "MY-06", "MY-07", "MY-08"
		pls, sgr, trg, sbh, swk, kul, lbn, pjy = "MY-09", "MY-10", "MY-11", "MY-12", "MY-13", "MY-14", "MY-15", "MY-16"
		src                                    = "Prime Minister's Department, Malaysia (gazetted holidays)"
	)
	puasa := announcedDates(10, 1, src,
		"2001-12-17", "2002-12-06", "2003-11-26", "2004-11-14", "2005-11-03", "2006-10-24", "2007-10-13",
		"2008-10-01", "2009-09-20", "2010-09-10", "2011-08-31", "2012-08-19", "2013-08-08", "2014-07-28",
		"2015-07-17", "2016-07-06", "2017-06-25", "2018-06-15", "2019-06-05", "2020-05-24", "2021-05-13",
		"2022-05-02", "2023-04-22", "2024-04-10", "2025-03-31", "2026-03-21")
	haji := announcedDates(12, 10, src,
		"2001-03-06", "2002-02-23", "2003-02-12", "2004-02-02", "2005-01-21", "2006-01-10", "2006-12-31",
		"2007-12-20", "2008-12-09", "2009-11-28", "2010-11-17", "2011-11-07", "2012-10-26", "2013-10-15",
		"2014-10-05", "2015-09-24", "2016-09-12", "2017-09-01", "2018-08-22", "2019-08-11", "2020-07-31",
		"2021-07-20", "2022-07-10", "2023-06-29", "2024-06-17", "2025-06-07", "2026-05-27")
	muharram := announcedDates(1, 1, src,
		"2001-03-26", "2002-03-15", "2003-03-05", "2004-02-22", "2005-02-10", "2006-01-31", "2007-01-20",
		"2008-01-10", "2008-12-29", "2009-12-18", "2010-12-08", "2011-11-27", "2012-11-15", "2013-11-05",
		"2014-10-25", "2015-10-14", "2016-10-02", "2017-09-22", "2018-09-11", "2019-09-01", "2020-08-20",
		"2021-08-10", "2022-07-30", "2023-07-19", "2024-07-07", "2025-06-27", "2026-06-17")
	isra := announcedDates(7, 27, src,
		"2001-10-15", "2002-10-04", "2003-09-24", "2004-09-12", "2005-09-01", "2006-08-22", "2007-08-11",
		"2008-07-31", "2009-07-20", "2010-07-09", "2011-06-29", "2012-06-17", "2013-06-06", "2014-05-27",
		"2015-05-16", "2016-05-05", "2017-04-24", "2018-04-14", "2019-04-03", "2020-03-22", "2021-03-11",
		"2022-03-01", "2023-02-18", "2024-02-08", "2025-01-27", "2026-01-17")
	mawlid := announcedDates(3, 12, src,
		"2001-06-04", "2002-05-24", "2003-05-14", "2004-05-02", "2005-04-21", "2006-04-11", "2007-03-31",
		"2008-03-20", "2009-03-09", "2010-02-26", "2011-02-16", "2012-02-05", "2013-01-24", "2014-01-14",
		"2015-01-03", "2015-12-24", "2016-12-12", "2017-12-01", "2018-11-20", "2019-11-09", "2020-10-29",
		"2021-10-19", "2022-10-10", "2023-09-28", "2024-09-16", "2025-09-05", "2026-08-25")
	nuzul := announcedDates(9, 17, src,
		"2001-12-03", "2002-11-22", "2003-11-12", "2004-11-01", "2005-10-21", "2006-10-10", "2007-09-29",
		"2008-09-18", "2009-09-07", "2010-08-27", "2011-08-17", "2012-08-05", "2013-07-25", "2014-07-15",
		"2015-07-04", "2016-06-22", "2017-06-12", "2018-06-02", "2019-05-22", "2020-05-10", "2021-04-29",
		"2022-04-19", "2023-04-08", "2024-03-28", "2025-03-18", "2026-03-07")
	ramadan := announcedDates(9, 1, src,
		"2001-11-17", "2002-11-06", "2003-10-27", "2004-10-16", "2005-10-05", "2006-09-24", "2007-09-13",
		"2008-09-02", "2009-08-22", "2010-08-11", "2011-08-01", "2012-07-20", "2013-07-09", "2014-06-29",
		"2015-06-18", "2016-06-07", "2017-05-27", "2018-05-17", "2019-05-06", "2020-04-24", "2021-04-13",
		"2022-04-03", "2023-03-23", "2024-03-12", "2025-03-02", "2026-02-19")
	holJohor := announcedDates(2, 6, src,
		"2011-01-12", "2012-01-01", "2012-12-20", "2013-12-10", "2014-11-29", "2015-11-19", "2016-11-07",
		"2017-10-27", "2018-10-15", "2019-10-05", "2020-09-24", "2021-09-13", "2022-09-03")
	holIsmail := announcedDates(7, 6, src, "2009-06-29", "2010-06-19")
	vesak := announcedYearly(src, myWesakEstimate, "estimate: 15th day of the 4th Chinese lunar month, of the 3rd when that is in June",
		"2001-05-07", "2002-05-27", "2003-05-15", "2004-05-03", "2005-05-22", "2006-05-12", "2007-05-01",
		"2008-05-19", "2009-05-09", "2010-05-28", "2011-05-17", "2012-05-05", "2013-05-24", "2014-05-13",
		"2015-05-03", "2016-05-21", "2017-05-10", "2018-05-29", "2019-05-19", "2020-05-07", "2021-05-26",
		"2022-05-15", "2023-05-04", "2024-05-22", "2025-05-12", "2026-05-31")
	deepavali := announcedYearly(src, deepavaliEstimate, srcDeepavaliEstimate,
		"2001-11-14", "2002-11-03", "2003-10-23", "2004-11-11", "2005-11-01", "2006-10-21", "2007-11-08",
		"2008-10-27", "2009-10-17", "2010-11-05", "2011-10-26", "2012-11-13", "2013-11-02", "2014-10-22",
		"2015-11-10", "2016-10-29", "2017-10-18", "2018-11-06", "2019-10-27", "2020-11-14", "2021-11-04",
		"2022-10-24", "2023-11-12", "2024-10-31", "2025-10-20", "2026-11-08")
	thaipusam := announcedYearly(src, thaipusamEstimate, "estimate: the full moon of the Tamil month Thai",
		"2018-01-31", "2019-01-21", "2020-02-08", "2021-01-28", "2022-01-18", "2023-02-05", "2024-01-25",
		"2025-02-11", "2026-02-01", "2027-01-22")
	sub := restNextFree
	agong := func(y int) (date.Date, bool) {
		switch {
		case y <= 2017:
			return nthWeekday(time.June, time.Saturday, 1)(y)
		case y == 2018:
			return civilDate(y, time.September, 9), true
		case y == 2020:
			return civilDate(y, time.June, 8), true
		}
		return nthWeekday(time.June, time.Monday, 1)(y)
	}
	friSatFriRest := weekendSpan{days: days(time.Friday, time.Saturday), restDay: time.Friday}
	friSatSatRest := weekendSpan{days: days(time.Friday, time.Saturday), restDay: time.Saturday}
	c := &country{
		code: "MY", name: "Malaysia", nameEN: "Malaysia",
		obsLocal: " (ganti)", obsEN: " (in lieu)",
		regions: []regionDef{
			{jhr, "Johor", "Johor", ""}, {kdh, "Kedah", "Kedah", ""}, {ktn, "Kelantan", "Kelantan", ""},
			{mlk, "Melaka", "Malacca", ""}, {nsn, "Negeri Sembilan", "Negeri Sembilan", ""},
			{phg, "Pahang", "Pahang", ""}, {png, "Pulau Pinang", "Penang", ""}, {prk, "Perak", "Perak", ""},
			{pls, "Perlis", "Perlis", ""}, {sgr, "Selangor", "Selangor", ""}, {trg, "Terengganu", "Terengganu", ""},
			{sbh, "Sabah", "Sabah", ""}, {swk, "Sarawak", "Sarawak", ""},
			{kul, "Wilayah Persekutuan Kuala Lumpur", "Federal Territory of Kuala Lumpur", ""},
			{lbn, "Wilayah Persekutuan Labuan", "Federal Territory of Labuan", ""},
			{pjy, "Wilayah Persekutuan Putrajaya", "Federal Territory of Putrajaya", ""},
		},
		regionWeekend: map[string]weekend{
			jhr: {satSunSpan, friSatFriRest.from(2014, time.January, 1), satSunSpan.from(2025, time.January, 1)},
			kdh: {friSatFriRest},
			ktn: {friSatSatRest},
			trg: {friSatSatRest, satSunSpan.from(2008, time.January, 1), friSatSatRest.from(2014, time.January, 1)},
		},
		rules: []*rule{
			// federal
			fixed("my.new-year", "Tahun Baharu", "New Year's Day", time.January, 1).regions(kul, lbn, mlk, nsn, phg, pjy, png, prk, sbh, sgr, swk).subst(sub),
			newRule("my.chinese-new-year", "Tahun Baharu Cina", "Chinese New Year", lunarNewYearWhen(0, zoneUTC8)).subst(sub),
			newRule("my.chinese-new-year-2", "Tahun Baharu Cina (Hari Kedua)", "Chinese New Year (second day)", lunarNewYearWhen(1, zoneUTC8)).subst(sub),
			fixed("my.labour-day", "Hari Pekerja", "Labour Day", time.May, 1).subst(sub),
			announcedRule("my.wesak", "Hari Wesak", "Vesak Day", vesak, 0).subst(sub),
			newRule("my.agong-birthday", "Hari Keputeraan Seri Paduka Baginda Yang di-Pertuan Agong", "Birthday of the Yang di-Pertuan Agong", agong).subst(sub),
			fixed("my.national-day", "Hari Kebangsaan", "National Day", time.August, 31).subst(sub),
			fixed("my.malaysia-day", "Hari Malaysia", "Malaysia Day", time.September, 16).since(2010).subst(sub),
			announcedRule("my.deepavali", "Hari Deepavali", "Deepavali", deepavali, 0).regions(jhr, kdh, ktn, mlk, nsn, phg, png, prk, pls, sgr, trg, sbh, kul, lbn, pjy).subst(sub),
			fixed("my.christmas", "Hari Krismas", "Christmas Day", time.December, 25).subst(sub),
			islamicRule("my.maulidur-rasul", "Maulidur Rasul", "Prophet Muhammad's Birthday", 3, 12, 0, mawlid).subst(sub),
			islamicRule("my.hari-raya-puasa", "Hari Raya Aidilfitri", "Hari Raya Puasa", 10, 1, 0, puasa).subst(sub),
			islamicRule("my.hari-raya-puasa-2", "Hari Raya Aidilfitri (Hari Kedua)", "Hari Raya Puasa (second day)", 10, 1, 1, puasa).subst(sub),
			islamicRule("my.hari-raya-haji", "Hari Raya Aidiladha", "Hari Raya Haji", 12, 10, 0, haji).subst(sub),
			islamicRule("my.awal-muharram", "Awal Muharram", "Awal Muharram (Hijri New Year)", 1, 1, 0, muharram).subst(sub),
			// several states
			islamicRule("my.hari-raya-haji-2", "Hari Raya Aidiladha (Hari Kedua)", "Hari Raya Haji (second day)", 12, 10, 1, haji).regions(kdh, ktn, pls, trg).subst(sub),
			islamicRule("my.arafat", "Hari Arafah", "Arafat Day", 12, 10, -1, haji).regions(trg).subst(sub),
			islamicRule("my.israk-mikraj", "Israk dan Mikraj", "Isra and Mi'raj", 7, 27, 0, isra).regions(kdh, nsn, pls).subst(sub),
			islamicRule("my.israk-mikraj", "Israk dan Mikraj", "Isra and Mi'raj", 7, 27, 0, isra).regions(trg).since(2020).subst(sub),
			islamicRule("my.awal-ramadan", "Awal Ramadan", "Beginning of Ramadan", 9, 1, 0, ramadan).regions(jhr, kdh).subst(sub),
			// Melaka gave up Awal Ramadan for a third day of Hari Raya
			// Aidilfitri from 2025 (the Chief Minister's announcement of
			// February 2025; the state's list of 2025: 2 April).
			islamicRule("my.awal-ramadan", "Awal Ramadan", "Beginning of Ramadan", 9, 1, 0, ramadan).regions(mlk).until(2024).subst(sub),
			islamicRule("my.mlk.hari-raya-puasa-3", "Hari Raya Aidilfitri (Hari Ketiga)", "Hari Raya Puasa (third day)", 10, 1, 2, puasa).regions(mlk).since(2025).subst(sub),
			islamicRule("my.nuzul-al-quran", "Nuzul Al-Quran", "Nuzul Al-Quran", 9, 17, 0, nuzul).regions(ktn, kul, lbn, phg, pjy, pls, png, prk, sgr, trg).subst(sub),
			announcedRule("my.thaipusam", "Hari Thaipusam", "Thaipusam", thaipusam, 0).regions(jhr, kul, nsn, pjy, png, prk, sgr).subst(sub),
			fixed("my.federal-territory-day", "Hari Wilayah Persekutuan", "Federal Territory Day", time.February, 1).regions(kul, lbn, pjy).since(1974).subst(sub),
			easter("my.good-friday", "Good Friday", "Good Friday", -2).regions(sbh, swk),
			fixed("my.pesta-kaamatan", "Pesta Kaamatan", "Harvest Festival", time.May, 30).regions(sbh, lbn),
			fixed("my.pesta-kaamatan-2", "Pesta Kaamatan (Hari Kedua)", "Harvest Festival (second day)", time.May, 31).regions(sbh, lbn),
			// one state each
			// Johor before Sultan Iskandar's death (22 January 2010): his
			// birthday, 8 April, and the Hari Hol of his father Sultan Ismail
			// (6 Rejab: 29 June 2009, 19 June 2010), in the federal lists of
			// 2009 and 2010 (a 2009 wall calendar on pdfcoke.com; Labuan
			// Corporation's copy of the 2010 list). The 8 April 2010 of that
			// list, printed before his death, is left out; Sultan Ibrahim's
			// birthday holiday of 2010-2014 is not modelled.
			fixed("my.jhr.sultan-birthday", "Hari Keputeraan Sultan Johor", "Birthday of the Sultan of Johor", time.April, 8).regions(jhr).until(2009).subst(sub),
			islamicRule("my.jhr.hari-hol", "Hari Hol Almarhum Sultan Ismail", "Hari Hol of Sultan Ismail", 7, 6, 0, holIsmail).regions(jhr).until(2010).subst(sub),
			fixed("my.jhr.sultan-birthday", "Hari Keputeraan Sultan Johor", "Birthday of the Sultan of Johor", time.March, 23).regions(jhr).since(2015).subst(sub),
			islamicRule("my.jhr.hari-hol", "Hari Hol Almarhum Sultan Iskandar", "Hari Hol of Sultan Iskandar", 2, 6, 0, holJohor).regions(jhr).since(2011).subst(sub),
			// Kedah: the third Sunday of January until 2019 (17 January 2010,
			// 18 January 2009 in the federal lists); the state moved it to the
			// third Sunday of June from 2020, cancelling 19 January 2020 (state
			// secretary's statement under s. 9(1) of Act 369, Bernama, 2020).
			nth("my.kdh.sultan-birthday", "Hari Keputeraan Sultan Kedah", "Birthday of the Sultan of Kedah", time.January, time.Sunday, 3).regions(kdh).until(2019),
			nth("my.kdh.sultan-birthday", "Hari Keputeraan Sultan Kedah", "Birthday of the Sultan of Kedah", time.June, time.Sunday, 3).regions(kdh).since(2020),
			// Kelantan: Sultan Ismail Petra's birthday, 30 and 31 March, until
			// 2010 (the federal lists of 2009 and 2010, as above); Sultan
			// Muhammad V's, 11 and 12 November, from 2010.
			fixed("my.ktn.sultan-birthday", "Hari Keputeraan Sultan Kelantan", "Birthday of the Sultan of Kelantan", time.March, 30).regions(ktn).until(2010).subst(sub),
			fixed("my.ktn.sultan-birthday-2", "Hari Keputeraan Sultan Kelantan (Hari Kedua)", "Birthday of the Sultan of Kelantan (second day)", time.March, 31).regions(ktn).until(2010).subst(sub),
			fixed("my.ktn.sultan-birthday", "Hari Keputeraan Sultan Kelantan", "Birthday of the Sultan of Kelantan", time.November, 11).regions(ktn).since(2010).subst(sub),
			fixed("my.ktn.sultan-birthday-2", "Hari Keputeraan Sultan Kelantan (Hari Kedua)", "Birthday of the Sultan of Kelantan (second day)", time.November, 12).regions(ktn).since(2010).subst(sub),
			// Melaka replaced its 15 April with the Declaration of Independence
			// Day, 20 February (1956, at Bandar Hilir), from 2024 (the Chief
			// Minister, The Sun, 4 October 2023: "replacing the existing
			// holiday"; the state's list of 2024 on melaka.gov.my).
			fixed("my.mlk.historical-city", "Hari Pengisytiharan Melaka Sebagai Bandaraya Bersejarah", "Declaration of Malacca as a Historical City", time.April, 15).regions(mlk).years(1989, 2023).subst(sub),
			fixed("my.mlk.independence-declaration", "Hari Pengisytiharan Tarikh Kemerdekaan", "Independence Declaration Day", time.February, 20).regions(mlk).since(2024).subst(sub),
			nth("my.mlk.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Melaka", "Birthday of the Governor of Malacca", time.October, time.Friday, 2).regions(mlk).until(2019).subst(sub),
			fixed("my.mlk.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Melaka", "Birthday of the Governor of Malacca", time.August, 24).regions(mlk).since(2020).subst(sub),
			fixed("my.nsn.sultan-birthday", "Hari Keputeraan Yang di-Pertuan Besar Negeri Sembilan", "Birthday of the Sultan of Negeri Sembilan", time.January, 14).regions(nsn).since(2009).subst(sub),
			fixed("my.phg.hari-hol", "Hari Hol Pahang", "Hari Hol of Pahang", time.May, 7).regions(phg).years(1975, 2020).subst(sub),
			fixed("my.phg.hari-hol", "Hari Hol Pahang", "Hari Hol of Pahang", time.May, 22).regions(phg).since(2021).subst(sub),
			fixed("my.phg.sultan-birthday", "Hari Keputeraan Sultan Pahang", "Birthday of the Sultan of Pahang", time.October, 24).regions(phg).years(1975, 2018).subst(sub),
			fixed("my.phg.sultan-birthday", "Hari Keputeraan Sultan Pahang", "Birthday of the Sultan of Pahang", time.July, 30).regions(phg).since(2019).subst(sub),
			fixed("my.png.george-town", "Hari Warisan Dunia George Town", "George Town Heritage Day", time.July, 7).regions(png).since(2009).subst(sub),
			nth("my.png.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Pulau Pinang", "Birthday of the Governor of Penang", time.July, time.Saturday, 2).regions(png).subst(sub),
			// Perak: Sultan Azlan Shah's birthday, 19 April, until 2014; Sultan
			// Nazrin Shah's, 27 November, from 2014 (the state executive council
			// of 9 July 2014; both days in 2014) and 2015 (the state's list of
			// 2015); the first Friday of November from 2016 (Perak Government
			// Gazette No. 3653 of 31 December 2015, state secretary's statement
			// of 27 October 2016).
			fixed("my.prk.sultan-birthday", "Hari Keputeraan Sultan Perak", "Birthday of the Sultan of Perak", time.April, 19).regions(prk).until(2014).subst(sub),
			fixed("my.prk.sultan-birthday", "Hari Keputeraan Sultan Perak", "Birthday of the Sultan of Perak", time.November, 27).regions(prk).years(2014, 2015).subst(sub),
			nth("my.prk.sultan-birthday", "Hari Keputeraan Sultan Perak", "Birthday of the Sultan of Perak", time.November, time.Friday, 1).regions(prk).since(2016).subst(sub),
			fixed("my.pls.raja-birthday", "Hari Keputeraan Raja Perlis", "Birthday of the Raja of Perlis", time.May, 17).regions(pls).years(2000, 2017).subst(sub),
			// Perlis kept the Raja's birthday on 17 July from 2018 (17 July
			// 2020 in the lists) and is back on his birthday, 17 May, in the
			// state lists of 2024 and 2025; the year of the return (2021 to
			// 2024) is not established, 2024 is taken.
			fixed("my.pls.raja-birthday", "Hari Keputeraan Raja Perlis", "Birthday of the Raja of Perlis", time.July, 17).regions(pls).years(2018, 2023).subst(sub),
			fixed("my.pls.raja-birthday", "Hari Keputeraan Raja Perlis", "Birthday of the Raja of Perlis", time.May, 17).regions(pls).since(2024).subst(sub),
			// Perlis's occasional holiday for its New Year carnival, 1 January
			// 2026 (Malay Mail, 31 December 2025; Perlis keeps no New Year's
			// Day otherwise).
			once("my.pls.new-year-occasional", "Cuti Peristiwa Tahun Baharu", "New Year occasional holiday", 2026, time.January, 1).regions(pls),
			once("my.pls.silver-jubilee", "Jubli Perak Pemerintahan Raja Perlis", "Silver Jubilee of the Raja of Perlis", 2025, time.April, 17).regions(pls),
			fixed("my.sgr.sultan-birthday", "Hari Keputeraan Sultan Selangor", "Birthday of the Sultan of Selangor", time.December, 11).regions(sgr).subst(sub),
			fixed("my.trg.sultan-installation", "Ulang Tahun Pertabalan Sultan Terengganu", "Anniversary of the Installation of the Sultan of Terengganu", time.March, 4).regions(trg).since(2000).subst(sub),
			fixed("my.trg.sultan-birthday", "Hari Keputeraan Sultan Terengganu", "Birthday of the Sultan of Terengganu", time.April, 26).regions(trg).since(2000).subst(sub),
			// Sabah: the Yang di-Pertua Negeri's birthday on 16 September
			// until 2009 (a Sunday in 2007: Monday 17 September in lieu, Daily
			// Express, 6 September 2007), on the first Saturday of October
			// once 16 September became Malaysia Day (2010-2024), on Tun Musa
			// Aman's birthday, 30 March, from 2025 (gazetted 6 March 2025;
			// in 2025 a Sunday, in lieu Wednesday 2 April after the two days
			// of Hari Raya: Chief Minister's statement, Bernama, 27 March 2025).
			fixed("my.sbh.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Sabah", "Birthday of the Governor of Sabah", time.September, 16).regions(sbh).until(2009).subst(sub),
			nth("my.sbh.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Sabah", "Birthday of the Governor of Sabah", time.October, time.Saturday, 1).regions(sbh).years(2010, 2024),
			fixed("my.sbh.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Sabah", "Birthday of the Governor of Sabah", time.March, 30).regions(sbh).since(2025).subst(sub),
			fixed("my.sbh.christmas-eve", "Hari Sebelum Krismas", "Christmas Eve", time.December, 24).regions(sbh).since(2019).subst(sub),
			fixed("my.swk.gawai", "Hari Gawai Dayak", "Dayak Festival Day", time.June, 1).regions(swk).subst(sub),
			fixed("my.swk.gawai-2", "Hari Gawai Dayak (Hari Kedua)", "Dayak Festival Day (second day)", time.June, 2).regions(swk).subst(sub),
			fixed("my.swk.sarawak-day", "Hari Sarawak", "Sarawak Day", time.July, 22).regions(swk).since(2017).subst(sub),
			nth("my.swk.governor-birthday", "Hari Jadi Yang di-Pertua Negeri Sarawak", "Birthday of the Governor of Sarawak", time.October, time.Saturday, 2).regions(swk),
			// one-offs
			once("my.general-election", "Cuti Pilihan Raya Umum", "General Election Holiday", 1999, time.November, 29),
			once("my.general-election", "Cuti Pilihan Raya Umum", "General Election Holiday", 2018, time.May, 9),
			// After the 14th general election: Thursday 10 May and Friday 11
			// May 2018, Sunday 13 May where Friday is a weekend day, in
			// Peninsular Malaysia and Labuan (s. 8 of Act 369: Majlis
			// Bandaraya Iskandar Puteri's notice; Sabah and Sarawak declared
			// their own, not modelled).
			once("my.general-election-result", "Cuti Tambahan Keputusan PRU-14", "Additional holiday after the 14th General Election", 2018, time.May, 10).regions(jhr, kdh, ktn, mlk, nsn, phg, png, prk, pls, sgr, trg, kul, lbn, pjy),
			once("my.general-election-result", "Cuti Tambahan Keputusan PRU-14", "Additional holiday after the 14th General Election", 2018, time.May, 11).regions(mlk, nsn, phg, png, prk, pls, sgr, kul, lbn, pjy),
			once("my.general-election-result", "Cuti Tambahan Keputusan PRU-14", "Additional holiday after the 14th General Election", 2018, time.May, 13).regions(jhr, kdh, ktn, trg),
			// Declared by the Prime Minister for the whole country: the SEA
			// Games of Kuala Lumpur (4 September 2017; Malay Mail, 31 August
			// 2017, Sarawak too) and the new government (28 November 2022;
			// Borneo Post, 24 November 2022).
			once("my.sea-games", "Cuti Umum Sukan SEA", "SEA Games holiday", 2017, time.September, 4),
			once("my.prime-minister-holiday", "Cuti Umum Khas", "Special public holiday", 2022, time.November, 28),
			// The 15th general election: Friday 18 and Saturday 19 November
			// 2022 (polling day), declared by the caretaker Prime Minister and
			// followed by Sabah and Sarawak (Borneo Post, 14 and 15 November
			// 2022); where they fall on the weekly rest day, Sunday 20
			// November in lieu (Johor, Kedah, Kelantan: The Sun, November
			// 2022).
			once("my.general-election", "Cuti Pilihan Raya Umum", "General Election Holiday", 2022, time.November, 18).subst(sub),
			once("my.general-election", "Cuti Pilihan Raya Umum", "General Election Holiday", 2022, time.November, 19).subst(sub),
			once("my.agong-installation", "Pertabalan Yang di-Pertuan Agong", "Installation of the Yang di-Pertuan Agong", 2019, time.July, 30),
			once("my.hari-raya-puasa-extra", "Cuti Tambahan Hari Raya Aidilfitri", "Additional Hari Raya Puasa holiday", 2023, time.April, 21),
			// Kedah declares Thaipusam an occasional holiday (s. 9(1) of Act
			// 369) year by year, by its executive council (2014 too, on a
			// date not checked here): 2016 (The Star, 6 January 2016), 2022
			// (Malay Mail, 15 December 2021), 2023 (The Sun, 24 January 2023),
			// 2024 (state announcement of January 2024), 2025 (The Sun, deputy
			// state secretary's letter) and 2026 (Malay Mail, 22 January 2026).
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2016, time.January, 24).regions(kdh),
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2022, time.January, 18).regions(kdh),
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2023, time.February, 5).regions(kdh),
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2024, time.January, 25).regions(kdh),
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2025, time.February, 11).regions(kdh),
			once("my.kdh.thaipusam", "Hari Thaipusam (cuti peristiwa)", "Thaipusam (occasional holiday)", 2026, time.February, 1).regions(kdh),
			// Occasional Aidilfitri holidays of Kelantan and Terengganu (s. 9(1)
			// of Act 369): Wednesday 4 May 2022 (Terengganu: The Sun, 2 May
			// 2022; Kelantan: Astro Awani, 1 May 2022) and Sunday 30 March 2025
			// (Malay Mail, 26 March 2025, for each state).
			once("my.aidilfitri-occasional", "Cuti Peristiwa Hari Raya Aidilfitri", "Hari Raya Puasa occasional holiday", 2022, time.May, 4).regions(ktn, trg),
			once("my.aidilfitri-occasional", "Cuti Peristiwa Hari Raya Aidilfitri", "Hari Raya Puasa occasional holiday", 2025, time.March, 30).regions(ktn, trg),
			// An additional public holiday the Prime Minister announced in July
			// 2025 for the whole federation beside Malaysia Day (Utusan Malaysia,
			// "15 September diumum hari kelepasan tambahan", July 2025).
			once("my.malaysia-day-extra", "Cuti Tambahan Hari Malaysia", "Additional Malaysia Day holiday", 2025, time.September, 15),
		},
	}
	return c
}

// myWesakEstimate is the 15th day of the 4th Chinese lunar month (UTC+8),
// or of the 3rd when that falls in June: the rule that gives 24 of the 26
// announced Wesak days 2001-2026 (not 2002, a day later, nor 2007, the full
// moon of 1 May); the first full moon of May, the estimate before, gave 11
// (it took 2 May for 2026, announced 31 May).
func myWesakEstimate(y int) (date.Date, bool) {
	d, ok := lunarWhen(4, 15, 0, zoneUTC8)(y)
	if ok && d.Month() == time.June {
		return lunarWhen(3, 15, 0, zoneUTC8)(y)
	}
	return d, ok
}

// thaipusamEstimate is the first full moon (IST) after the Sun enters
// sidereal Capricorn (1 Thai, about 14 January).
func thaipusamEstimate(y int) (date.Date, bool) {
	thai := localDay(toUT(solarTermJDE(270+lahiriAyanamsa(y), dayJD(civilDate(y, time.January, 14)))), 5.5)
	k := fullMoonIndexFrom(thai, 5.5)
	return localDay(toUT(fullMoonJDE(k)), 5.5), true
}
