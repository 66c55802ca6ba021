package calendar

import (
	"math"
	"testing"
)

// ClockOf wrapped h*60+m into int16: ClockOf(1100, 16) was 08:00 and
// passed validation. Out-of-range times are now the invalid Clock -1.
func TestClockOfNoWrap(t *testing.T) {
	for _, c := range []struct{ h, m int }{{1100, 16}, {546, 8}, {-1, 60}, {25, 0}, {24, 1}, {0, -1}, {math.MaxInt, 0}, {math.MinInt, 0}, {0, math.MaxInt}, {math.MaxInt / 60, 0}} {
		got := ClockOf(c.h, c.m)
		if got != -1 {
			t.Errorf("ClockOf(%d, %d) = %d (%v), want the invalid Clock -1", c.h, c.m, int(got), got)
		}
		if err := (Hours{got, Midnight24}).validate("test"); err == nil {
			t.Errorf("ClockOf(%d, %d) = %v validates", c.h, c.m, got)
		}
	}
	for _, c := range []struct {
		h, m int
		want Clock
	}{{0, 0, 0}, {8, 0, 480}, {8, 90, 570}, {24, 0, Midnight24}, {0, 1440, Midnight24}, {23, 59, 1439}} {
		if got := ClockOf(c.h, c.m); got != c.want {
			t.Errorf("ClockOf(%d, %d) = %d, want %d", c.h, c.m, got, c.want)
		}
	}
}
