package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Public holidays of a state-year against the state's published list.
func TestAustraliaTables(t *testing.T) {
	// NSW Industrial Relations, "Public holidays in NSW" 2024 (Public
	// Holidays Act 2010); the Bank Holiday is for banks only.
	expectYear(t, "AU-NSW", 2024, []Category{Public, Bank}, `
		2024-01-01 au.new-years-day
		2024-01-26 au.australia-day
		2024-03-29 au.good-friday
		2024-03-30 au-nsw.easter-saturday
		2024-03-31 au-nsw.easter-sunday
		2024-04-01 au.easter-monday
		2024-04-25 au.anzac-day
		2024-06-10 au-nsw.kings-birthday
		2024-08-05 au-nsw.bank-holiday
		2024-10-07 au-nsw.labour-day
		2024-12-25 au.christmas-day
		2024-12-26 au.boxing-day`)
	// Business Victoria, "Victorian public holiday dates" 2022: New Year's
	// Day (Saturday) with Monday 3 January, the National Day of Mourning on
	// Thursday 22 September, the Grand Final Friday on 23 September,
	// Christmas Day (Sunday) with Tuesday 27 December.
	expectYear(t, "AU-VIC", 2022, nil, `
		2022-01-01 au.new-years-day
		2022-01-03 au.new-years-day observed
		2022-01-26 au.australia-day
		2022-03-14 au-vic.labour-day
		2022-04-15 au.good-friday
		2022-04-16 au-vic.easter-saturday
		2022-04-17 au-vic.easter-sunday
		2022-04-18 au.easter-monday
		2022-04-25 au.anzac-day
		2022-06-13 au-vic.kings-birthday
		2022-09-22 au.national-day-of-mourning
		2022-09-23 au-vic.grand-final-friday
		2022-11-01 au-vic.melbourne-cup-day
		2022-12-25 au.christmas-day
		2022-12-26 au.boxing-day
		2022-12-27 au.christmas-day observed`)
	// Queensland 2021 (Office of Industrial Relations): Anzac Day on
	// Sunday with Monday 26 April; Labour Day 3 May; Queen's Birthday 4
	// October; in Brisbane the show day moved to Friday 29 October.
	expectYear(t, "AU-QLD-BRISBANE", 2021, nil, `
		2021-01-01 au.new-years-day
		2021-01-26 au.australia-day
		2021-04-02 au.good-friday
		2021-04-03 au-qld.easter-saturday
		2021-04-04 au-qld.easter-sunday
		2021-04-05 au.easter-monday
		2021-04-25 au.anzac-day
		2021-04-26 au.anzac-day observed
		2021-05-03 au-qld.labour-day
		2021-10-04 au-qld.kings-birthday
		2021-10-29 au-qld-brisbane.royal-queensland-show
		2021-12-25 au.christmas-day
		2021-12-26 au.boxing-day
		2021-12-27 au.christmas-day observed
		2021-12-28 au.boxing-day observed`)
	// Western Australia 2024 (DMIRS, "Public holidays in Western
	// Australia"): King's Birthday proclaimed for Monday 23 September.
	expectYear(t, "AU-WA", 2024, nil, `
		2024-01-01 au.new-years-day
		2024-01-26 au.australia-day
		2024-03-04 au-wa.labour-day
		2024-03-29 au.good-friday
		2024-03-31 au-wa.easter-sunday
		2024-04-01 au.easter-monday
		2024-04-25 au.anzac-day
		2024-06-03 au-wa.western-australia-day
		2024-09-23 au-wa.kings-birthday
		2024-12-25 au.christmas-day
		2024-12-26 au.boxing-day`)
	// South Australia 2021 (SafeWork SA): Adelaide Cup 8 March, Anzac Day
	// on Sunday with Monday 26 April, Christmas Day on Saturday with
	// Monday 27, Proclamation Day on Sunday with Tuesday 28 December.
	expectYear(t, "AU-SA", 2021, nil, `
		2021-01-01 au.new-years-day
		2021-01-26 au.australia-day
		2021-03-08 au-sa.adelaide-cup-day
		2021-04-02 au.good-friday
		2021-04-03 au-sa.easter-saturday
		2021-04-05 au.easter-monday
		2021-04-25 au.anzac-day
		2021-04-26 au.anzac-day observed
		2021-06-14 au-sa.kings-birthday
		2021-10-04 au-sa.labour-day
		2021-12-25 au.christmas-day
		2021-12-26 au.boxing-day
		2021-12-27 au.christmas-day observed
		2021-12-28 au.boxing-day observed`)
	// ACT 2020: Anzac Day on Saturday with Monday 27 April (7News, 23
	// April 2020); Canberra Day 9 March, Reconciliation Day 1 June.
	expectYear(t, "AU-ACT", 2020, nil, `
		2020-01-01 au.new-years-day
		2020-01-26 au.australia-day
		2020-01-27 au.australia-day observed
		2020-03-09 au-act.canberra-day
		2020-04-10 au.good-friday
		2020-04-11 au-act.easter-saturday
		2020-04-12 au-act.easter-sunday
		2020-04-13 au.easter-monday
		2020-04-25 au.anzac-day
		2020-04-27 au.anzac-day observed
		2020-06-01 au-act.reconciliation-day
		2020-06-08 au-act.kings-birthday
		2020-10-05 au-act.labour-day
		2020-12-25 au.christmas-day
		2020-12-26 au.boxing-day
		2020-12-28 au.boxing-day observed`)
	// Tasmania 2021: no day for Anzac Day on a Sunday (ABC News, 22
	// April 2021); Eight Hours Day 8 March.
	expectYear(t, "AU-TAS", 2021, nil, `
		2021-01-01 au.new-years-day
		2021-01-26 au.australia-day
		2021-03-08 au-tas.eight-hours-day
		2021-04-02 au.good-friday
		2021-04-05 au.easter-monday
		2021-04-25 au.anzac-day
		2021-06-14 au-tas.kings-birthday
		2021-12-25 au.christmas-day
		2021-12-26 au.boxing-day
		2021-12-27 au.christmas-day observed
		2021-12-28 au.boxing-day observed`)
	// Northern Territory 2021: Anzac Day Sunday, Monday 26 April; May Day
	// 3 May, Picnic Day 2 August.
	expectYear(t, "AU-NT", 2021, nil, `
		2021-01-01 au.new-years-day
		2021-01-26 au.australia-day
		2021-04-02 au.good-friday
		2021-04-03 au-nt.easter-saturday
		2021-04-05 au.easter-monday
		2021-04-25 au.anzac-day
		2021-04-26 au.anzac-day observed
		2021-05-03 au-nt.may-day
		2021-06-14 au-nt.kings-birthday
		2021-08-02 au-nt.picnic-day
		2021-12-25 au.christmas-day
		2021-12-26 au.boxing-day
		2021-12-27 au.christmas-day observed
		2021-12-28 au.boxing-day observed`)
}

