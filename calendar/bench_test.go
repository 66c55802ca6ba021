package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// benchCal is Mon–Fri 08:00–17:00 in Europe/Berlin with the NRW public
// holidays: the calendar of the bench/ comparison with rickar/cal.
func benchCal(b *testing.B) *Calendar {
	c, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		b.Fatal(err)
	}
	// warm the tables for the years the benchmarks touch
	c.Between(time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC))
	return c
}

var (
	benchFrom = time.Date(2026, 3, 2, 10, 17, 0, 0, time.UTC)
	sinkDur   time.Duration
	sinkTime  time.Time
	sinkBool  bool
)

func benchBetween(b *testing.B, span time.Duration) {
	c := benchCal(b)
	from := time.Date(1999, 3, 2, 10, 17, 0, 0, time.UTC)
	to := from.Add(span)
	b.ReportAllocs()
	for b.Loop() {
		sinkDur = c.Between(from, to)
	}
}

func BenchmarkBetween1Day(b *testing.B)    { benchBetween(b, 24*time.Hour) }
func BenchmarkBetween1Year(b *testing.B)   { benchBetween(b, 365*24*time.Hour) }
func BenchmarkBetween30Years(b *testing.B) { benchBetween(b, 30*365*24*time.Hour) }

func benchAdd(b *testing.B, d time.Duration) {
	c := benchCal(b)
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = c.Add(benchFrom, d)
	}
}

func BenchmarkAdd8h(b *testing.B)        { benchAdd(b, 8*time.Hour) }
func BenchmarkAdd2000h(b *testing.B)     { benchAdd(b, 2000*time.Hour) }
func BenchmarkAddBack2000h(b *testing.B) { benchAdd(b, -2000*time.Hour) }

func BenchmarkIsOpen(b *testing.B) {
	c := benchCal(b)
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = c.IsOpen(benchFrom)
	}
}

func BenchmarkNextOpen(b *testing.B) {
	c := benchCal(b)
	sat := time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = c.NextOpen(sat)
	}
}

func BenchmarkAddDays20(b *testing.B) {
	c := benchCal(b)
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = c.AddDays(benchFrom, 20)
	}
}

func BenchmarkUnionBetween1Year(b *testing.B) {
	c := benchCal(b)
	ny, _ := New(Spec{Zone: "America/New_York", Week: mustWeek(b, "Mon-Fri 09:00-17:00")})
	u, _ := Union(c, ny)
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(1, 0, 0)
	u.Between(from, to)
	b.ReportAllocs()
	for b.Loop() {
		sinkDur = u.Between(from, to)
	}
}

// The cold cost: a new calendar answering its first one-week Between, as a
// stateless service does per request. Calendars of one spec share their
// tables, so from the second iteration on New finds them warm.
func BenchmarkNewFirstWeek(b *testing.B) {
	spec := Spec{Zone: "Europe/Berlin", Week: mustWeek(b, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}}
	to := benchFrom.AddDate(0, 0, 7)
	b.ReportAllocs()
	for b.Loop() {
		c, _ := New(spec)
		sinkDur = c.Between(benchFrom, to)
	}
}

// BenchmarkNewFirstWeekDistinct is the cold cost of a spec never seen
// before (each iteration closes a different date): compiling the spec and
// building the year's table.
func BenchmarkNewFirstWeekDistinct(b *testing.B) {
	spec := Spec{Zone: "Europe/Berlin", Week: mustWeek(b, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}},
		HolidayDates: []date.Date{0}}
	to := benchFrom.AddDate(0, 0, 7)
	first := date.New(MinYear, 1, 1)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		spec.HolidayDates[0] = first + date.Date(i)
		i++
		c, _ := New(spec)
		sinkDur = c.Between(benchFrom, to)
	}
}

// BenchmarkNewFirstWeekPrivate is the cold cost without the shared
// tables: compiling the spec and building the year's table every time.
func BenchmarkNewFirstWeekPrivate(b *testing.B) {
	spec := Spec{Zone: "Europe/Berlin", Week: mustWeek(b, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}}
	to := benchFrom.AddDate(0, 0, 7)
	b.ReportAllocs()
	for b.Loop() {
		c, _ := newPrivate(spec)
		sinkDur = c.Between(benchFrom, to)
	}
}

// BenchmarkBetweenParallel asks one shared calendar from every core.
func BenchmarkBetweenParallel(b *testing.B) {
	c := benchCal(b)
	to := benchFrom.AddDate(0, 0, 7)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var d time.Duration
		for pb.Next() {
			d += c.Between(benchFrom, to)
		}
		sinkDur = d
	})
}

// BenchmarkBetweenVaried asks Between over spans of up to three days at
// 4096 pseudo-random instants of 2026, as an accumulator over tickets does:
// unlike the fixed queries above, the branches of the search cannot be
// learnt.
func BenchmarkBetweenVaried(b *testing.B) {
	c := benchCal(b)
	var as, bs [4096]time.Time
	x := uint64(88172645463325252)
	next := func(n uint64) time.Duration {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return time.Duration(x % n)
	}
	for i := range as {
		as[i] = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(next(uint64(360 * 24 * time.Hour)))
		bs[i] = as[i].Add(next(uint64(72 * time.Hour)))
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		sinkDur = c.Between(as[i&4095], bs[i&4095])
		i++
	}
}
