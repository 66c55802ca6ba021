package holidays

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// Complete holiday lists of the US subdivisions that no other test names,
// one recent year and one historic year each, from the state's own
// published list or its statute (cited beside each table).
//
// Each table is the state's own days (own) on top of the federal legal
// public holidays and executive-order closures of that year (usFederalYear,
// from OPM's published tables), which every subdivision includes. Lines are
// "YYYY-MM-DD id", with " observed" for a substitute day and " (category)"
// for a category other than Public; they are compared as sets, the order
// of the package's output being checked by the package properties.

// usFederalYear is the federal list of a year, from OPM's "Federal
// Holidays" tables (opm.gov/policy-data-oversight/pay-leave/federal-holidays)
// and the executive orders cited in us.go.
var usFederalYear = map[int]string{
	// OPM 2008; E.O. 13482 closed offices on 26 December.
	2008: `
		2008-01-01 us.new-years-day
		2008-01-21 us.martin-luther-king-jr-day
		2008-02-18 us.washingtons-birthday
		2008-05-26 us.memorial-day
		2008-07-04 us.independence-day
		2008-09-01 us.labor-day
		2008-10-13 us.columbus-day
		2008-11-11 us.veterans-day
		2008-11-27 us.thanksgiving-day
		2008-12-25 us.christmas-day
		2008-12-26 us.day-after-christmas (optional)`,
	// OPM 2009: E.O. of 11 December 2009 closed offices for the second
	// half of 24 December.
	2009: `
		2009-01-01 us.new-years-day
		2009-01-19 us.martin-luther-king-jr-day
		2009-02-16 us.washingtons-birthday
		2009-05-25 us.memorial-day
		2009-07-03 us.independence-day observed
		2009-07-04 us.independence-day
		2009-09-07 us.labor-day
		2009-10-12 us.columbus-day
		2009-11-11 us.veterans-day
		2009-11-26 us.thanksgiving-day
		2009-12-24 us.christmas-eve (halfday)
		2009-12-25 us.christmas-day`,
	// OPM 2011: New Year's Day 2011 a Saturday (observed Friday 31
	// December 2010); Christmas Day a Sunday, observed Monday 26
	// December.
	2011: `
		2011-01-01 us.new-years-day
		2011-01-17 us.martin-luther-king-jr-day
		2011-02-21 us.washingtons-birthday
		2011-05-30 us.memorial-day
		2011-07-04 us.independence-day
		2011-09-05 us.labor-day
		2011-10-10 us.columbus-day
		2011-11-11 us.veterans-day
		2011-11-24 us.thanksgiving-day
		2011-12-25 us.christmas-day
		2011-12-26 us.christmas-day observed`,
	// OPM 2013 (no closure by executive order).
	2013: `
		2013-01-01 us.new-years-day
		2013-01-21 us.martin-luther-king-jr-day
		2013-02-18 us.washingtons-birthday
		2013-05-27 us.memorial-day
		2013-07-04 us.independence-day
		2013-09-02 us.labor-day
		2013-10-14 us.columbus-day
		2013-11-11 us.veterans-day
		2013-11-28 us.thanksgiving-day
		2013-12-25 us.christmas-day`,
	// OPM 2014; E.O. 13682 closed offices on 26 December.
	2014: `
		2014-01-01 us.new-years-day
		2014-01-20 us.martin-luther-king-jr-day
		2014-02-17 us.washingtons-birthday
		2014-05-26 us.memorial-day
		2014-07-04 us.independence-day
		2014-09-01 us.labor-day
		2014-10-13 us.columbus-day
		2014-11-11 us.veterans-day
		2014-11-27 us.thanksgiving-day
		2014-12-25 us.christmas-day
		2014-12-26 us.day-after-christmas (optional)`,
	// OPM 2016: Christmas Day on a Sunday, observed Monday 26 December.
	2016: `
		2016-01-01 us.new-years-day
		2016-01-18 us.martin-luther-king-jr-day
		2016-02-15 us.washingtons-birthday
		2016-05-30 us.memorial-day
		2016-07-04 us.independence-day
		2016-09-05 us.labor-day
		2016-10-10 us.columbus-day
		2016-11-11 us.veterans-day
		2016-11-24 us.thanksgiving-day
		2016-12-25 us.christmas-day
		2016-12-26 us.christmas-day observed`,
	// OPM 2020: 4 July a Saturday, observed Friday 3 July; E.O. 13965
	// closed offices on 24 December.
	2020: `
		2020-01-01 us.new-years-day
		2020-01-20 us.martin-luther-king-jr-day
		2020-02-17 us.washingtons-birthday
		2020-05-25 us.memorial-day
		2020-07-03 us.independence-day observed
		2020-07-04 us.independence-day
		2020-09-07 us.labor-day
		2020-10-12 us.columbus-day
		2020-11-11 us.veterans-day
		2020-11-26 us.thanksgiving-day
		2020-12-24 us.christmas-eve (optional)
		2020-12-25 us.christmas-day`,
	// OPM 2021: Juneteenth (first year) a Saturday, observed Friday 18
	// June; 4 July a Sunday, observed Monday 5 July; Christmas Day a
	// Saturday, observed Friday 24 December; New Year's Day 2022 a
	// Saturday, observed Friday 31 December 2021.
	2021: `
		2021-01-01 us.new-years-day
		2021-01-18 us.martin-luther-king-jr-day
		2021-02-15 us.washingtons-birthday
		2021-05-31 us.memorial-day
		2021-06-18 us.juneteenth observed
		2021-06-19 us.juneteenth
		2021-07-04 us.independence-day
		2021-07-05 us.independence-day observed
		2021-09-06 us.labor-day
		2021-10-11 us.columbus-day
		2021-11-11 us.veterans-day
		2021-11-25 us.thanksgiving-day
		2021-12-24 us.christmas-day observed
		2021-12-25 us.christmas-day
		2021-12-31 us.new-years-day observed`,
	// OPM 2024; the executive order of 19 December 2024 closed offices on
	// 24 December.
	2024: `
		2024-01-01 us.new-years-day
		2024-01-15 us.martin-luther-king-jr-day
		2024-02-19 us.washingtons-birthday
		2024-05-27 us.memorial-day
		2024-06-19 us.juneteenth
		2024-07-04 us.independence-day
		2024-09-02 us.labor-day
		2024-10-14 us.columbus-day
		2024-11-11 us.veterans-day
		2024-11-28 us.thanksgiving-day
		2024-12-24 us.christmas-eve (optional)
		2024-12-25 us.christmas-day`,
	// OPM 2025; E.O. 14133 (President Carter's funeral, 9 January) and
	// E.O. 14371 (24 and 26 December).
	2025: `
		2025-01-01 us.new-years-day
		2025-01-09 us.day-of-mourning (optional)
		2025-01-20 us.martin-luther-king-jr-day
		2025-02-17 us.washingtons-birthday
		2025-05-26 us.memorial-day
		2025-06-19 us.juneteenth
		2025-07-04 us.independence-day
		2025-09-01 us.labor-day
		2025-10-13 us.columbus-day
		2025-11-11 us.veterans-day
		2025-11-27 us.thanksgiving-day
		2025-12-24 us.christmas-eve (optional)
		2025-12-25 us.christmas-day
		2025-12-26 us.day-after-christmas (optional)`,
	// OPM 2026: 4 July is a Saturday, observed on Friday 3 July.
	2026: `
		2026-01-01 us.new-years-day
		2026-01-19 us.martin-luther-king-jr-day
		2026-02-16 us.washingtons-birthday
		2026-05-25 us.memorial-day
		2026-06-19 us.juneteenth
		2026-07-03 us.independence-day observed
		2026-07-04 us.independence-day
		2026-09-07 us.labor-day
		2026-10-12 us.columbus-day
		2026-11-11 us.veterans-day
		2026-11-26 us.thanksgiving-day
		2026-12-25 us.christmas-day`,
}

