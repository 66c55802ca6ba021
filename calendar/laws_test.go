package calendar

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// lawSetup draws a calendar and a window of a few weeks around it.
func lawSetup(t *rapid.T) (*Calendar, window) {
	w := genWindow(t)
	w.to = w.to.Add(time.Duration(rapid.IntRange(0, 30).Draw(t, "extraDays")) * 24 * time.Hour)
	c, err := New(genSpec(t, w))
	if err != nil {
		t.Fatal(err)
	}
	return c, w
}

func drawDur(t *rapid.T, label string) time.Duration {
	return time.Duration(rapid.Int64Range(-int64(200*time.Hour), int64(200*time.Hour)).Draw(t, label))
}

func TestLawAddBetweenRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c, w := lawSetup(t)
		a := drawInstant(t, w, "a")
		d := drawDur(t, "d")
		r, err := c.Add(a, d)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Between(a, r); got != d {
			t.Fatalf("Between(%v, Add(%v, %v)=%v) = %v", a, a, d, r, got)
		}
		// extremal: forward results are the earliest, backward the latest
		if d > 0 && c.Between(a, r.Add(-1)) >= d {
			t.Fatalf("Add(%v, %v) = %v is not the earliest", a, d, r)
		}
		if d < 0 && c.Between(a, r.Add(1)) <= d {
			t.Fatalf("Add(%v, %v) = %v is not the latest", a, d, r)
		}
	})
}

func TestLawAdditivityAntisymmetry(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c, w := lawSetup(t)
		a, b, x := drawInstant(t, w, "a"), drawInstant(t, w, "b"), drawInstant(t, w, "c")
		if c.Between(a, x) != c.Between(a, b)+c.Between(b, x) {
			t.Fatalf("additivity fails for %v %v %v", a, b, x)
		}
		if c.Between(a, b) != -c.Between(b, a) {
			t.Fatal("antisymmetry fails")
		}
		if c.Between(a, a) != 0 {
			t.Fatal("Between(a, a) != 0")
		}
	})
}

func TestLawAddMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c, w := lawSetup(t)
		a, b := drawInstant(t, w, "a"), drawInstant(t, w, "b")
		d1, d2 := drawDur(t, "d1"), drawDur(t, "d2")
		if d1 > d2 {
			d1, d2 = d2, d1
		}
		r1, err1 := c.Add(a, d1)
		r2, err2 := c.Add(a, d2)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if r1.After(r2) {
			t.Fatalf("Add not monotone in d: Add(a,%v)=%v > Add(a,%v)=%v", d1, r1, d2, r2)
		}
		if a.After(b) {
			a, b = b, a
		}
		ra, _ := c.Add(a, d1)
		rb, _ := c.Add(b, d1)
		if ra.After(rb) {
			t.Fatalf("Add not monotone in t: Add(%v,d)=%v > Add(%v,d)=%v", a, ra, b, rb)
		}
	})
}

func TestLawIsOpenAgreesWithSpans(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c, w := lawSetup(t)
		spans := spansOf(c, w.from, w.to)
		var sum time.Duration
		for i, s := range spans {
			sum += s.Duration()
			if !s.Start.Before(s.End) {
				t.Fatalf("empty span %v", s)
			}
			if i > 0 && !spans[i-1].End.Before(s.Start) {
				t.Fatalf("spans %v and %v touch or overlap", spans[i-1], s)
			}
		}
		if sum != c.Between(w.from, w.to) {
			t.Fatalf("sum of spans %v != Between %v", sum, c.Between(w.from, w.to))
		}
		for range 10 {
			x := drawInstant(t, w, "x")
			in := false
			for _, s := range spans {
				in = in || (!x.Before(s.Start) && x.Before(s.End))
			}
			if in != c.IsOpen(x) {
				t.Fatalf("IsOpen(%v) = %v, in spans %v", x, c.IsOpen(x), in)
			}
			o, err := c.NextOpen(x)
			if err == nil {
				if !c.IsOpen(o) || o.Before(x) || c.Between(x, o) != 0 {
					t.Fatalf("NextOpen(%v) = %v", x, o)
				}
			}
			cl, _ := c.NextClose(x)
			if c.IsOpen(cl) || cl.Before(x) || c.Between(x, cl) != cl.Sub(x) {
				t.Fatalf("NextClose(%v) = %v", x, cl)
			}
		}
	})
}
