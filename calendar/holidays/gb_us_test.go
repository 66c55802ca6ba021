package holidays

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// From the gov.uk bank holiday lists and the royal proclamations.
func TestUnitedKingdomTables(t *testing.T) {
	expectYear(t, "GB-ENG", 2020, nil, `
		2020-01-01 gb.new-years-day
		2020-04-10 gb.good-friday
		2020-04-13 gb.easter-monday
		2020-05-08 gb.early-may
		2020-05-25 gb.spring
		2020-08-31 gb.summer
		2020-12-25 gb.christmas-day
		2020-12-26 gb.boxing-day
		2020-12-28 gb.boxing-day observed`)
	expectYear(t, "GB-ENG", 2021, nil, `
		2021-01-01 gb.new-years-day
		2021-04-02 gb.good-friday
		2021-04-05 gb.easter-monday
		2021-05-03 gb.early-may
		2021-05-31 gb.spring
		2021-08-30 gb.summer
		2021-12-25 gb.christmas-day
		2021-12-26 gb.boxing-day
		2021-12-27 gb.christmas-day observed
		2021-12-28 gb.boxing-day observed`)
	expectYear(t, "GB-WLS", 2022, nil, `
		2022-01-01 gb.new-years-day
		2022-01-03 gb.new-years-day observed
		2022-04-15 gb.good-friday
		2022-04-18 gb.easter-monday
		2022-05-02 gb.early-may
		2022-06-02 gb.spring
		2022-06-03 gb.platinum-jubilee
		2022-08-29 gb.summer
		2022-09-19 gb.state-funeral
		2022-12-25 gb.christmas-day
		2022-12-26 gb.boxing-day
		2022-12-27 gb.christmas-day observed`)
	expectYear(t, "GB-ENG", 2023, nil, `
		2023-01-01 gb.new-years-day
		2023-01-02 gb.new-years-day observed
		2023-04-07 gb.good-friday
		2023-04-10 gb.easter-monday
		2023-05-01 gb.early-may
		2023-05-08 gb.coronation
		2023-05-29 gb.spring
		2023-08-28 gb.summer
		2023-12-25 gb.christmas-day
		2023-12-26 gb.boxing-day`)
	expectYear(t, "GB-ENG", 2011, nil, `
		2011-01-01 gb.new-years-day
		2011-01-03 gb.new-years-day observed
		2011-04-22 gb.good-friday
		2011-04-25 gb.easter-monday
		2011-04-29 gb.royal-wedding
		2011-05-02 gb.early-may
		2011-05-30 gb.spring
		2011-08-29 gb.summer
		2011-12-25 gb.christmas-day
		2011-12-26 gb.boxing-day
		2011-12-27 gb.christmas-day observed`)
	expectYear(t, "GB-ENG", 2012, nil, `
		2012-01-01 gb.new-years-day
		2012-01-02 gb.new-years-day observed
		2012-04-06 gb.good-friday
		2012-04-09 gb.easter-monday
		2012-05-07 gb.early-may
		2012-06-04 gb.spring
		2012-06-05 gb.diamond-jubilee
		2012-08-27 gb.summer
		2012-12-25 gb.christmas-day
		2012-12-26 gb.boxing-day`)
	expectYear(t, "GB-ENG", 2002, nil, `
		2002-01-01 gb.new-years-day
		2002-03-29 gb.good-friday
		2002-04-01 gb.easter-monday
		2002-05-06 gb.early-may
		2002-06-03 gb.golden-jubilee
		2002-06-04 gb.spring
		2002-08-26 gb.summer
		2002-12-25 gb.christmas-day
		2002-12-26 gb.boxing-day`)
	expectYear(t, "GB-ENG", 1995, nil, `
		1995-01-01 gb.new-years-day
		1995-01-02 gb.new-years-day observed
		1995-04-14 gb.good-friday
		1995-04-17 gb.easter-monday
		1995-05-08 gb.early-may
		1995-05-29 gb.spring
		1995-08-28 gb.summer
		1995-12-25 gb.christmas-day
		1995-12-26 gb.boxing-day`)
	expectYear(t, "GB-SCT", 1999, nil, `
		1999-01-01 gb.new-years-day
		1999-01-02 gb.2-january
		1999-01-04 gb.2-january observed
		1999-04-02 gb.good-friday
		1999-05-03 gb.early-may
		1999-05-31 gb.spring
		1999-08-02 gb.summer
		1999-12-25 gb.christmas-day
		1999-12-26 gb.boxing-day
		1999-12-27 gb.christmas-day observed
		1999-12-28 gb.boxing-day observed
		1999-12-31 gb.millennium`)
	expectYear(t, "GB-SCT", 2022, nil, `
		2022-01-01 gb.new-years-day
		2022-01-02 gb.2-january
		2022-01-03 gb.new-years-day observed
		2022-01-04 gb.2-january observed
		2022-04-15 gb.good-friday
		2022-05-02 gb.early-may
		2022-06-02 gb.spring
		2022-06-03 gb.platinum-jubilee
		2022-08-01 gb.summer
		2022-09-19 gb.state-funeral
		2022-11-30 gb.st-andrews-day
		2022-12-25 gb.christmas-day
		2022-12-26 gb.boxing-day
		2022-12-27 gb.christmas-day observed`)
	expectYear(t, "GB-SCT", 2023, nil, `
		2023-01-01 gb.new-years-day
		2023-01-02 gb.2-january
		2023-01-03 gb.new-years-day observed
		2023-04-07 gb.good-friday
		2023-05-01 gb.early-may
		2023-05-08 gb.coronation
		2023-05-29 gb.spring
		2023-08-07 gb.summer
		2023-11-30 gb.st-andrews-day
		2023-12-25 gb.christmas-day
		2023-12-26 gb.boxing-day`)
	expectYear(t, "GB-SCT", 2020, nil, `
		2020-01-01 gb.new-years-day
		2020-01-02 gb.2-january
		2020-04-10 gb.good-friday
		2020-05-08 gb.early-may
		2020-05-25 gb.spring
		2020-08-03 gb.summer
		2020-11-30 gb.st-andrews-day
		2020-12-25 gb.christmas-day
		2020-12-26 gb.boxing-day
		2020-12-28 gb.boxing-day observed`)
	// The World Cup bank holiday, Monday 15 June 2026, in Scotland only
	// (Royal Proclamation of 3 February 2026 under s. 1(3) of the Banking
	// and Financial Dealings Act 1971; gov.uk/bank-holidays, Scotland).
	expectYear(t, "GB-SCT", 2026, nil, `
		2026-01-01 gb.new-years-day
		2026-01-02 gb.2-january
		2026-04-03 gb.good-friday
		2026-05-04 gb.early-may
		2026-05-25 gb.spring
		2026-06-15 gb.world-cup
		2026-08-03 gb.summer
		2026-11-30 gb.st-andrews-day
		2026-12-25 gb.christmas-day
		2026-12-26 gb.boxing-day
		2026-12-28 gb.boxing-day observed`)
	for _, r := range []string{"GB", "GB-ENG", "GB-WLS", "GB-NIR"} {
		s, err := ForRegion(r, allCategories...)
		if err != nil {
			t.Fatal(err)
		}
		if s.IsHoliday(day("2026-06-15")) {
			t.Errorf("%s: the World Cup bank holiday is Scotland's only", r)
		}
	}
	// Before 1995 (best effort, but where the law is known): in 1977 the
	// Spring bank holiday moved to Monday 6 June and Tuesday 7 June was the
	// Silver Jubilee bank holiday in England, Wales and Northern Ireland;
	// Scotland kept its spring holiday and left the jubilee to its district
	// councils (Prime Minister, HC Deb 19 January 1977 vol 924 cc191-3W).
	// Wednesday 29 July 1981, the wedding of the Prince of Wales, was a bank
	// holiday throughout the United Kingdom.
	for r, want := range map[string]map[string]bool{
		"GB-ENG": {"1977-05-30": false, "1977-06-06": true, "1977-06-07": true, "1981-07-29": true},
		"GB-WLS": {"1977-05-30": false, "1977-06-06": true, "1977-06-07": true, "1981-07-29": true},
		"GB-NIR": {"1977-05-30": false, "1977-06-06": true, "1977-06-07": true, "1981-07-29": true},
		"GB-SCT": {"1977-05-30": true, "1977-06-06": false, "1977-06-07": false, "1981-07-29": true},
	} {
		s, err := ForRegion(r)
		if err != nil {
			t.Fatal(err)
		}
		for d, w := range want {
			if s.IsHoliday(day(d)) != w {
				t.Errorf("%s %s: want %v", r, d, w)
			}
		}
	}
	expectYear(t, "GB-NIR", 2020, nil, `
		2020-01-01 gb.new-years-day
		2020-03-17 gb.st-patricks-day
		2020-04-10 gb.good-friday
		2020-04-13 gb.easter-monday
		2020-05-08 gb.early-may
		2020-05-25 gb.spring
		2020-07-12 gb.battle-of-the-boyne
		2020-07-13 gb.battle-of-the-boyne observed
		2020-08-31 gb.summer
		2020-12-25 gb.christmas-day
		2020-12-26 gb.boxing-day
		2020-12-28 gb.boxing-day observed`)
	expectYear(t, "GB-NIR", 2019, nil, `
		2019-01-01 gb.new-years-day
		2019-03-17 gb.st-patricks-day
		2019-03-18 gb.st-patricks-day observed
		2019-04-19 gb.good-friday
		2019-04-22 gb.easter-monday
		2019-05-06 gb.early-may
		2019-05-27 gb.spring
		2019-07-12 gb.battle-of-the-boyne
		2019-08-26 gb.summer
		2019-12-25 gb.christmas-day
		2019-12-26 gb.boxing-day`)
	// St Andrew's Day only since 2007; 30 Nov 2008 was a Sunday.
	expectYear(t, "GB-SCT", 2006, []Category{Public}, `
		2006-01-01 gb.new-years-day
		2006-01-02 gb.2-january
		2006-01-03 gb.new-years-day observed
		2006-04-14 gb.good-friday
		2006-05-01 gb.early-may
		2006-05-29 gb.spring
		2006-08-07 gb.summer
		2006-12-25 gb.christmas-day
		2006-12-26 gb.boxing-day`)
}

