package holidays

import "time"

// singapore: the Holidays Act 1998 (Schedule) and the public holidays the
// Ministry of Manpower announces each year
// (https://www.mom.gov.sg/employment-practices/public-holidays). A public
// holiday on a Sunday gives the next day that is not a public holiday (s.
// 4(2)). Hari Raya Puasa, Hari Raya Haji, Vesak Day and Deepavali follow
// the announcements (2001–2026; the dates of 2001–2023 as tabulated in
// python-holidays, singapore.py, from the Ministry's lists); other years
// are estimates, marked Estimated: the tabular Islamic calendar for the
// two Hari Raya, the 15th day of the 4th Chinese lunar month for Vesak
// Day (which gives every announced date 2001–2026), the Tamil Naraka
// Chaturdashi for Deepavali (hindu.go). Polling days of general and
// presidential elections and SG50 (7 August 2015) are one-offs.
func singapore() *country {
	const mom = "Ministry of Manpower, Singapore"
	puasa := announcedDates(10, 1, mom,
		"2001-12-16", "2002-12-06", "2003-11-25", "2004-11-14", "2005-11-03", "2006-10-24", "2007-10-13",
		"2008-10-01", "2009-09-20", "2010-09-10", "2011-08-30", "2012-08-19", "2013-08-08", "2014-07-28",
		"2015-07-17", "2016-07-06", "2017-06-25", "2018-06-15", "2019-06-05", "2020-05-24", "2021-05-13",
		"2022-05-03", "2023-04-22", "2024-04-10", "2025-03-31", "2026-03-21")
	haji := announcedDates(12, 10, mom,
		"2001-03-06", "2002-02-23", "2003-02-12", "2004-02-01", "2005-01-21", "2006-01-10", "2006-12-31",
		"2007-12-20", "2008-12-08", "2009-11-27", "2010-11-17", "2011-11-06", "2012-10-26", "2013-10-15",
		"2014-10-05", "2015-09-24", "2016-09-12", "2017-09-01", "2018-08-22", "2019-08-11", "2020-07-31",
		"2021-07-20", "2022-07-10", "2023-06-29", "2024-06-17", "2025-06-07", "2026-05-27")
	vesak := announcedYearly(mom, lunarWhen(4, 15, 0, zoneUTC8), "estimate: 15th day of the 4th Chinese lunar month",
		"2001-05-07", "2002-05-26", "2003-05-15", "2004-06-02", "2005-05-22", "2006-05-12", "2007-05-31",
		"2008-05-19", "2009-05-09", "2010-05-28", "2011-05-17", "2012-05-05", "2013-05-24", "2014-05-13",
		"2015-06-01", "2016-05-21", "2017-05-10", "2018-05-29", "2019-05-19", "2020-05-07", "2021-05-26",
		"2022-05-15", "2023-06-02", "2024-05-22", "2025-05-12", "2026-05-31")
	deepavali := announcedYearly(mom, deepavaliEstimate, srcDeepavaliEstimate,
		"2001-11-14", "2002-11-03", "2003-10-23", "2004-11-11", "2005-11-01", "2006-10-21", "2007-11-08",
		"2008-10-27", "2009-11-15", "2010-11-05", "2011-10-26", "2012-11-13", "2013-11-02", "2014-10-22",
		"2015-11-10", "2016-10-29", "2017-10-18", "2018-11-06", "2019-10-27", "2020-11-14", "2021-11-04",
		"2022-10-24", "2023-11-12", "2024-10-31", "2025-10-20", "2026-11-08")
	sub := sunNextNonHoliday
	c := &country{
		code: "SG", name: "Singapore", nameEN: "Singapore",
		obsLocal: " (observed)", obsEN: " (observed)",
		rules: []*rule{
			fixed("sg.new-year", "New Year's Day", "New Year's Day", time.January, 1).subst(sub),
			newRule("sg.chinese-new-year", "Chinese New Year", "Chinese New Year", lunarNewYearWhen(0, zoneUTC8)).subst(sub),
			newRule("sg.chinese-new-year-2", "Chinese New Year (2nd day)", "Chinese New Year (2nd day)", lunarNewYearWhen(1, zoneUTC8)).subst(sub),
			islamicRule("sg.hari-raya-puasa", "Hari Raya Puasa", "Hari Raya Puasa", 10, 1, 0, puasa).subst(sub),
			easter("sg.good-friday", "Good Friday", "Good Friday", -2),
			fixed("sg.labour-day", "Labour Day", "Labour Day", time.May, 1).subst(sub),
			announcedRule("sg.vesak-day", "Vesak Day", "Vesak Day", vesak, 0).subst(sub),
			islamicRule("sg.hari-raya-haji", "Hari Raya Haji", "Hari Raya Haji", 12, 10, 0, haji).subst(sub),
			fixed("sg.national-day", "National Day", "National Day", time.August, 9).subst(sub),
			once("sg.sg50", "SG50 Public Holiday", "SG50 Public Holiday", 2015, time.August, 7),
			announcedRule("sg.deepavali", "Deepavali", "Deepavali", deepavali, 0).subst(sub),
			fixed("sg.christmas", "Christmas Day", "Christmas Day", time.December, 25).subst(sub),
		},
	}
	for _, d := range []struct {
		y    int
		m    time.Month
		d    int
		name string
	}{
		{1997, 1, 2, "general"}, {2001, 11, 3, "general"}, {2006, 5, 6, "general"}, {2011, 5, 7, "general"},
		{2011, 8, 27, "presidential"}, {2015, 9, 11, "general"}, {2020, 7, 10, "general"},
		{2023, 9, 1, "presidential"}, {2025, 5, 3, "general"},
	} {
		c.rules = append(c.rules, once("sg.polling-day", "Polling Day", "Polling Day ("+d.name+" election)", d.y, d.m, d.d))
	}
	return c
}
