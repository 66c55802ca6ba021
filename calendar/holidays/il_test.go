package holidays

import (
	"testing"
	"time"
)

// The Hebrew calendar against Calendrical Calculations' sample dates
// (Reingold & Dershowitz, 3rd ed., Appendix C: 12 November 1945 = 7 Kislev
// 5706, 18 July 2094 = 5 Av 5854) and its year lengths.
func TestHebrewCalendar(t *testing.T) {
	if got := hebrewDate(5706, 9, 7); got != civilDate(1945, time.November, 12) {
		t.Errorf("7 Kislev 5706: %s", got)
	}
	if got := hebrewDate(5854, av, 5); got != civilDate(2094, time.July, 18) {
		t.Errorf("5 Av 5854: %s", got)
	}
	valid := map[int]bool{353: true, 354: true, 355: true, 383: true, 384: true, 385: true}
	for y := 5600; y < 6000; y++ {
		n := int(hebrewNewYear(y+1) - hebrewNewYear(y))
		if !valid[n] || (n > 360) != hebrewLeap(y) {
			t.Fatalf("year %d: %d days", y, n)
		}
		if wd := hebrewNewYear(y).Weekday(); wd == time.Sunday || wd == time.Wednesday || wd == time.Friday {
			t.Fatalf("1 Tishri %d on %s (lo ADU rosh)", y, wd)
		}
	}
}

// Israel's days of rest as the Government publishes them (gov.il, the
// Ministry of Labour's holiday lists; the Hebrew dates as in the Israeli
// calendar): 1995 (Independence Day moved from Friday to Thursday), 2019
// (two Knesset election days), 2024 (moved from Monday to Tuesday), 2025
// (moved from Saturday to Thursday).
func TestIsrael(t *testing.T) {
	checkDates(t, "IL", []yearRef{
		{1995, "04-15 04-21 05-04 06-04 09-25 09-26 10-04 10-09 10-16"},
		{2019, "04-09 04-20 04-26 05-09 06-09 09-17 09-30 10-01 10-09 10-14 10-21"},
		{2024, "04-23 04-29 05-14 06-12 10-03 10-04 10-12 10-17 10-24"},
		{2025, "04-13 04-19 05-01 06-02 09-23 09-24 10-02 10-07 10-14"},
	})
	s, _ := ForRegion("IL")
	if !s.IsWeekend(civilDate(2025, time.May, 2)) || s.IsWeekend(civilDate(2025, time.May, 4)) {
		t.Error("Israel's weekend is Friday and Saturday")
	}
}
