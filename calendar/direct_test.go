package calendar

import (
	"fmt"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// A cold calendar's direct answers (from its rules, for its first short
// queries) are exactly the answers of its tables.
func TestDirectMatchesTables(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		cold, err := newPrivate(spec)
		if err != nil {
			t.Fatal(err)
		}
		warm, err := newPrivate(spec)
		if err != nil {
			t.Fatal(err)
		}
		ka, _, _ := pos(w.from.AddDate(0, 0, -40))
		kb, _, _ := pos(w.to.AddDate(0, 0, 40))
		warm.e.table(ka, kb) // the table path from the start
		warm.e.direct.Store(directQueries)
		for i := range directQueries / 3 {
			x, y := drawInstant(t, w, "x"), drawInstant(t, w, "y")
			if got, want := cold.Between(x, y), warm.Between(x, y); got != want {
				t.Fatalf("query %d: Between(%v, %v): direct %v, tables %v", i, x, y, got, want)
			}
			if got, want := cold.IsOpen(x), warm.IsOpen(x); got != want {
				t.Fatalf("query %d: IsOpen(%v): direct %v, tables %v", i, x, got, want)
			}
			d := time.Duration(rapid.Int64Range(-int64(20*24*time.Hour), int64(20*24*time.Hour)).Draw(t, "d"))
			r1, e1 := cold.Add(x, d)
			r2, e2 := warm.Add(x, d)
			if fmt.Sprint(r1, e1) != fmt.Sprint(r2, e2) {
				t.Fatalf("query %d: Add(%v, %v): direct %v, %v; tables %v, %v", i, x, d, r1, e1, r2, e2)
			}
		}
		if cold.e.direct.Load() == 0 {
			t.Fatal("no direct answer")
		}
	})
}

// After directQueries direct answers a calendar builds its tables, and its
// queries no longer allocate.
func TestDirectThenTables(t *testing.T) {
	c, err := newPrivate(Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}})
	if err != nil {
		t.Fatal(err)
	}
	a := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for range directQueries {
		c.Between(a, a.AddDate(0, 0, 7))
	}
	if c.e.tab.Load() != nil {
		t.Fatal("tables built while direct answers were left")
	}
	c.Between(a, a.AddDate(0, 0, 7))
	if c.e.tab.Load() == nil {
		t.Fatal("no tables after the direct answers")
	}
	if n := testing.AllocsPerRun(100, func() { c.Between(a, a.AddDate(0, 0, 7)) }); n != 0 {
		t.Errorf("%v allocations per warm Between", n)
	}
}
