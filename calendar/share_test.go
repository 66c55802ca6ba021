package calendar

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// Calendars sharing their engine answer exactly like a calendar with tables
// of its own, whatever order the shared tables were built in.
func TestSharedAnswersLikeUnshared(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		a, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		b, err := New(cloneSpec(spec))
		if err != nil {
			t.Fatal(err)
		}
		if (a.e == b.e) != (len(spec.Sources) == 0) {
			t.Fatalf("equal specs share an engine: %v, Sources: %d", a.e == b.e, len(spec.Sources))
		}
		p, err := newPrivate(spec)
		if err != nil {
			t.Fatal(err)
		}
		if p.e == a.e || p.e.key != "" {
			t.Fatal("a private calendar shares its engine")
		}
		// warm the shared tables somewhere else first
		if rapid.Bool().Draw(t, "warmFar") {
			far := w.from.AddDate(rapid.IntRange(-80, 80).Draw(t, "farYears"), 0, 0)
			a.Between(far, far.Add(400*24*time.Hour))
			a.IsWorkingDay(date.NewAt(far))
		}
		for range 5 {
			x, y := drawInstant(t, w, "x"), drawInstant(t, w, "y")
			d := time.Duration(rapid.Int64Range(-200, 200).Draw(t, "d")) * 15 * time.Minute
			n := rapid.IntRange(-5, 5).Draw(t, "n")
			for _, c := range []*Calendar{b, a} {
				same := func(what string, got, want any) {
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: shared %v, private %v", what, got, want)
					}
				}
				same("IsOpen", c.IsOpen(x), p.IsOpen(x))
				same("Between", c.Between(x, y), p.Between(x, y))
				r1, e1 := c.Add(x, d)
				r2, e2 := p.Add(x, d)
				same("Add", fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
				r1, e1 = c.NextOpen(x)
				r2, e2 = p.NextOpen(x)
				same("NextOpen", fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
				r1, _ = c.NextClose(x)
				r2, _ = p.NextClose(x)
				same("NextClose", r1.String(), r2.String())
				r1, e1 = c.PrevClose(x)
				r2, e2 = p.PrevClose(x)
				same("PrevClose", fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
				r1, e1 = c.AddDays(x, n)
				r2, e2 = p.AddDays(x, n)
				same("AddDays", fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
				r1, e1 = c.EndOfDay(x, n)
				r2, e2 = p.EndOfDay(x, n)
				same("EndOfDay", fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
				dx, dy := date.NewAt(x), date.NewAt(y)
				same("WorkingDays", c.WorkingDays(dx, dy), p.WorkingDays(dx, dy))
				same("Why", c.Why(x), p.Why(x))
				same("Spans", slices.Collect(c.Spans(x, y)), slices.Collect(p.Spans(x, y)))
			}
		}
	})
}

// Equal specs share one engine, and so do equal compositions, whether built
// from a spec or with Union; specs with programmatic Sources do not.
func TestSharedEngines(t *testing.T) {
	spec := Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}}
	a, b := mustNew(t, spec), mustNew(t, cloneSpec(spec))
	if a.e != b.e || a == b {
		t.Error("equal specs: distinct engines, or the same *Calendar")
	}
	other := spec
	other.Zone = "Europe/Vienna"
	if mustNew(t, other).e == a.e {
		t.Error("different specs share an engine")
	}
	ny := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 09:00-17:00")})
	u1, err := Union(a, ny)
	if err != nil {
		t.Fatal(err)
	}
	us, _ := u1.Spec()
	u2 := mustNew(t, us)
	if u1.e != u2.e {
		t.Error("Union and New of its spec build distinct engines")
	}
	u3, _ := Union(b, ny)
	if u3.e != u1.e {
		t.Error("equal unions do not share")
	}
	src := spec
	src.Sources = []HolidaySource{fixedDates{2026: {"2026-07-01"}}}
	s1, s2 := mustNew(t, src), mustNew(t, src)
	if s1.e == s2.e || s1.e.key != "" {
		t.Error("specs with Sources share an engine")
	}
	if u, _ := Union(s1, ny); u.e.key != "" {
		t.Error("a composition with an unshared operand is shared")
	}
	// New keeps no reference to the caller's spec
	spec.Week[time.Monday][0].End = ClockOf(12, 0)
	if got, _ := a.Spec(); got.Week[time.Monday][0].End != ClockOf(17, 0) {
		t.Error("changing the caller's spec changed the calendar's")
	}
}