// usSubdivisionYear renders every holiday of region in year, all
// categories, in the format of the tables.
func usSubdivisionYear(t *testing.T, region string, year int) []string {
	t.Helper()
	s, err := ForRegion(region, allCategories...)
	require.NoError(t, err)
	var out []string
	for _, h := range s.Holidays(year) {
		l := h.Date.String() + " " + h.ID
		if h.Observed {
			l += " observed"
		}
		if h.Category != Public {
			l += " (" + h.Category.String() + ")"
		}
		out = append(out, l)
	}
	return out
}

func TestUSSubdivisionsFullYear(t *testing.T) {
	cases := []struct {
		region string
		year   int
		own    string
	}{
		// California. CalHR "State Holidays" 2025 (calhr.ca.gov): Cesar
		// Chavez Day Monday 31 March, the day after Thanksgiving Friday 28
		// November. Lincoln Day (12 February) and Native American Day
		// (fourth Friday in September) stay legal holidays under Gov. Code
		// § 6700 with state offices open: Optional, the package's
		// documented choice. Columbus Day and the Saturday rule: the
		// federal days stay listed (package doc).
		{"US-CA", 2025, `
			2025-02-12 us-ca.lincoln-day (optional)
			2025-03-31 us-ca.cesar-chavez-day
			2025-09-26 us-ca.native-american-day (optional)
			2025-11-28 us-ca.day-after-thanksgiving`},
		// CalHR "2013 State Holidays": Cesar Chavez Day on Sunday 31 March
		// "observed the following Monday", 1 April.
		{"US-CA", 2013, `
			2013-02-12 us-ca.lincoln-day (optional)
			2013-03-31 us-ca.cesar-chavez-day
			2013-04-01 us-ca.cesar-chavez-day observed
			2013-09-27 us-ca.native-american-day (optional)
			2013-11-29 us-ca.day-after-thanksgiving`},
		// Gov. Code § 19853 as in force in 2008 (before the 2009 budget
		// cut Lincoln Day from the paid holidays): Lincoln Day Tuesday 12
		// February, Cesar Chavez Day Monday 31 March, the day after
		// Thanksgiving.
		{"US-CA", 2008, `
			2008-02-12 us-ca.lincoln-day
			2008-03-31 us-ca.cesar-chavez-day
			2008-09-26 us-ca.native-american-day (optional)
			2008-11-28 us-ca.day-after-thanksgiving`},

		// Florida: Fla. Stat. § 110.117(1) (2008 and 2025 texts): the
		// Friday after Thanksgiving is the state's only day beside the
		// federal ones.
		{"US-FL", 2025, `2025-11-28 us-fl.day-after-thanksgiving`},
		{"US-FL", 2008, `2008-11-28 us-fl.day-after-thanksgiving`},

		// Pennsylvania: Commonwealth administrative office closings 2026
		// (Administrative Circular, reproduced by hyring.com): the
		// federal days and the day after Thanksgiving, Friday 27 November.
		{"US-PA", 2026, `2026-11-27 us-pa.day-after-thanksgiving`},

		// Ohio: R.C. § 124.19(A): the state holidays are the federal days
		// (Juneteenth by the governor's appointment under the same
		// section since 2021); no day of its own.
		{"US-OH", 2025, ``},
		{"US-OH", 2008, ``},

		// Washington: RCW 1.16.050 (2025 text): Native American Heritage
		// Day, the Friday after Thanksgiving (2014 c 177); the 2008 text
		// (2003 c 68): "the day immediately following Thanksgiving Day".
		{"US-WA", 2025, `2025-11-28 us-wa.day-after-thanksgiving`},
		{"US-WA", 2008, `2008-11-28 us-wa.day-after-thanksgiving`},

		// Massachusetts: HRD "Legal Holidays" memo for 2014–2016 under
		// M.G.L. c. 4 § 7: Patriots' Day Monday 21 April 2014; Evacuation
		// Day and Bunker Hill Day legal holidays in Suffolk County only,
		// state offices open (Optional). 2025: Patriots' Day 21 April.
		{"US-MA", 2025, `
			2025-03-17 us-ma.evacuation-day (optional)
			2025-04-21 us-ma.patriots-day
			2025-06-17 us-ma.bunker-hill-day (optional)`},
		{"US-MA", 2014, `
			2014-03-17 us-ma.evacuation-day (optional)
			2014-04-21 us-ma.patriots-day
			2014-06-17 us-ma.bunker-hill-day (optional)`},

		// New Jersey 2009: the state's holiday list as the Asbury Park
		// Press reproduced it ("Today's Lincoln's Birthday", 12 February
		// 2009): Lincoln's Birthday Thursday 12 February, Good Friday 10
		// April, Election Day 3 November, beside the federal days.
		{"US-NJ", 2009, `
			2009-02-12 us-nj.lincolns-birthday
			2009-04-10 us-nj.good-friday
			2009-11-03 us-nj.election-day`},
		// 2011, the last year: Saturday 12 February kept on Friday 11.
		{"US-NJ", 2011, `
			2011-02-11 us-nj.lincolns-birthday observed
			2011-02-12 us-nj.lincolns-birthday
			2011-04-22 us-nj.good-friday
			2011-11-08 us-nj.election-day`},
		// New Jersey: nj.gov "State Holidays" 2025 and N.J.S.A. 36:1-1:
		// Good Friday 18 April, Juneteenth Day on the third Friday in June
		// (20 June; NJ 101.5, "Juneteenth holiday closures", 2025), the
		// general election Tuesday 4 November; Lincoln's Birthday a legal
		// holiday with offices open (Optional).
		{"US-NJ", 2025, `
			2025-02-12 us-nj.lincolns-birthday (optional)
			2025-04-18 us-nj.good-friday
			2025-06-20 us-nj.juneteenth
			2025-11-04 us-nj.election-day`},
		// 2026: the third Friday in June is 19 June, the federal day.
		{"US-NJ", 2026, `
			2026-02-12 us-nj.lincolns-birthday (optional)
			2026-04-03 us-nj.good-friday
			2026-11-03 us-nj.election-day`},
		// 2014 (N.J.S.A. 36:1-1(d) and 11A:6-24.1 as then in force):
		// Lincoln's Birthday no longer closes offices (from 2012), Good
		// Friday 18 April, the general election 4 November.
		{"US-NJ", 2014, `
			2014-02-12 us-nj.lincolns-birthday (optional)
			2014-04-18 us-nj.good-friday
			2014-11-04 us-nj.election-day`},

		// Minnesota: Minn. Stat. § 645.44 subd. 5: for the executive
		// branch the Friday after Thanksgiving is a holiday and Columbus
		// Day is not (the federal day stays listed).
		{"US-MN", 2025, `2025-11-28 us-mn.day-after-thanksgiving`},
		{"US-MN", 2008, `2008-11-28 us-mn.day-after-thanksgiving`},

		// Arizona: A.R.S. § 1-301: the weekday holidays are the federal
		// ones (Mother's Day, Father's Day and American Family Day are
		// Sundays).
		{"US-AZ", 2025, ``},
		{"US-AZ", 2008, ``},

		// Tennessee: tn.gov "State Holidays" 2025: Good Friday 18 April;
		// "The Governor has substituted the Friday after Thanksgiving for
		// the Columbus Day holiday" (28 November). 2008: T.C.A. §
		// 15-1-101 (Good Friday 21 March) and the same substitution under
		// Acts 1984, ch. 979, which a state employee described in July
		// 2009 as the usual practice ("Finally Friday on Thursday",
		// pam-lifethroughmyeyes.blogspot.com: Columbus Day voted out for
		// the day after Thanksgiving); no 2008 list was found.
		{"US-TN", 2025, `
			2025-04-18 us-tn.good-friday
			2025-11-28 us-tn.columbus-day`},
		{"US-TN", 2008, `
			2008-03-21 us-tn.good-friday
			2008-11-28 us-tn.columbus-day`},

		// Missouri: Office of Administration "State Holidays" 2025 and
		// 2026 (oa.mo.gov): Lincoln's Birthday 12 February, Truman Day 8
		// May; RSMo § 9.010 for 2008.
		{"US-MO", 2025, `
			2025-02-12 us-mo.lincoln-day
			2025-05-08 us-mo.truman-day`},
		{"US-MO", 2026, `
			2026-02-12 us-mo.lincoln-day
			2026-05-08 us-mo.truman-day`},
		{"US-MO", 2008, `
			2008-02-12 us-mo.lincoln-day
			2008-05-08 us-mo.truman-day`},

		// Wisconsin: Wis. Stat. § 230.35(4)(a): 24 and 31 December (the
		// other paid holidays are federal days).
		{"US-WI", 2025, `
			2025-12-24 us-wi.christmas-eve
			2025-12-31 us-wi.new-years-eve`},
		{"US-WI", 2008, `
			2008-12-24 us-wi.christmas-eve
			2008-12-31 us-wi.new-years-eve`},

		// Connecticut: DAS "State of CT holidays" 2024 (Lincoln's
		// Birthday Monday 12 February, Good Friday 29 March) and the
		// Department of Labor's "Observance of Holidays – 2014" under
		// C.G.S. § 1-4 (Wednesday 12 February, Good Friday 18 April).
		{"US-CT", 2024, `
			2024-02-12 us-ct.lincoln-day
			2024-03-29 us-ct.good-friday`},
		{"US-CT", 2014, `
			2014-02-12 us-ct.lincoln-day
			2014-04-18 us-ct.good-friday`},

		// Oregon: ORS 187.010: the federal days (Columbus Day is not a
		// state holiday; the federal day stays listed).
		{"US-OR", 2025, ``},
		{"US-OR", 2008, ``},

		// Louisiana: R.S. 1:55 as the clerks of court list it (Orleans
		// Parish civil district court 2023 and 2024, Caddo Parish 2024):
		// Mardi Gras, Good Friday and, in 2024, the general election
		// (Tuesday 5 November) close state offices; Inauguration Day
		// (Monday 8 January 2024) in Baton Rouge only; Battle of New
		// Orleans, Huey P. Long Day and All Saints' Day are § 55 legal
		// holidays on which state offices stay open (Optional).
		{"US-LA", 2024, `
			2024-01-08 us-la.battle-of-new-orleans (optional)
			2024-01-08 us-la.inauguration-day (optional)
			2024-02-13 us-la.mardi-gras
			2024-03-29 us-la.good-friday
			2024-08-30 us-la.huey-p-long-day (optional)
			2024-11-01 us-la.all-saints-day (optional)
			2024-11-05 us-la.election-day`},
		// 2008 (R.S. 1:55 before Act 2022 removed Robert E. Lee Day and
		// Confederate Memorial Day): Mardi Gras 5 February, Good Friday
		// 21 March, the general election 4 November (the even-year
		// general election day as St. Helena Parish's 2018 holiday
		// notice describes the state holiday; no 2008 list was found),
		// Governor Jindal's inauguration Monday 14 January.
		{"US-LA", 2008, `
			2008-01-08 us-la.battle-of-new-orleans (optional)
			2008-01-14 us-la.inauguration-day (optional)
			2008-01-19 us-la.robert-e-lee-day (optional)
			2008-02-05 us-la.mardi-gras
			2008-03-21 us-la.good-friday
			2008-06-03 us-la.confederate-memorial-day (optional)
			2008-08-30 us-la.huey-p-long-day (optional)
			2008-11-01 us-la.all-saints-day (optional)
			2008-11-04 us-la.election-day`},

		// Alabama: Code of Ala. § 1-3-8 and al.com's reports of the state
		// office closures (2019, 2023): Robert E. Lee's Birthday with
		// Martin Luther King Jr.'s, Confederate Memorial Day (fourth
		// Monday in April), Jefferson Davis's Birthday (first Monday in
		// June); Mardi Gras in Baldwin and Mobile counties only
		// (Optional).
		{"US-AL", 2025, `
			2025-01-20 us-al.robert-e-lee-birthday
			2025-03-04 us-al.mardi-gras (optional)
			2025-04-28 us-al.confederate-memorial-day
			2025-06-02 us-al.jefferson-davis-birthday`},
		{"US-AL", 2008, `
			2008-01-21 us-al.robert-e-lee-birthday
			2008-02-05 us-al.mardi-gras (optional)
			2008-04-28 us-al.confederate-memorial-day
			2008-06-02 us-al.jefferson-davis-birthday`},
		// Iowa: Iowa Code § 1C.2 (paid holidays: the Friday after
		// Thanksgiving) and § 1C.1 (Lincoln's Birthday, a legal holiday on
		// which state offices are open: Optional).
		{"US-IA", 2025, `
			2025-02-12 us-ia.lincolns-birthday (optional)
			2025-11-28 us-ia.day-after-thanksgiving`},
		{"US-IA", 2008, `
			2008-02-12 us-ia.lincolns-birthday (optional)
			2008-11-28 us-ia.day-after-thanksgiving`},

		// Utah: Utah Code § 63G-1-301 as in force from 7 May 2025
		// (Juneteenth Observance Amendments): Juneteenth on the Monday
		// before a Thursday 19 June (16 June 2025), Pioneer Day 24 July;
		// 2021 text: Pioneer Day on a Saturday, the preceding Friday the
		// holiday (23 July); 2008: Thursday 24 July.
		{"US-UT", 2025, `
			2025-06-16 us-ut.juneteenth
			2025-07-24 us-ut.pioneer-day`},
		{"US-UT", 2021, `
			2021-07-23 us-ut.pioneer-day observed
			2021-07-24 us-ut.pioneer-day`},
		{"US-UT", 2008, `2008-07-24 us-ut.pioneer-day`},

		// Nevada: NRS 236.015 (as the University of Nevada, Reno lists the
		// state employees' holidays): Nevada Day on the last Friday in
		// October (31 October in 2025 and 2008), Family Day the Friday
		// after Thanksgiving.
		{"US-NV", 2025, `
			2025-10-31 us-nv.nevada-day
			2025-11-28 us-nv.day-after-thanksgiving`},
		{"US-NV", 2008, `
			2008-10-31 us-nv.nevada-day
			2008-11-28 us-nv.day-after-thanksgiving`},

		// Kansas: K.S.A. 35-107 (from 2006) lists the federal days; the
		// governor designates other closures year by year (K.A.R.
		// 1-9-2(b)), not modelled.
		{"US-KS", 2025, ``},
		{"US-KS", 2008, ``},

		// New Mexico: the 2016 state list (us-public-holidays.com, from
		// NMSA § 12-5-2 and the State Personnel Office): the federal days
		// and the day after Thanksgiving (Friday 25 November), which the
		// package names after the Presidents' Day holiday observed on it.
		// 2025: the same, and Indigenous Peoples' Day (13 October) in
		// place of Columbus Day since HB 100 (2019).
		{"US-NM", 2016, `2016-11-25 us-nm.presidents-day`},
		{"US-NM", 2025, `
			2025-10-13 us-nm.indigenous-peoples-day
			2025-11-28 us-nm.presidents-day`},

		// Nebraska: Neb. Rev. Stat. § 25-2221 (as the Supreme Court's
		// personnel rules list it): Arbor Day (last Friday in April),
		// "Indigenous Peoples' Day and Columbus Day" (from LB 848, 2020),
		// the day after Thanksgiving; nebraska.gov 2020: Arbor Day 24
		// April, Thanksgiving Friday 27 November.
		{"US-NE", 2025, `
			2025-04-25 us-ne.arbor-day
			2025-10-13 us-ne.indigenous-peoples-day
			2025-11-28 us-ne.day-after-thanksgiving`},
		{"US-NE", 2020, `
			2020-04-24 us-ne.arbor-day
			2020-10-12 us-ne.indigenous-peoples-day
			2020-11-27 us-ne.day-after-thanksgiving`},
		{"US-NE", 2008, `
			2008-04-25 us-ne.arbor-day
			2008-11-28 us-ne.day-after-thanksgiving`},

		// Idaho (Idaho Code § 73-108) and Wyoming (W.S. § 8-4-101): the
		// weekday holidays are federal days.
		{"US-ID", 2025, ``},
		{"US-ID", 2008, ``},
		{"US-WY", 2025, ``},
		{"US-WY", 2008, ``},

		// New Hampshire: DAS "State Holiday Schedule" (the paid holidays:
		// the day after Thanksgiving beside the federal days) and RSA
		// 288:1 (the biennial election day, 4 November 2008, a legal
		// holiday that is not a paid one: Optional).
		{"US-NH", 2025, `2025-11-28 us-nh.day-after-thanksgiving`},
		{"US-NH", 2008, `
			2008-11-04 us-nh.election-day (optional)
			2008-11-28 us-nh.day-after-thanksgiving`},

		// Maine: Bureau of Human Resources, Policy and Practices Manual,
		// "Holidays" (the 4 M.R.S. § 1051 days and Thanksgiving Friday):
		// Patriots' Day 21 April, Indigenous Peoples' Day 13 October,
		// Thanksgiving Friday 28 November 2025; 2008 under the same
		// statute (Patriots' Day 21 April) and, as the manual describes
		// it without a year, Thanksgiving Friday.
		{"US-ME", 2025, `
			2025-04-21 us-me.patriots-day
			2025-10-13 us-me.indigenous-peoples-day
			2025-11-28 us-me.day-after-thanksgiving`},
		{"US-ME", 2008, `
			2008-04-21 us-me.patriots-day
			2008-11-28 us-me.day-after-thanksgiving`},

		// Montana: MCA § 1-1-216: the general election day of the even
		// years; from SB 224 (2025) "Indigenous Peoples' Day and Columbus
		// Day" on the second Monday in October (13 October 2025).
		{"US-MT", 2025, `2025-10-13 us-mt.indigenous-peoples-day`},
		{"US-MT", 2008, `2008-11-04 us-mt.election-day`},

		// Rhode Island: Secretary of State, "Rhode Island State Holidays"
		// 2019–2021 and R.I. Gen. Laws § 25-1-1: 2020: Independence Day
		// on a Saturday kept by state employees on Monday 6 July, Victory
		// Day 10 August, Election Day 3 November; 2021: Victory Day 9
		// August, Christmas Day on a Saturday kept on Monday 27 December;
		// 2025 (ri.gov, reproduced by publicholidays.com): Victory Day 11
		// August. Rhode Island Independence Day (4 May) is a § 25-1-1
		// holiday with offices open (Optional).
		{"US-RI", 2020, `
			2020-05-04 us-ri.rhode-island-independence-day (optional)
			2020-07-06 us-ri.independence-day observed
			2020-08-10 us-ri.victory-day
			2020-11-03 us-ri.election-day`},
		{"US-RI", 2021, `
			2021-05-04 us-ri.rhode-island-independence-day (optional)
			2021-08-09 us-ri.victory-day
			2021-12-27 us-ri.christmas-day observed`},
		{"US-RI", 2025, `
			2025-05-04 us-ri.rhode-island-independence-day (optional)
			2025-08-11 us-ri.victory-day
			2025-10-13 us-ri.indigenous-peoples-day`},

		// District of Columbia government: DCHR E-DPM issuance I-2025-1,
		// "Legal Public Holidays 2025": Inauguration Day with Dr. King's
		// Birthday on 20 January, D.C. Emancipation Day Wednesday 16
		// April, Indigenous Peoples' Day 13 October. 2008: D.C. Code §
		// 1-612.02 (Emancipation Day, Wednesday 16 April).
		{usDistrict, 2025, `
			2025-01-20 us.inauguration-day
			2025-04-16 us-dc.emancipation-day
			2025-10-13 us-dc.indigenous-peoples-day`},
		{usDistrict, 2008, `2008-04-16 us-dc.emancipation-day`},

		// South Dakota: SDCL § 1-5-1.2: Native Americans' Day on the
		// second Monday in October.
		{"US-SD", 2025, `2025-10-13 us-sd.native-americans-day`},
		{"US-SD", 2008, `2008-10-13 us-sd.native-americans-day`},

		// North Dakota: NDCC § 1-03-01: Good Friday.
		{"US-ND", 2025, `2025-04-18 us-nd.good-friday`},
		{"US-ND", 2008, `2008-03-21 us-nd.good-friday`},

		// Vermont: 1 V.S.A. § 371 (as the 2025 list reproduced by
		// us-postoffice.com shows it): Town Meeting Day 4 March,
		// Bennington Battle Day on Saturday 16 August kept on Friday 15,
		// Indigenous Peoples' Day 13 October; 2008: Town Meeting Day 4
		// March, Bennington Battle Day again a Saturday. An older text of
		// § 371 (as US Legal reproduces it, undated) also listed
		// Lincoln's Birthday, 12 February; when it left the list, and
		// whether state offices closed on it (a collective bargaining
		// matter under § 371(b)), was not found, so 2008 may lack it.
		{"US-VT", 2025, `
			2025-03-04 us-vt.town-meeting-day
			2025-08-15 us-vt.bennington-battle-day observed
			2025-08-16 us-vt.bennington-battle-day
			2025-10-13 us-vt.indigenous-peoples-day`},
		{"US-VT", 2008, `
			2008-03-04 us-vt.town-meeting-day
			2008-08-15 us-vt.bennington-battle-day observed
			2008-08-16 us-vt.bennington-battle-day`},

		// Mississippi: Miss. Code § 3-3-7: Robert E. Lee's Birthday with
		// Dr. King's, Confederate Memorial Day (last Monday in April),
		// Jefferson Davis' Birthday with Memorial Day.
		{"US-MS", 2025, `
			2025-01-20 us-ms.robert-e-lee-birthday
			2025-04-28 us-ms.confederate-memorial-day
			2025-05-26 us-ms.jefferson-davis-birthday`},
		{"US-MS", 2008, `
			2008-01-21 us-ms.robert-e-lee-birthday
			2008-04-28 us-ms.confederate-memorial-day
			2008-05-26 us-ms.jefferson-davis-birthday`},

		// Northern Mariana Islands: Office of Personnel Management, "CNMI
		// 2021 Legal Holidays" under 1 CMC § 311: Covenant Day 24 March,
		// Good Friday 2 April, Commonwealth Cultural Day 11 October,
		// Citizenship Day 4 November, Constitution Day 8 December; 2008
		// also the general election (4 November, with Citizenship Day).
		{"US-MP", 2021, `
			2021-03-24 us-mp.covenant-day
			2021-04-02 us-mp.good-friday
			2021-10-11 us-mp.cultural-day
			2021-11-04 us-mp.citizenship-day
			2021-12-08 us-mp.constitution-day`},
		{"US-MP", 2008, `
			2008-03-21 us-mp.good-friday
			2008-03-24 us-mp.covenant-day
			2008-10-13 us-mp.cultural-day
			2008-11-04 us-mp.citizenship-day
			2008-11-04 us-mp.election-day
			2008-12-08 us-mp.constitution-day`},

		// United States Minor Outlying Islands: no population of their
		// own; the federal days (5 U.S.C. § 6103) for the federal staff.
		{"US-UM", 2025, ``},
		{"US-UM", 2008, ``},
	}
	for _, c := range cases {
		fed, ok := usFederalYear[c.year]
		require.True(t, ok, "no federal table for %d", c.year)
		want := append(lines(fed), lines(c.own)...)
		slices.Sort(want)
		got := usSubdivisionYear(t, c.region, c.year)
		slices.Sort(got)
		require.Equal(t, want, got, "%s %d", c.region, c.year)
	}
}
