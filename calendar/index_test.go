package calendar

import (
	"testing"

	"pgregory.net/rapid"
)

// searchLinear is bucket.search's obviously-correct model: the last span
// with s <= off, or -1.
func searchLinear(spans []span32, off int32) int {
	i := -1
	for j, sp := range spans {
		if sp.s <= off {
			i = j
		}
	}
	return i
}

// TestSearchIndexMatchesLinear checks the slot index of a bucket (bucket.idx)
// against a linear scan, on random span lists from none to thousands per
// year, dense or clustered in a few slots, at every span boundary, its
// neighbours, the bucket's ends and outside them.
func TestSearchIndexMatchesLinear(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(0, numYears-1).Draw(t, "k")
		length := int32(yearStarts[k+1] - yearStarts[k])
		n := rapid.IntRange(0, 3000).Draw(t, "n")
		// clustered: all spans inside a window of the year
		lo := rapid.Int32Range(0, length-1).Draw(t, "lo")
		hi := rapid.Int32Range(lo+1, length).Draw(t, "hi")
		var spans []span32
		at := lo
		for range n {
			if at >= hi {
				break
			}
			gap := rapid.Int32Range(0, max(1, (hi-lo)/int32(max(n, 1))*2)).Draw(t, "gap")
			if len(spans) > 0 {
				gap = max(gap, 1) // non-adjacent
			}
			s := at + gap
			if s >= hi {
				break
			}
			e := s + rapid.Int32Range(1, max(1, min(hi-s, (hi-lo)/int32(max(n, 1))))).Draw(t, "len")
			spans = append(spans, span32{s, e})
			at = e
		}
		b := bucketFrom(k, spans)
		if len(spans) > minIndexed && b.idx == nil {
			t.Fatalf("%d spans and no index", len(spans))
		}
		check := func(off int32) {
			if g, w := b.search(off), searchLinear(b.spans, off); g != w {
				t.Fatalf("search(%d) = %d, want %d (%d spans, shift %d)", off, g, w, len(spans), b.shift)
			}
		}
		for _, off := range []int32{-1, 0, 1, length - 1, length, length + 1, lo, hi} {
			check(off)
		}
		for _, sp := range spans {
			for _, off := range []int32{sp.s - 1, sp.s, sp.s + 1, sp.e - 1, sp.e, sp.e + 1} {
				check(off)
			}
		}
		for range 50 {
			check(rapid.Int32Range(-1, length+1).Draw(t, "off"))
		}
	})
}
