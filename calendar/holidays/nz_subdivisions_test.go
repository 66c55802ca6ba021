package holidays

import "testing"

// TestNewZealandRegionTables checks the regions whose anniversary day is
// another district's (nz.go): Employment New Zealand, "Public holidays and
// anniversary dates" (employment.govt.nz), for 2025 and, from its table of
// past years, 2010. The national days: Holidays Act 2003 ss. 44-45 (2 and
// 1 January 2010 on the weekend observed Monday 4 January; Christmas Day
// and Boxing Day 2010 observed Monday 27 and Tuesday 28 December; Waitangi
// Day 2010 on a Saturday and Anzac Day on a Sunday not moved, s. 45A only
// from 2014), Matariki 20 June 2025 (Te Kāhui o Matariki Public Holiday
// Act 2022, Schedule 1).
func TestNewZealandRegionTables(t *testing.T) {
	// Auckland Anniversary Day, the Monday nearest 29 January (27 January
	// 2025; 1 February 2010, 29 January being a Friday), in Northland,
	// Waikato, Bay of Plenty and Gisborne, the old Auckland province.
	for _, code := range []string{"NZ-NTL", "NZ-WKO", "NZ-BOP", "NZ-GIS"} {
		expectYear(t, code, 2025, nil, `
			2025-01-01 nz.new-years-day
			2025-01-02 nz.day-after-new-years-day
			2025-01-27 nz.auckland-anniversary
			2025-02-06 nz.waitangi-day
			2025-04-18 nz.good-friday
			2025-04-21 nz.easter-monday
			2025-04-25 nz.anzac-day
			2025-06-02 nz.sovereigns-birthday
			2025-06-20 nz.matariki
			2025-10-27 nz.labour-day
			2025-12-25 nz.christmas-day
			2025-12-26 nz.boxing-day
		`)
		expectYear(t, code, 2010, nil, `
			2010-01-01 nz.new-years-day
			2010-01-02 nz.day-after-new-years-day
			2010-01-04 nz.day-after-new-years-day observed
			2010-02-01 nz.auckland-anniversary
			2010-02-06 nz.waitangi-day
			2010-04-02 nz.good-friday
			2010-04-05 nz.easter-monday
			2010-04-25 nz.anzac-day
			2010-06-07 nz.sovereigns-birthday
			2010-10-25 nz.labour-day
			2010-12-25 nz.christmas-day
			2010-12-26 nz.boxing-day
			2010-12-27 nz.christmas-day observed
			2010-12-28 nz.boxing-day observed
		`)
	}
	// Manawatū-Whanganui keeps Wellington Anniversary Day, the Monday
	// nearest 22 January (20 January 2025, 25 January 2010).
	expectYear(t, "NZ-MWT", 2025, nil, `
		2025-01-01 nz.new-years-day
		2025-01-02 nz.day-after-new-years-day
		2025-01-20 nz.wellington-anniversary
		2025-02-06 nz.waitangi-day
		2025-04-18 nz.good-friday
		2025-04-21 nz.easter-monday
		2025-04-25 nz.anzac-day
		2025-06-02 nz.sovereigns-birthday
		2025-06-20 nz.matariki
		2025-10-27 nz.labour-day
		2025-12-25 nz.christmas-day
		2025-12-26 nz.boxing-day
	`)
	expectYear(t, "NZ-MWT", 2010, nil, `
		2010-01-01 nz.new-years-day
		2010-01-02 nz.day-after-new-years-day
		2010-01-04 nz.day-after-new-years-day observed
		2010-01-25 nz.wellington-anniversary
		2010-02-06 nz.waitangi-day
		2010-04-02 nz.good-friday
		2010-04-05 nz.easter-monday
		2010-04-25 nz.anzac-day
		2010-06-07 nz.sovereigns-birthday
		2010-10-25 nz.labour-day
		2010-12-25 nz.christmas-day
		2010-12-26 nz.boxing-day
		2010-12-27 nz.christmas-day observed
		2010-12-28 nz.boxing-day observed
	`)
	// Tasman keeps Nelson Anniversary Day, the Monday nearest 1 February
	// (3 February 2025, 1 February 2010).
	expectYear(t, "NZ-TAS", 2025, nil, `
		2025-01-01 nz.new-years-day
		2025-01-02 nz.day-after-new-years-day
		2025-02-03 nz.nelson-anniversary
		2025-02-06 nz.waitangi-day
		2025-04-18 nz.good-friday
		2025-04-21 nz.easter-monday
		2025-04-25 nz.anzac-day
		2025-06-02 nz.sovereigns-birthday
		2025-06-20 nz.matariki
		2025-10-27 nz.labour-day
		2025-12-25 nz.christmas-day
		2025-12-26 nz.boxing-day
	`)
	expectYear(t, "NZ-TAS", 2010, nil, `
		2010-01-01 nz.new-years-day
		2010-01-02 nz.day-after-new-years-day
		2010-01-04 nz.day-after-new-years-day observed
		2010-02-01 nz.nelson-anniversary
		2010-02-06 nz.waitangi-day
		2010-04-02 nz.good-friday
		2010-04-05 nz.easter-monday
		2010-04-25 nz.anzac-day
		2010-06-07 nz.sovereigns-birthday
		2010-10-25 nz.labour-day
		2010-12-25 nz.christmas-day
		2010-12-26 nz.boxing-day
		2010-12-27 nz.christmas-day observed
		2010-12-28 nz.boxing-day observed
	`)
}
