package holidays

import (
	"strings"
	"testing"
)

// Taiwan: the Directorate-General of Personnel Administration's office
// calendars (中華民國政府行政機關辦公日曆表, data.gov.tw): 2019 with three
// bridge days, 2025 as revised after the 2025 amendment (the day before
// Lunar New Year's Eve a bridge day; Children's Day on Tomb Sweeping Day),
// 2026 with the new holidays and the Lunar New Year make-up day. The
// listed dates include the weekend days that are holidays themselves.
func TestTaiwanDGPA(t *testing.T) {
	checkDates(t, "TW", []yearRef{
		{2019, "01-01 02-04 02-05 02-06 02-07 02-08 02-28 03-01 04-04 04-05 06-07 09-13 10-10 10-11"},
		{2025, "01-01 01-27 01-28 01-29 01-30 01-31 02-28 04-03 04-04 05-30 05-31 09-28 09-29 10-06 10-10 10-24 10-25 12-25"},
		{2026, "01-01 02-15 02-16 02-17 02-18 02-19 02-20 02-27 02-28 04-03 04-04 04-05 04-06 05-01 06-19 09-25 09-28 10-09 10-10 10-25 10-26 12-25"},
	})
	s, _ := ForRegion("TW")
	for y, want := range map[int]string{2019: "2019-01-19 2019-02-23 2019-10-05", 2025: "2025-02-08", 2026: ""} {
		if got := strings.Join(dateStrings(s.WorkingDates(y)), " "); got != want {
			t.Errorf("TW %d working dates %s, want %s", y, got, want)
		}
	}
}
