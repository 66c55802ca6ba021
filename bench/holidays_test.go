package bench

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/de"
	"github.com/rickb777/date/v2"
)

func nrwSet(tb testing.TB) *holidays.Set {
	tb.Helper()
	s, err := holidays.ForRegion("DE-NW")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func nrwCal() *cal.Calendar {
	c := &cal.Calendar{}
	c.AddHoliday(de.HolidaysNW...)
	return c
}

// For NRW, where the laws did not change in these years, both libraries
// must name the same weekday holidays.
func TestHolidayPeersAgree(t *testing.T) {
	ours, theirs := nrwSet(t), nrwCal()
	for d := date.New(2019, 1, 1); d < date.New(2031, 1, 1); d++ {
		actual, _, _ := theirs.IsHoliday(d.MidnightIn(time.UTC))
		if got := ours.IsHoliday(d); got != actual {
			t.Errorf("%s: itsm %v, rickar %v", d, got, actual)
		}
	}
}

func BenchmarkIsHoliday(b *testing.B) {
	ours, theirs := nrwSet(b), nrwCal()
	d := date.New(2026, 6, 4) // Fronleichnam
	tm := d.MidnightIn(time.UTC)
	b.Run("itsm", func(b *testing.B) {
		b.ReportAllocs()
		ours.IsHoliday(d)
		for b.Loop() {
			ours.IsHoliday(d)
		}
	})
	b.Run("rickar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			theirs.IsHoliday(tm)
		}
	})
}
