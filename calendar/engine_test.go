package calendar

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"pgregory.net/rapid"
)

func spansOf(c *Calendar, from, to time.Time) []itsm.Interval {
	var out []itsm.Interval
	for s := range c.Spans(from, to) {
		out = append(out, s)
	}
	return out
}

// TestEngineMatchesReference checks the precomputed engine against the
// minute-stepping reference on random specs, zones, DST weeks and instants.
func TestEngineMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		c, err := New(spec)
		if err != nil {
			t.Fatalf("New(%+v): %v", spec, err)
		}
		ref := newRef(spec)

		got, want := spansOf(c, w.from, w.to), ref.spans(w.from, w.to)
		if len(got) != len(want) {
			t.Fatalf("spans: got %v want %v", got, want)
		}
		for i := range got {
			if !got[i].Start.Equal(want[i].Start) || !got[i].End.Equal(want[i].End) {
				t.Fatalf("span %d: got %v want %v", i, got[i], want[i])
			}
		}
		for range 5 {
			x := drawInstant(t, w, "x")
			if g, r := c.IsOpen(x), ref.isOpen(x); g != r {
				t.Fatalf("IsOpen(%v) = %v, reference %v", x.In(ref.loc), g, r)
			}
		}
		a, b := drawInstant(t, w, "a"), drawInstant(t, w, "b")
		if a.After(b) {
			a, b = b, a
		}
		if g, r := c.Between(a, b), ref.between(a, b); g != r {
			t.Fatalf("Between(%v, %v) = %v, reference %v", a, b, g, r)
		}
		if g, r := c.Between(b, a), -ref.between(a, b); g != r {
			t.Fatalf("Between(%v, %v) = %v, reference %v", b, a, g, r)
		}
		d := time.Duration(rapid.Int64Range(1, int64(b.Sub(a))+1).Draw(t, "d"))
		if r, ok := ref.add(a, d, w.to.Sub(a)); ok {
			g, err := c.Add(a, d)
			if err != nil || !g.Equal(r) {
				t.Fatalf("Add(%v, %v) = %v, %v; reference %v", a, d, g, err, r)
			}
		}
		// backward: the latest r with Between(r, b) == d
		total := ref.between(w.from, b)
		if d <= total {
			spans := ref.spans(w.from, b)
			left := d
			var want time.Time
			for i := len(spans) - 1; i >= 0; i-- {
				l := spans[i].End.Sub(spans[i].Start)
				if l >= left {
					want = spans[i].End.Add(-left)
					break
				}
				left -= l
			}
			g, err := c.Add(b, -d)
			if err != nil || !g.Equal(want) {
				t.Fatalf("Add(%v, %v) = %v, %v; reference %v", b, -d, g, err, want)
			}
		}
	})
}
