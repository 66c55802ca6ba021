package holidays

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Employment New Zealand, "Public holidays and anniversary dates".
func TestNewZealandTables(t *testing.T) {
	// 2022: New Year's Day and 2 January on the weekend observed Monday 3
	// and Tuesday 4; Waitangi Day on Sunday observed Monday 7 February; the
	// first Matariki (24 June) and the Queen Elizabeth II Memorial Day (26
	// September); Christmas Day on Sunday observed Tuesday 27 December.
	expectYear(t, "NZ", 2022, nil, `
		2022-01-01 nz.new-years-day
		2022-01-02 nz.day-after-new-years-day
		2022-01-03 nz.new-years-day observed
		2022-01-04 nz.day-after-new-years-day observed
		2022-02-06 nz.waitangi-day
		2022-02-07 nz.waitangi-day observed
		2022-04-15 nz.good-friday
		2022-04-18 nz.easter-monday
		2022-04-25 nz.anzac-day
		2022-06-06 nz.sovereigns-birthday
		2022-06-24 nz.matariki
		2022-09-26 nz.queen-elizabeth-memorial-day
		2022-10-24 nz.labour-day
		2022-12-25 nz.christmas-day
		2022-12-26 nz.boxing-day
		2022-12-27 nz.christmas-day observed`)
	// 2026 in Auckland: Auckland Anniversary Monday 26 January, Anzac Day
	// on Saturday observed Monday 27 April, Matariki 10 July, Boxing Day on
	// Saturday observed Monday 28 December.
	expectYear(t, "NZ-AUK", 2026, nil, `
		2026-01-01 nz.new-years-day
		2026-01-02 nz.day-after-new-years-day
		2026-01-26 nz.auckland-anniversary
		2026-02-06 nz.waitangi-day
		2026-04-03 nz.good-friday
		2026-04-06 nz.easter-monday
		2026-04-25 nz.anzac-day
		2026-04-27 nz.anzac-day observed
		2026-06-01 nz.sovereigns-birthday
		2026-07-10 nz.matariki
		2026-10-26 nz.labour-day
		2026-12-25 nz.christmas-day
		2026-12-26 nz.boxing-day
		2026-12-28 nz.boxing-day observed`)
	// 2010, before the Mondayisation of Waitangi Day and Anzac Day: both
	// on weekends, no other day (Department of Labour, 2010); Southland's
	// anniversary on Monday 18 January.
	expectYear(t, "NZ-STL", 2010, nil, `
		2010-01-01 nz.new-years-day
		2010-01-02 nz.day-after-new-years-day
		2010-01-04 nz.day-after-new-years-day observed
		2010-01-18 nz.southland-anniversary
		2010-02-06 nz.waitangi-day
		2010-04-02 nz.good-friday
		2010-04-05 nz.easter-monday
		2010-04-25 nz.anzac-day
		2010-06-07 nz.sovereigns-birthday
		2010-10-25 nz.labour-day
		2010-12-25 nz.christmas-day
		2010-12-26 nz.boxing-day
		2010-12-27 nz.christmas-day observed
		2010-12-28 nz.boxing-day observed`)
	// Anniversary days 2027 (Employment New Zealand, read for 2027):
	// Wellington 25 January, Otago 22 March, Southland Tuesday 30 March.
	for _, c := range []struct{ region, date, id string }{
		{"NZ-WGN", "2027-01-25", "nz.wellington-anniversary"},
		{"NZ-OTA", "2027-03-22", "nz.otago-anniversary"},
		{"NZ-STL", "2027-03-30", "nz.southland-anniversary"},
		{"NZ-HKB", "2027-10-22", "nz.hawkes-bay-anniversary"},
		{"NZ-MBH", "2027-11-01", "nz.marlborough-anniversary"},
		{"NZ-CAN", "2027-11-12", "nz.canterbury-anniversary"},
		{"NZ-TKI", "2027-03-08", "nz.taranaki-anniversary"},
		{"NZ-NSN", "2027-02-01", "nz.nelson-anniversary"},
		{"NZ-WTC", "2027-11-29", "nz.westland-anniversary"},
		{"NZ-CIT", "2027-11-29", "nz.chatham-islands-anniversary"},
	} {
		s, err := ForRegion(c.region)
		require.NoError(t, err)
		h, ok := s.Lookup(day(c.date))
		require.True(t, ok, "%s %s", c.region, c.date)
		require.Equal(t, c.id, h.ID, "%s %s", c.region, c.date)
	}
}

// Schedule 1 of Te Kāhui o Matariki Public Holiday Act 2022: every date is
// a Friday, and there is none before 2022 or after 2052.
func TestNewZealandMatariki(t *testing.T) {
	s, err := ForRegion("NZ")
	require.NoError(t, err)
	for y := 1995; y <= 2060; y++ {
		n := 0
		for _, h := range s.Holidays(y) {
			if h.ID == "nz.matariki" {
				n++
				require.Equal(t, "Friday", h.Date.Weekday().String(), "%d", y)
			}
		}
		require.Equal(t, y >= 2022 && y <= 2052, n == 1, "%d", y)
	}
	// Otago's anniversary moves off Easter Monday: 2008, Monday nearest
	// 23 March is Easter Monday 24 March, so Tuesday 25 March.
	ota, err := ForRegion("NZ-OTA")
	require.NoError(t, err)
	h, ok := ota.Lookup(day("2008-03-25"))
	require.True(t, ok)
	require.Equal(t, "nz.otago-anniversary", h.ID)
}
