package holidays

import (
	"testing"
	"time"
)

// Malaysia: the gazetted lists of the Prime Minister's Department for
// Kuala Lumpur (2009: Deepavali on 17 October, unlike Singapore's 15
// November; 2023 with the additional Hari Raya day and Sunday holidays in
// lieu) and Sarawak (2023: Good Friday, Gawai, Sarawak Day, no Deepavali);
// the estimated days of 2009 are not compared.
func TestMalaysia(t *testing.T) {
	checkFirmDates(t, "MY-14", []yearRef{
		{2009, "01-01 01-26 01-27 02-01 02-02 03-09 05-01 05-09 06-06 08-31 09-07 09-20 09-21 09-22 10-17 11-28 12-18 12-25"},
		{2023, "01-01 01-02 01-22 01-23 01-24 02-01 02-05 02-06 04-08 04-21 04-22 04-23 04-24 05-01 05-04 06-05 06-29 07-19 08-31 09-16 09-28 11-12 11-13 12-25"},
	})
	checkDates(t, "MY-13", []yearRef{
		{2023, "01-01 01-02 01-22 01-23 01-24 04-07 04-21 04-22 04-23 04-24 05-01 05-04 06-01 06-02 06-05 06-29 07-19 07-22 08-31 09-16 09-28 10-14 12-25"},
	})
	// Johor's weekend was Friday–Saturday 2014–2024; Kelantan's is.
	jhr, _ := ForRegion("MY-01")
	ktn, _ := ForRegion("MY-03")
	for _, c := range []struct {
		s    *Set
		d    string
		want bool
	}{
		{jhr, "2013-06-07", false}, {jhr, "2020-06-05", true}, {jhr, "2020-06-07", false}, {jhr, "2025-06-06", false}, {jhr, "2025-06-07", true},
		{ktn, "2025-06-06", true}, {ktn, "2025-06-08", false},
	} {
		if got := c.s.IsWeekend(day(c.d)); got != c.want {
			t.Errorf("%s IsWeekend(%s) = %v", c.s, c.d, got)
		}
	}
	// In Kelantan a holiday on a Saturday is taken on the next free day:
	// Hari Raya Haji 2025 (Saturday 7 June; Sunday 8 June is its second
	// day) on Monday 9 June.
	if h, ok := ktn.Lookup(civilDate(2025, time.June, 9)); !ok || !h.Observed || h.ID != "my.hari-raya-haji" {
		t.Errorf("MY-03 2025-06-09: %v, want Hari Raya Haji in lieu", h)
	}
}
