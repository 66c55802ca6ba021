package holidays

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// withPrefix lists the holidays (all categories) of region in year whose ID
// starts with prefix, as "YYYY-MM-DD id" with " observed" for a substitute
// day and " (category)" for a category other than Public.
func withPrefix(t *testing.T, region string, year int, prefix string) []string {
	t.Helper()
	s, err := ForRegion(region, allCategories...)
	require.NoError(t, err)
	var out []string
	for _, h := range s.Holidays(year) {
		if !strings.HasPrefix(h.ID, prefix) {
			continue
		}
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

// Public holidays of a province-year against the province's published list.
func TestCanadaTables(t *testing.T) {
	// ontario.ca, "Public holidays" (Employment Standards Act s. 1) for
	// 2021, with the substitute days for Christmas Day (Saturday) and
	// Boxing Day (Sunday).
	expectYear(t, "CA-ON", 2021, nil, `
		2021-01-01 ca.new-years-day
		2021-02-15 ca-on.family-day
		2021-04-02 ca.good-friday
		2021-05-24 ca-on.victoria-day
		2021-07-01 ca.canada-day
		2021-09-06 ca.labour-day
		2021-10-11 ca-on.thanksgiving
		2021-12-25 ca.christmas-day
		2021-12-26 ca-on.boxing-day
		2021-12-27 ca.christmas-day observed
		2021-12-28 ca-on.boxing-day observed`)
	// Before Family Day (2008): ESA 2000 as enacted.
	expectYear(t, "CA-ON", 2007, nil, `
		2007-01-01 ca.new-years-day
		2007-04-06 ca.good-friday
		2007-05-21 ca-on.victoria-day
		2007-07-01 ca.canada-day
		2007-07-02 ca.canada-day observed
		2007-09-03 ca.labour-day
		2007-10-08 ca-on.thanksgiving
		2007-12-25 ca.christmas-day
		2007-12-26 ca-on.boxing-day`)
	// CNESST, "Jours fériés, chômés et payés" 2018: the Fête nationale on
	// Sunday 24 June moves to Monday 25; Canada Day on Sunday to 2 July.
	expectYear(t, "CA-QC", 2018, nil, `
		2018-01-01 ca.new-years-day
		2018-03-30 ca.good-friday
		2018-05-21 ca-qc.journee-nationale-des-patriotes
		2018-06-24 ca-qc.fete-nationale
		2018-06-25 ca-qc.fete-nationale observed
		2018-07-01 ca.canada-day
		2018-07-02 ca.canada-day observed
		2018-09-03 ca.labour-day
		2018-10-08 ca-qc.action-de-grace
		2018-12-25 ca.christmas-day`)
	// gov.bc.ca, "Statutory holidays in B.C." 2023: New Year's Day, Canada
	// Day, Truth and Reconciliation and Remembrance Day on weekends,
	// observed 2 January, 3 July, 2 October and 13 November.
	expectYear(t, "CA-BC", 2023, nil, `
		2023-01-01 ca.new-years-day
		2023-01-02 ca.new-years-day observed
		2023-02-20 ca-bc.family-day
		2023-04-07 ca.good-friday
		2023-05-22 ca-bc.victoria-day
		2023-07-01 ca.canada-day
		2023-07-03 ca.canada-day observed
		2023-08-07 ca-bc.civic-holiday
		2023-09-04 ca.labour-day
		2023-09-30 ca-bc.truth-and-reconciliation
		2023-10-02 ca-bc.truth-and-reconciliation observed
		2023-10-09 ca-bc.thanksgiving
		2023-11-11 ca-bc.remembrance-day
		2023-11-13 ca-bc.remembrance-day observed
		2023-12-25 ca.christmas-day`)
	// B.C.'s first Family Day, the second Monday in February 2013, and the
	// third Monday from 2019 (Employment Standards Act amendment 2018).
	require.Equal(t, []string{"2013-02-11 ca-bc.family-day"}, withPrefix(t, "CA-BC", 2013, "ca-bc.family"))
	require.Equal(t, []string{"2019-02-18 ca-bc.family-day"}, withPrefix(t, "CA-BC", 2019, "ca-bc.family"))
	require.Empty(t, withPrefix(t, "CA-BC", 2012, "ca-bc.family"))
	// Newfoundland and Labrador government holidays 2024 (gov.nl.ca):
	// St. Patrick's Day 18 March, St. George's Day 22 April, Discovery Day
	// 24 June, Orangemen's Day 15 July.
	require.Equal(t, []string{
		"2024-03-18 ca-nl.st-patricks-day (optional)",
		"2024-04-22 ca-nl.st-georges-day (optional)",
		"2024-05-20 ca-nl.victoria-day (optional)",
		"2024-06-24 ca-nl.discovery-day (optional)",
		"2024-07-15 ca-nl.orangemens-day (optional)",
		"2024-10-14 ca-nl.thanksgiving (optional)",
		"2024-11-11 ca-nl.remembrance-day",
		"2024-12-26 ca-nl.boxing-day (optional)",
	}, withPrefix(t, "CA-NL", 2024, "ca-nl."))
	// Nunavut 2024 (gov.nu.ca): Nunavut Day Tuesday 9 July; Yukon 2024
	// (yukon.ca): Heritage Day Friday 23 February (optional), National
	// Indigenous Peoples Day 21 June, Discovery Day 19 August.
	require.Contains(t, withPrefix(t, "CA-NU", 2024, "ca-nu."), "2024-07-09 ca-nu.nunavut-day")
	require.Subset(t, withPrefix(t, "CA-YT", 2024, "ca-yt."), []string{
		"2024-02-23 ca-yt.heritage-day (optional)",
		"2024-06-21 ca-yt.national-indigenous-peoples-day",
		"2024-08-19 ca-yt.discovery-day",
		"2024-09-30 ca-yt.truth-and-reconciliation",
	})
	// Historic: Alberta's Family Day from 1990 (20 February 1995);
	// Manitoba's first Louis Riel Day, 18 February 2008; Quebec's Fête de
	// Dollard on 20 May 2002, the Journée nationale des patriotes on 19
	// May 2003.
	require.Equal(t, []string{"1995-02-20 ca-ab.family-day"}, withPrefix(t, "CA-AB", 1995, "ca-ab.family"))
	require.Equal(t, []string{"2008-02-18 ca-mb.louis-riel-day"}, withPrefix(t, "CA-MB", 2008, "ca-mb.louis"))
	require.Empty(t, withPrefix(t, "CA-MB", 2007, "ca-mb.louis"))
	s, err := ForRegion("CA-QC")
	require.NoError(t, err)
	h, ok := s.Lookup(day("2002-05-20"))
	require.True(t, ok)
	require.Equal(t, "Fête de Dollard", h.Name)
	h, ok = s.Lookup(day("2003-05-19"))
	require.True(t, ok)
	require.Equal(t, "Journée nationale des patriotes", h.Name)
}

// The National Day for Truth and Reconciliation: federal (Optional
// everywhere) from 2021; a general holiday in the provinces and
// territories that adopted it, from the year they did.
func TestCanadaTruthAndReconciliation(t *testing.T) {
	adopted := map[string]int{"CA-BC": 2023, "CA-MB": 2023, "CA-NT": 2022, "CA-NU": 2022, "CA-PE": 2022, "CA-YT": 2023}
	for _, r := range Regions() {
		if !strings.HasPrefix(r.Code, "CA") {
			continue
		}
		pub, err := ForRegion(r.Code)
		require.NoError(t, err)
		opt, err := ForRegion(r.Code, Optional)
		require.NoError(t, err)
		for y := 2019; y <= 2030; y++ {
			sep30 := day("2000-09-30").AddDate(y-2000, 0, 0)
			since, ok := adopted[r.Code]
			require.Equal(t, ok && y >= since, pub.IsHoliday(sep30), "%s %d", r.Code, y)
			require.Equal(t, y >= 2021, opt.IsHoliday(sep30), "%s %d (federal)", r.Code, y)
		}
	}
}

func TestCanadaNearestMonday(t *testing.T) {
	for _, c := range []struct{ date, want string }{
		{"2024-03-17", "2024-03-18"}, // Sunday → Monday after
		{"2023-03-17", "2023-03-20"}, // Friday → Monday after
		{"2022-03-17", "2022-03-14"}, // Thursday → Monday before
		{"2020-03-17", "2020-03-16"}, // Tuesday → Monday before
		{"2025-03-17", "2025-03-17"}, // Monday
		{"2018-03-17", "2018-03-19"}, // Saturday → Monday after
	} {
		d := day(c.date)
		got, _ := caNearestMonday(d.Month(), d.Day())(d.Year())
		require.Equal(t, day(c.want), got, c.date)
	}
}
