package calendar

import (
	"testing"
	"time"

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

// TestPosNearMatchesPos: Between locates its second instant with posNear,
// from the first one's bucket; it must give pos's answer wherever the two
// lie, inside, before or after the range, on year boundaries and within a
// second of them.
func TestPosNearMatchesPos(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sec := func(label string) int64 {
			switch rapid.IntRange(0, 2).Draw(t, label+"kind") {
			case 0: // anywhere, a little beyond the range too
				return rapid.Int64Range(rangeStart-3*avgYearSec, rangeEnd+3*avgYearSec).Draw(t, label)
			case 1: // near a year boundary
				return yearStarts[rapid.IntRange(0, numYears).Draw(t, label+"k")] + rapid.Int64Range(-2, 2).Draw(t, label)
			}
			return rapid.SampledFrom([]int64{rangeStart - 1, rangeStart, rangeEnd - 1, rangeEnd}).Draw(t, label)
		}
		a := time.Unix(sec("a"), rapid.Int64Range(0, 999_999_999).Draw(t, "ans"))
		b := time.Unix(sec("b"), rapid.Int64Range(0, 999_999_999).Draw(t, "bns"))
		if rapid.Bool().Draw(t, "near") {
			b = a.Add(time.Duration(rapid.Int64Range(-4*24*3600e9, 4*24*3600e9).Draw(t, "d")))
		}
		k, _, _ := pos(a)
		gk, goff, gns := posNear(b, k)
		wk, woff, wns := pos(b)
		if gk != wk || goff != woff || gns != wns {
			t.Fatalf("posNear(%v, %d) = %d, %d, %d; pos = %d, %d, %d", b, k, gk, goff, gns, wk, woff, wns)
		}
	})
}

// TestYearIndexEveryBoundary: yearIndex corrects its estimate by one year
// at most; within a year the estimate only grows, so checking each year's
// first and last seconds (and their neighbours) covers every second.
func TestYearIndexEveryBoundary(t *testing.T) {
	for k := range numYears {
		for _, sec := range []int64{yearStarts[k], yearStarts[k] + 1, yearStarts[k+1] - 2, yearStarts[k+1] - 1} {
			if got := yearIndex(sec); got != k {
				t.Fatalf("yearIndex(%d) = %d, want %d (year %d)", sec, got, k, MinYear+k)
			}
		}
	}
}