// Historic rules: Adelaide Cup in May until 2005, Canberra Day's third
// Monday until 2007, Queensland's Labour Day in October 2013–2015 and the
// 2012 Queen's Birthday and Diamond Jubilee, WA's 2011 CHOGM Friday, ACT
// Family and Community Day.
func TestAustraliaHistory(t *testing.T) {
	for _, c := range []struct {
		region, date string
		want         bool
	}{
		{"AU-SA", "2005-05-16", true}, {"AU-SA", "2005-03-14", false}, {"AU-SA", "2006-03-13", true},
		{"AU-ACT", "2007-03-19", true}, {"AU-ACT", "2008-03-10", true}, {"AU-ACT", "2008-03-17", false},
		{"AU-QLD", "2014-10-06", true}, {"AU-QLD", "2014-05-05", false}, {"AU-QLD", "2016-05-02", true},
		{"AU-QLD", "2012-06-11", true}, {"AU-QLD", "2012-10-01", true}, {"AU-QLD", "2015-06-08", true}, {"AU-QLD", "2016-10-03", true},
		{"AU-WA", "2011-10-28", true}, {"AU-WA", "2011-09-26", false}, {"AU-WA", "2023-09-25", true},
		{"AU-ACT", "2009-11-03", true}, {"AU-ACT", "2017-09-25", true}, {"AU-ACT", "2018-05-28", true},
		{"AU-QLD-BRISBANE", "2023-08-16", true}, {"AU-QLD-BRISBANE", "2024-08-14", true}, {"AU-QLD", "2024-08-14", false},
		{"AU-VIC", "2014-09-26", false}, {"AU-VIC", "2015-10-02", true},
		{"AU", "2022-09-22", true},
	} {
		s, err := ForRegion(c.region)
		require.NoError(t, err)
		require.Equal(t, c.want, s.IsHoliday(day(c.date)), "%s %s", c.region, c.date)
	}
}

// After the last gazetted Grand Final Friday the day is a forecast, marked
// Estimated with its method.
func TestAustraliaGrandFinalEstimated(t *testing.T) {
	s, err := ForRegion("AU-VIC")
	require.NoError(t, err)
	h, ok := s.Lookup(day("2025-09-26"))
	require.True(t, ok)
	require.False(t, h.Estimated)
	require.Equal(t, "Victoria Government Gazette", h.Source)
	h, ok = s.Lookup(day("2027-09-24"))
	require.True(t, ok)
	require.Equal(t, "au-vic.grand-final-friday", h.ID)
	require.True(t, h.Estimated)
	require.NotEmpty(t, h.Source)
}

// Part-day public holidays (HalfDay), from their statutes (see au.go):
// South Australia since 2012, the Northern Territory since 2016,
// Queensland's Christmas Eve since 2019; none in NSW; none before.
func TestAustraliaPartDays(t *testing.T) {
	for _, c := range []struct {
		region, date string
		want         bool
	}{
		{"AU-SA", "2012-12-24", true}, {"AU-SA", "2012-12-31", true}, {"AU-SA", "2011-12-24", false},
		{"AU-SA", "2025-12-24", true}, {"AU-SA", "2025-12-31", true},
		{"AU-NT", "2016-12-24", true}, {"AU-NT", "2016-12-31", true}, {"AU-NT", "2015-12-24", false},
		{"AU-QLD", "2019-12-24", true}, {"AU-QLD", "2019-12-31", false}, {"AU-QLD", "2018-12-24", false},
		{"AU-QLD-BRISBANE", "2024-12-24", true},
		{"AU-NSW", "2024-12-24", false}, {"AU-VIC", "2024-12-31", false},
	} {
		half, err := ForRegion(c.region, HalfDay)
		require.NoError(t, err)
		assert.Equal(t, c.want, half.IsHoliday(day(c.date)), "%s %s", c.region, c.date)
		public, err := ForRegion(c.region)
		require.NoError(t, err)
		assert.False(t, public.IsHoliday(day(c.date)), "%s %s is a part day, not a Public holiday", c.region, c.date)
	}
	// A part day on a Saturday is not moved: 24 December 2022 was one.
	sa, err := ForRegion("AU-SA", HalfDay)
	require.NoError(t, err)
	assert.Equal(t, []string{"2022-12-24", "2022-12-31"}, dateStrings(sa.HolidayDates(2022)))
}
