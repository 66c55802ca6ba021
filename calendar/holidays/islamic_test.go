package holidays

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// The tabular Islamic calendar against Calendrical Calculations' sample
// dates (Reingold & Dershowitz, 3rd ed., Appendix C: R.D. 710347 = 12
// November 1945 = 6 Dhu al-Hijja 1364; R.D. 764652 = 18 July 2094 = 5 Rabi
// I 1518) and its structure: years of 354 or 355 days, leap years as
// listed, months alternating 30 and 29 days.
func TestTabularIslamic(t *testing.T) {
	if got := islamicDate(1364, 12, 6); got != civilDate(1945, time.November, 12) {
		t.Errorf("6/12/1364: %s", got)
	}
	if got := islamicDate(1518, 3, 5); got != civilDate(2094, time.July, 18) {
		t.Errorf("5/3/1518: %s", got)
	}
	leap := map[int]bool{2: true, 5: true, 7: true, 10: true, 13: true, 16: true, 18: true, 21: true, 24: true, 26: true, 29: true}
	for y := 1300; y < 1600; y++ {
		n := int(islamicDate(y+1, 1, 1) - islamicDate(y, 1, 1))
		want := 354
		if leap[y%30] {
			want = 355
		}
		if n != want {
			t.Fatalf("year %d: %d days, want %d", y, n, want)
		}
		for m := 1; m < 12; m++ {
			if l := int(islamicDate(y, m+1, 1) - islamicDate(y, m, 1)); l != 30-(m-1)%2 {
				t.Fatalf("%d/%d: %d days", m, y, l)
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(1, 9000).Draw(t, "y")
		m := rapid.IntRange(1, 12).Draw(t, "m")
		d := rapid.IntRange(1, 29).Draw(t, "d")
		g := islamicDate(y, m, d)
		if got := islamicYearNear(g); got != y {
			t.Fatalf("islamicYearNear(%s) = %d, want %d", g, got, y)
		}
	})
}
