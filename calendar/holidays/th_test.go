package holidays

import "testing"

// Thailand: the Cabinet's lists for 2023 (an athikamat year: Visakha Bucha
// on Saturday 3 June with the Queen's Birthday, made up once on Monday 5
// June) and 2010 (before the holidays of the present reign), without the
// special days the Cabinet added; the Thai lunar dates of 2024–2025 as
// published (Makha Bucha 24 February 2024 and 12 February 2025, Visakha
// Bucha 22 May 2024 and 11 May 2025, Asanha Bucha 20 July 2024 and 10 July
// 2025).
func TestThailand(t *testing.T) {
	checkDates(t, "TH", []yearRef{
		{2010, "01-01 02-28 03-01 04-06 04-13 04-14 04-15 05-05 05-28 07-26 07-27 08-12 10-23 10-25 12-05 12-06 12-10 12-31"},
		{2023, "01-01 01-02 01-03 03-06 04-06 04-13 04-14 04-15 04-17 05-04 06-03 06-05 07-28 08-01 08-02 08-12 08-14 10-13 10-23 12-05 12-10 12-11 12-31"},
	})
	s, _ := ForRegion("TH")
	for _, c := range []struct{ id, d string }{
		{"th.makha-bucha", "2024-02-24"}, {"th.makha-bucha", "2025-02-12"},
		{"th.visakha-bucha", "2024-05-22"}, {"th.visakha-bucha", "2025-05-11"},
		{"th.asanha-bucha", "2024-07-20"}, {"th.asanha-bucha", "2025-07-10"},
	} {
		found := false
		for _, h := range s.Holidays(day(c.d).Year()) {
			found = found || (h.ID == c.id && h.Date == day(c.d) && !h.Observed)
		}
		if !found {
			t.Errorf("%s not on %s", c.id, c.d)
		}
	}
}