// From OPM's federal holiday tables.
func TestUnitedStatesTables(t *testing.T) {
	expectYear(t, "US", 2020, nil, `
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
		2020-12-25 us.christmas-day`)
	expectYear(t, "US", 2021, nil, `
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
		2021-12-31 us.new-years-day observed`)
	expectYear(t, "US", 2022, nil, `
		2022-01-01 us.new-years-day
		2022-01-17 us.martin-luther-king-jr-day
		2022-02-21 us.washingtons-birthday
		2022-05-30 us.memorial-day
		2022-06-19 us.juneteenth
		2022-06-20 us.juneteenth observed
		2022-07-04 us.independence-day
		2022-09-05 us.labor-day
		2022-10-10 us.columbus-day
		2022-11-11 us.veterans-day
		2022-11-24 us.thanksgiving-day
		2022-12-25 us.christmas-day
		2022-12-26 us.christmas-day observed`)
	expectYear(t, "US", 2023, nil, `
		2023-01-01 us.new-years-day
		2023-01-02 us.new-years-day observed
		2023-01-16 us.martin-luther-king-jr-day
		2023-02-20 us.washingtons-birthday
		2023-05-29 us.memorial-day
		2023-06-19 us.juneteenth
		2023-07-04 us.independence-day
		2023-09-04 us.labor-day
		2023-10-09 us.columbus-day
		2023-11-10 us.veterans-day observed
		2023-11-11 us.veterans-day
		2023-11-23 us.thanksgiving-day
		2023-12-25 us.christmas-day`)
	expectYear(t, "US", 2025, nil, `
		2025-01-01 us.new-years-day
		2025-01-20 us.martin-luther-king-jr-day
		2025-02-17 us.washingtons-birthday
		2025-05-26 us.memorial-day
		2025-06-19 us.juneteenth
		2025-07-04 us.independence-day
		2025-09-01 us.labor-day
		2025-10-13 us.columbus-day
		2025-11-11 us.veterans-day
		2025-11-27 us.thanksgiving-day
		2025-12-25 us.christmas-day`)
}

