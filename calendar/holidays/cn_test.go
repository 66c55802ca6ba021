package holidays

import (
	"strings"
	"testing"
)

// China: statutory days and the State Council's arrangements. 2000 and
// 2008: the statutory days of the 1999 and 2007 revisions (no notice data
// kept); 2020, 2024, 2026: the notices (see cnNotices for the links), whose
// periods off contain the statutory days, the weekdays taken off in lieu
// and weekend days; the weekend days worked instead are WorkingDates.
func TestChinaStateCouncil(t *testing.T) {
	checkDates(t, "CN", []yearRef{
		{2000, "01-01 02-05 02-06 02-07 05-01 05-02 05-03 10-01 10-02 10-03"},
		{2008, "01-01 02-06 02-07 02-08 04-04 05-01 06-08 09-14 10-01 10-02 10-03"},
		// 2020: Spring Festival extended to 2 February; Mid-Autumn on 1 October
		{2020, "01-01 01-24 01-25 01-26 01-27 01-28 01-29 01-30 01-31 04-04 04-06 05-01 05-04 05-05 06-25 06-26 10-01 10-02 10-03 10-05 10-06 10-07 10-08"},
		{2024, "01-01 02-10 02-11 02-12 02-13 02-14 02-15 02-16 04-04 04-05 05-01 05-02 05-03 06-10 09-16 09-17 10-01 10-02 10-03 10-04 10-07"},
		// 2026: the 2024 revision (New Year's Eve and 1–2 May statutory)
		{2026, "01-01 01-02 02-16 02-17 02-18 02-19 02-20 02-23 04-05 04-06 05-01 05-02 05-04 05-05 06-19 09-25 10-01 10-02 10-03 10-05 10-06 10-07"},
	})
	s, err := ForRegion("CN")
	if err != nil {
		t.Fatal(err)
	}
	for y, want := range map[int]string{
		2011: "2011-12-31",
		2020: "2020-01-19 2020-04-26 2020-05-09 2020-06-28 2020-09-27 2020-10-10",
		2024: "2024-02-04 2024-02-18 2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12",
		2026: "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10",
		2008: "",
		2027: "",
	} {
		if got := strings.Join(dateStrings(s.WorkingDates(y)), " "); got != want {
			t.Errorf("CN %d working dates: %s, want %s", y, got, want)
		}
	}
	// an in-lieu day names the notice; a statutory day has no source
	h, _ := s.Lookup(civilDate(2024, 2, 13))
	if !h.Observed || h.ID != "cn.chunjie" || !strings.Contains(h.Source, "content_6911527") || h.NameEN != "Spring Festival (in lieu)" {
		t.Errorf("2024-02-13: %+v", h)
	}
	h, _ = s.Lookup(civilDate(2024, 2, 10))
	if h.Observed || h.Source != "" {
		t.Errorf("2024-02-10: %+v", h)
	}
}

// Every notice period contains its holiday's statutory days of that year
// and every worked day lies within a few weeks of its period; a typo in a
// date would break one of these.
func TestChinaNoticesConsistent(t *testing.T) {
	s, err := ForRegion("CN")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range cnNotices {
		for _, p := range n.spans {
			from, to := day(p.from), day(p.to)
			if to < from || to-from > 9 {
				t.Errorf("%s %s: period %s–%s", n.ref, p.name, from, to)
			}
			for d := from; d <= to; d++ {
				if !s.IsHoliday(d) && !s.IsWeekend(d) {
					t.Errorf("%s %s: %s is neither a holiday nor a weekend day", n.ref, p.name, d)
				}
			}
			for _, w := range strings.Fields(p.work) {
				d := day(w)
				if d < from-14 || d > to+14 || !s.IsWeekend(d) {
					t.Errorf("%s %s: worked day %s", n.ref, p.name, d)
				}
			}
		}
	}
}
