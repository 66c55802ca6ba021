package calendar

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// Union, Intersect and Minus agree with the set model on sampled instants,
// their spans add up, and the laws hold for them too.
func TestComposeSetModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		n := rapid.IntRange(1, 3).Draw(t, "n")
		var cals []*Calendar
		for range n {
			ww := w
			ww.zone = rapid.SampledFrom(testZones).Draw(t, "zone")
			c, err := New(genSpec(t, ww))
			if err != nil {
				t.Fatal(err)
			}
			cals = append(cals, c)
		}
		u, err1 := Union(cals...)
		in, err2 := Intersect(cals...)
		mi, err3 := Minus(cals[0], cals[1:]...)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatal(err1, err2, err3)
		}
		for range 20 {
			x := drawInstant(t, w, "x")
			anyOpen, allOpen, rest := false, true, false
			for i, c := range cals {
				o := c.IsOpen(x)
				anyOpen = anyOpen || o
				allOpen = allOpen && o
				if i > 0 {
					rest = rest || o
				}
			}
			if u.IsOpen(x) != anyOpen || in.IsOpen(x) != allOpen || mi.IsOpen(x) != (cals[0].IsOpen(x) && !rest) {
				t.Fatalf("set model disagrees at %v", x)
			}
		}
		// inclusion–exclusion for two operands
		if n == 2 {
			a, b := cals[0], cals[1]
			if u.Between(w.from, w.to)+in.Between(w.from, w.to) != a.Between(w.from, w.to)+b.Between(w.from, w.to) {
				t.Fatal("|A∪B| + |A∩B| != |A| + |B|")
			}
			if mi.Between(w.from, w.to) != a.Between(w.from, w.to)-in.Between(w.from, w.to) {
				t.Fatal("|A−B| != |A| − |A∩B|")
			}
		}
		for _, c := range []*Calendar{u, mi} {
			a := drawInstant(t, w, "a")
			d := time.Duration(rapid.Int64Range(-int64(50*time.Hour), int64(50*time.Hour)).Draw(t, "d"))
			r, err := c.Add(a, d)
			if err != nil {
				continue // a Minus may be never open
			}
			if c.Between(a, r) != d {
				t.Fatalf("Between(a, Add(a, %v)) = %v", d, c.Between(a, r))
			}
		}
		if u.Location().String() != cals[0].Location().String() {
			t.Fatal("location")
		}
	})
}

func TestComposeErrors(t *testing.T) {
	if _, err := Union(); err == nil {
		t.Fatal("Union() must fail")
	}
	if _, err := Intersect(nil); err == nil {
		t.Fatal("Intersect(nil) must fail")
	}
	if _, err := Minus(nil); err == nil {
		t.Fatal("Minus(nil) must fail")
	}
}

// first use of a composition from many goroutines (run with -race)
func TestComposeConcurrent(t *testing.T) {
	a, _ := New(Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	b, _ := New(Spec{Zone: "Asia/Kolkata", Week: mustWeek(t, "Mon-Fri 09:00-18:00")})
	u, err := Union(a, b)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan time.Duration, 6)
	for i := range 6 {
		go func() {
			from := time.Date(2020+i, 1, 1, 0, 0, 0, 0, time.UTC)
			r, _ := u.Add(from, 3000*time.Hour)
			done <- u.Between(from, r)
		}()
	}
	for range 6 {
		if d := <-done; d != 3000*time.Hour {
			t.Fatal(d)
		}
	}
}