func TestUSInaugurationDay(t *testing.T) {
	dc, err := ForRegion("US-DC")
	if err != nil {
		t.Fatal(err)
	}
	us, err := ForRegion("US")
	if err != nil {
		t.Fatal(err)
	}
	// 2013: 20 January was a Sunday, so Monday the 21st (also MLK Day); 2017, 2021, 2025: the 20th.
	for d, want := range map[string]bool{"2013-01-21": true, "2013-01-20": false, "2017-01-20": true, "2021-01-20": true, "2025-01-20": true, "2024-01-20": false, "2022-01-20": false} {
		h, ok := dc.Lookup(day(d))
		found := false
		for _, x := range dc.Holidays(day(d).Year()) {
			found = found || (x.Date == day(d) && x.ID == "us.inauguration-day")
		}
		if found != want {
			t.Errorf("Inauguration Day %s: want %v (lookup %v %v)", d, want, h, ok)
		}
	}
	if us.IsHoliday(day("2021-01-20")) {
		t.Error("Inauguration Day is not a nationwide federal holiday")
	}
}

func TestUSBefore1971(t *testing.T) {
	us, err := ForRegion("US")
	if err != nil {
		t.Fatal(err)
	}
	for d, want := range map[string]bool{"1970-02-22": true, "1971-02-15": true, "1971-02-22": false, "1970-05-30": true, "1971-05-31": true, "1970-10-12": true, "1971-10-11": true, "1970-11-11": true, "1971-10-25": true, "1971-11-11": false, "1978-11-11": true} {
		if us.IsHoliday(day(d)) != want {
			t.Errorf("US %s: want %v", d, want)
		}
	}
}

