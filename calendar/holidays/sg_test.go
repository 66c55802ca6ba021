package holidays

import "testing"

// Singapore's public holidays as the Ministry of Manpower lists them
// (https://www.mom.gov.sg/employment-practices/public-holidays): 2006–2007
// with Hari Raya Haji on 31 December 2006 observed on 2 January 2007,
// 2019, 2024 (Chinese New Year on a weekend), 2025 (Polling Day), 2026
// (three Sundays observed on Mondays). The estimates of later years are
// marked.
func TestSingaporeMOM(t *testing.T) {
	checkDates(t, "SG", []yearRef{
		{2006, "01-01 01-02 01-10 01-29 01-30 01-31 04-14 05-01 05-06 05-12 08-09 10-21 10-24 12-25 12-31"},
		{2007, "01-01 01-02 02-18 02-19 02-20 04-06 05-01 05-31 08-09 10-13 11-08 12-20 12-25"},
		{2019, "01-01 02-05 02-06 04-19 05-01 05-19 05-20 06-05 08-09 08-11 08-12 10-27 10-28 12-25"},
		{2024, "01-01 02-10 02-11 02-12 03-29 04-10 05-01 05-22 06-17 08-09 10-31 12-25"},
		{2025, "01-01 01-29 01-30 03-31 04-18 05-01 05-03 05-12 06-07 08-09 10-20 12-25"},
		{2026, "01-01 02-17 02-18 03-21 04-03 05-01 05-27 05-31 06-01 08-09 08-10 11-08 11-09 12-25"},
	})
	s, _ := ForRegion("SG")
	for _, h := range s.Holidays(2026) {
		if h.Estimated {
			t.Errorf("2026 is announced: %v", h)
		}
	}
	n := 0
	for _, h := range s.Holidays(2030) {
		if h.Estimated {
			n++
			if h.Source == "" {
				t.Errorf("%v: an estimate without its method", h)
			}
		}
	}
	if n < 4 {
		t.Errorf("2030: %d estimated days, want the two Hari Raya, Vesak Day and Deepavali", n)
	}
}
