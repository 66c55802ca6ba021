package bench

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/de"
	"github.com/rickb777/date/v2"
)

var berlin = mustLoad("Europe/Berlin")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// ours is the itsmkit calendar: Mon–Fri 08:00–17:00, Europe/Berlin, DE-NW holidays.
func ours(tb testing.TB) *calendar.Calendar {
	tb.Helper()
	c, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// spec is the configuration of ours, as a service holds it per tenant.
func spec(tb testing.TB) calendar.Spec {
	tb.Helper()
	w, err := calendar.ParseWeek("Mon-Fri 08:00-17:00")
	if err != nil {
		tb.Fatal(err)
	}
	return calendar.Spec{Zone: "Europe/Berlin", Week: w, Holidays: []calendar.HolidayRef{{Region: "DE-NW"}}}
}

// theirs is the equivalent rickar/cal business calendar.
func theirs() *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	c.SetWorkHours(8*time.Hour, 17*time.Hour)
	c.AddHoliday(de.HolidaysNW...)
	return c
}

// The two libraries must agree on the quantity being benchmarked, or the
// comparison means nothing.
func TestPeersAgree(t *testing.T) {
	o, r := ours(t), theirs()
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, berlin)
	for _, span := range []time.Duration{24 * time.Hour, 7 * 24 * time.Hour, 365 * 24 * time.Hour} {
		end := start.Add(span)
		if got, want := o.Between(start, end), r.WorkHoursInRange(start, end); got != want {
			t.Errorf("Between over %v: itsm %v, rickar %v", span, got, want)
		}
	}
	from := time.Date(2025, 3, 3, 9, 0, 0, 0, berlin)
	got, err := o.Add(from, 2000*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if want := r.AddWorkHours(from, 2000*time.Hour); !got.Equal(want) {
		t.Errorf("Add 2000h: itsm %v, rickar %v", got, want)
	}
}

func BenchmarkBetween(b *testing.B) {
	o, r := ours(b), theirs()
	start := time.Date(2025, 1, 1, 10, 0, 0, 0, berlin)
	for _, tc := range []struct {
		name string
		end  time.Time
	}{
		{"1day", start.AddDate(0, 0, 1)},
		{"1year", start.AddDate(1, 0, 0)},
		{"30years", start.AddDate(30, 0, 0)},
	} {
		b.Run(tc.name+"/itsm", func(b *testing.B) {
			b.ReportAllocs()
			o.Between(start, tc.end) // warm the cache outside the loop
			for b.Loop() {
				o.Between(start, tc.end)
			}
		})
		b.Run(tc.name+"/rickar", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r.WorkHoursInRange(start, tc.end)
			}
		})
	}
}

func BenchmarkAdd(b *testing.B) {
	o, r := ours(b), theirs()
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, berlin)
	for _, d := range []time.Duration{8 * time.Hour, 2000 * time.Hour} {
		b.Run(d.String()+"/itsm", func(b *testing.B) {
			b.ReportAllocs()
			if _, err := o.Add(start, d); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				o.Add(start, d)
			}
		})
		b.Run(d.String()+"/rickar", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r.AddWorkHours(start, d)
			}
		})
	}
}

func BenchmarkIsOpen(b *testing.B) {
	o, r := ours(b), theirs()
	at := time.Date(2025, 10, 3, 10, 0, 0, 0, berlin) // a holiday
	b.Run("itsm", func(b *testing.B) {
		b.ReportAllocs()
		o.IsOpen(at)
		for b.Loop() {
			o.IsOpen(at)
		}
	})
	b.Run("rickar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.IsWorkTime(at)
		}
	})
}

// BenchmarkCold is what a stateless service pays per request: build the
// tenant's calendar from its configuration and ask one question (the open
// time of one week).
//
//   - itsm: the tenant's spec as it comes in every request. Calendars of
//     equal specs share their tables, so from the second request on the
//     calendar starts warm.
//   - itsm-unseen: a spec the process has never seen (each iteration closes
//     a different extra date): compiling it and building the year's table.
//   - rickar: a new BusinessCalendar with the NRW holidays (it keeps no
//     tables, so every query is cold).
func BenchmarkCold(b *testing.B) {
	sp := spec(b)
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, berlin)
	end := start.AddDate(0, 0, 7)
	want := 45 * time.Hour
	b.Run("itsm", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, err := calendar.New(sp)
			if err != nil || c.Between(start, end) != want {
				b.Fatal(err)
			}
		}
	})
	b.Run("itsm-unseen", func(b *testing.B) {
		s := sp
		s.HolidayDates = []date.Date{0, 0}
		first, n := date.New(calendar.MinYear, 1, 1), 100*365 // dates of 1900–1999, never in the week asked
		i := 0
		b.ReportAllocs()
		for b.Loop() {
			s.HolidayDates[0], s.HolidayDates[1] = first+date.Date(i%n), first+date.Date(i/n%n) // a new pair each time
			i++
			c, err := calendar.New(s)
			if err != nil || c.Between(start, end) != want {
				b.Fatal(err)
			}
		}
	})
	b.Run("rickar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if theirs().WorkHoursInRange(start, end) != want {
				b.Fatal("wrong answer")
			}
		}
	})
}

// BenchmarkWarm is the same question asked of a calendar already built.
func BenchmarkWarm(b *testing.B) {
	o, r := ours(b), theirs()
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, berlin)
	end := start.AddDate(0, 0, 7)
	b.Run("itsm", func(b *testing.B) {
		b.ReportAllocs()
		o.Between(start, end)
		for b.Loop() {
			o.Between(start, end)
		}
	})
	b.Run("rickar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.WorkHoursInRange(start, end)
		}
	})
}

// BenchmarkParallel asks one shared calendar from every core; run with
// -cpu 1,2 to see it scale (no locks or shared writes on the read path).
func BenchmarkParallel(b *testing.B) {
	o := ours(b)
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, berlin)
	o.Between(start, start.AddDate(1, 0, 0))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			a := start.Add(time.Duration(i&1023) * 7 * time.Hour)
			o.Between(a, a.Add(7*24*time.Hour))
			i++
		}
	})
}