// The cache drops least recently used engines beyond its byte budget and
// entry bound, keeping the most recent one.
func TestSharedCacheBounded(t *testing.T) {
	tc := &tableCache{m: map[string]*cacheEntry{}, budget: 100_000, maxEntries: 50}
	week := mustWeek(t, "Mon-Fri 08:00-17:00")
	var kept []*engine
	for i := range 200 {
		spec := Spec{Week: week, HolidayDates: []date.Date{date.New(2100, 1, 1) + date.Date(i)}}
		e, err := newEngine(&spec, false)
		if err != nil {
			t.Fatal(err)
		}
		key, _ := appendSpecKey(nil, &spec)
		e.key = string(key)
		tc.put(e)
		kept = append(kept, e)
		// engines grow after they are cached: the cache accounts for it
		(&Calendar{e: e}).Between(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
		if len(tc.m) > tc.maxEntries {
			t.Fatalf("%d entries", len(tc.m))
		}
		var sum int64
		for _, x := range tc.m {
			sum += x.e.bytesHeld()
		}
		if sum != tc.bytes.Load() {
			t.Fatalf("accounted %d bytes, engines hold %d", tc.bytes.Load(), sum)
		}
	}
	tc.get([]byte(kept[len(kept)-1].key)) // trims what grew since the last put
	if b := tc.bytes.Load(); b > tc.budget {
		t.Errorf("cache holds %d bytes, budget %d", b, tc.budget)
	}
	if tc.m[kept[len(kept)-1].key] == nil {
		t.Error("the most recent engine was dropped")
	}
	if tc.m[kept[0].key] != nil {
		t.Error("the least recent engine was kept")
	}
	for _, e := range kept[:len(kept)-len(tc.m)] {
		if e.cache != nil {
			t.Fatal("a dropped engine still reports to the cache")
		}
	}
}

// Many goroutines building and asking calendars of a few specs at once.
func TestSharedConcurrent(t *testing.T) {
	specs := []Spec{
		{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-BY"}}},
		{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 22:00-06:00")},
	}
	want := make([]time.Duration, len(specs))
	from, to := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, s := range specs {
		p, err := newPrivate(s)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = p.Between(from, to)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := (g + i) % len(specs)
				c, err := New(specs[k])
				if err != nil {
					t.Error(err)
					return
				}
				if got := c.Between(from, to); got != want[k] {
					t.Errorf("spec %d: %v, want %v", k, got, want[k])
				}
				c.AddDays(from.AddDate(0, 0, i), g-4)
			}
		}()
	}
	wg.Wait()
}

// heapGrowth returns the growth of the live heap over f.
func heapGrowth(f func()) int64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	return int64(m1.HeapAlloc) - int64(m0.HeapAlloc)
}

// The memory figures of the issue, measured with runtime.MemStats:
// 10,000 calendars of one spec warm on two years hold one shared copy of the
// tables and at most 1 KB each on top; calendars of distinct specs hold at
// most 4 KB per warm year.
func TestSharedTablesMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap")
	}
	week := mustWeek(t, "Mon-Fri 08:00-17:00")
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
	spec := Spec{Zone: "Europe/Berlin", Week: week, Holidays: []HolidayRef{{Region: "DE-NW"}},
		HolidayDates: []date.Date{date.New(2189, 12, 31)}} // a spec of this test alone
	warm := func(c *Calendar) { c.Between(from, to) }
	// process-wide, once: the zone, the region registry of package
	// calendar/holidays, the region's holidays of these years
	warm(mustNew(t, Spec{Zone: "Europe/Berlin", Week: week, Holidays: []HolidayRef{{Region: "DE-NW"}}}))
	const n = 10_000
	cals := make([]*Calendar, 0, n)
	first := heapGrowth(func() {
		c := mustNew(t, spec)
		warm(c)
		cals = append(cals, c)
	})
	rest := heapGrowth(func() {
		for range n - 1 {
			c := mustNew(t, spec)
			warm(c)
			cals = append(cals, c)
		}
	})
	per := float64(rest) / (n - 1)
	t.Logf("one spec: the shared copy %d bytes, then %.0f bytes per calendar (%d calendars)", first, per, n)
	if per > 1024 {
		t.Errorf("%.0f bytes per calendar sharing tables, want at most 1 KB", per)
	}
	runtime.KeepAlive(cals)

	const m = 1000
	distinct := make([]*Calendar, 0, m)
	grew := heapGrowth(func() {
		for i := range m {
			s := spec
			s.HolidayDates = []date.Date{date.New(2150, 1, 1) + date.Date(i)}
			c := mustNew(t, s)
			warm(c)
			distinct = append(distinct, c)
		}
	})
	perYear := float64(grew) / m / 2
	t.Logf("distinct specs: %.0f bytes per calendar warm on two years, %.0f bytes per warm year", float64(grew)/m, perYear)
	if perYear > 4096 {
		t.Errorf("%.0f bytes per warm year of a distinct spec, want at most 4 KB", perYear)
	}
	runtime.KeepAlive(distinct)
}