// Every closure of the executive departments and agencies by executive order
// since 1994, from the orders in the Federal Register and OPM's memoranda to
// agencies. None is a legal public holiday of 5 U.S.C. 6103(a): each order
// closes the executive branch and brings the day "within the scope of
// Executive Order 11582 ... and of 5 U.S.C. 5546 and 6103(b) ... insofar as
// they relate to the pay and leave of employees", so a national day of
// mourning and a Christmas closure get the same category: Optional for a
// full day, HalfDay for the orders that close "for the last half of the
// scheduled workday".
func TestUSExecutiveOrderClosures(t *testing.T) {
	closures := []struct {
		date, id string
		cat      Category
		source   string
	}{
		{"1994-04-27", "us.day-of-mourning", Optional, "EO of 23 April 1994, 59 FR 21915 (President Nixon)"},
		{"1997-12-26", "us.day-after-christmas", Optional, "EO of November 1997, OPM memorandum of 25 November 1997"},
		{"1998-12-24", "us.christmas-eve", HalfDay, "EO 13109 of 17 December 1998 (half day)"},
		{"2001-12-24", "us.christmas-eve", Optional, "EO of 6 December 2001"},
		{"2002-12-24", "us.christmas-eve", HalfDay, "EO 13281 of 19 December 2002 (half day)"},
		{"2003-12-26", "us.day-after-christmas", Optional, "EO of 9 December 2003, OPM CPM 2003-18"},
		{"2004-06-11", "us.day-of-mourning", Optional, "EO of 6 June 2004, OPM CPM 2004-11 (President Reagan)"},
		{"2007-01-02", "us.day-of-mourning", Optional, "EO of December 2006, OPM notice (President Ford)"},
		{"2007-12-24", "us.christmas-eve", Optional, "EO 13453 of 6 December 2007"},
		{"2008-12-26", "us.day-after-christmas", Optional, "EO 13482 of 12 December 2008"},
		{"2009-12-24", "us.christmas-eve", HalfDay, "EO of 11 December 2009 (half day)"},
		{"2012-12-24", "us.christmas-eve", Optional, "EO 13633 of 21 December 2012"},
		{"2014-12-26", "us.day-after-christmas", Optional, "EO 13682 of 5 December 2014"},
		{"2015-12-24", "us.christmas-eve", HalfDay, "EO of 11 December 2015 (half day)"},
		{"2018-12-05", "us.day-of-mourning", Optional, "EO 13852 of 1 December 2018 (President George H. W. Bush)"},
		{"2018-12-24", "us.christmas-eve", Optional, "EO of 18 December 2018"},
		{"2019-12-24", "us.christmas-eve", Optional, "EO 13900 of 17 December 2019"},
		{"2020-12-24", "us.christmas-eve", Optional, "EO 13965 of 11 December 2020"},
		{"2024-12-24", "us.christmas-eve", Optional, "EO of 19 December 2024"},
		{"2025-01-09", "us.day-of-mourning", Optional, "EO 14133 of 30 December 2024 (President Carter)"},
		{"2025-12-24", "us.christmas-eve", Optional, "EO 14371 of 18 December 2025"},
		{"2025-12-26", "us.day-after-christmas", Optional, "EO 14371 of 18 December 2025"},
	}
	pub, err := ForRegion("US")
	require.NoError(t, err)
	eo, err := ForRegion("US", Optional, HalfDay)
	require.NoError(t, err)
	want := map[date.Date]bool{}
	for _, c := range closures {
		d := day(c.date)
		want[d] = true
		require.False(t, pub.IsHoliday(d), "%s (%s) is not a legal public holiday", c.date, c.source)
		h, ok := eo.Lookup(d)
		require.True(t, ok, "%s (%s)", c.date, c.source)
		require.Equal(t, c.id, h.ID, c.source)
		require.Equal(t, c.cat, h.Category, c.source)
		require.False(t, h.Observed)
	}
	// Nothing else is Optional or HalfDay in the United States.
	for y := 1990; y <= 2030; y++ {
		for _, d := range eo.HolidayDates(y) {
			require.True(t, want[d], "unexpected US closure %s", d)
		}
	}
}
