package holidays

import "testing"

// Hong Kong's general holidays as the Government lists them
// (https://www.gov.hk/en/about/abouthk/holiday/{year}.htm): 2006 and 2010
// with the day preceding Lunar New Year's Day (the rule before 2012), 2009
// with the Mid-Autumn Festival itself on a Saturday, 2010 with the day
// following Easter Monday (Ching Ming on Easter Monday), 2012 with the day
// following National Day, 2022 with the second day following the
// Mid-Autumn Festival, 2023 with the fourth day of Lunar New Year.
func TestHongKongGovernment(t *testing.T) {
	checkDates(t, "HK", []yearRef{
		{2006, "01-01 01-02 01-28 01-29 01-30 01-31 04-05 04-14 04-15 04-17 05-01 05-05 05-31 07-01 10-01 10-02 10-07 10-30 12-25 12-26"},
		{2009, "01-01 01-26 01-27 01-28 04-04 04-10 04-11 04-13 05-01 05-02 05-28 07-01 10-01 10-03 10-26 12-25 12-26"},
		{2010, "01-01 02-13 02-14 02-15 02-16 04-02 04-03 04-05 04-06 05-01 05-21 06-16 07-01 09-23 10-01 10-16 12-25 12-27"},
		{2012, "01-01 01-02 01-23 01-24 01-25 04-04 04-06 04-07 04-09 04-28 05-01 06-23 07-01 07-02 10-01 10-02 10-23 12-25 12-26"},
		{2022, "01-01 02-01 02-02 02-03 04-05 04-15 04-16 04-18 05-01 05-02 05-08 05-09 06-03 07-01 09-11 09-12 10-01 10-04 12-25 12-26 12-27"},
		{2023, "01-01 01-02 01-22 01-23 01-24 01-25 04-05 04-07 04-08 04-10 05-01 05-26 06-22 07-01 09-30 10-01 10-02 10-23 12-25 12-26"},
	})
	s, _ := ForRegion("HK")
	if h, _ := s.Lookup(civilDate(2012, 10, 2)); h.ID != "hk.national-day" || !h.Observed {
		t.Errorf("2012-10-02: %v, want the day following National Day", h)
	}
}
