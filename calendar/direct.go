package calendar

import (
	"time"
)

// A calendar answers its first few short queries from its rules, without
// building year tables: a service that builds the calendar of a
// configuration it has never seen, to ask one question, pays for the days
// the question spans (a week: ~30 spans) instead of a whole year (~260
// spans and a table). The direct answers are the tables' answers: the same
// spans (appendSpans builds both), summed or walked over the query's days.
// After directQueries direct answers an engine builds its tables, so a
// calendar in steady use answers in O(log n) without allocating.
const (
	directQueries = 32
	directSpan    = 35 * secPerDay // the longest stretch a direct query generates
)

// useDirect reports whether a query on the open time within Unix seconds
// [lo, hi] should be answered from the rules: a base engine that has built
// no tables yet and has direct answers left. Once it has tables (or no
// direct answers left), e.warm is set and queries go to the tables.
func (e *engine) useDirect(lo, hi int64) bool {
	lo, hi = max(lo, rangeStart), min(hi, rangeEnd-1)
	if e.op != opBase || e.r == nil || e.tab.Load() != nil || e.direct.Add(1) > directQueries {
		e.warm.Store(true)
		return false
	}
	return hi-lo <= directSpan && lo <= hi
}

// inRange reports whether t lies inside the supported range.
func inRange(t time.Time) bool {
	u := t.Unix()
	return u >= rangeStart && u < rangeEnd
}

// directSpans returns the open spans within [lo, hi) (Unix seconds, clamped
// to the range) as offsets from the returned origin, in scratch memory the
// caller releases.
func (e *engine) directSpans(lo, hi int64) ([]span32, int64, *scratch) {
	sc := scratchPool.Get().(*scratch)
	lo, hi = max(lo, rangeStart), min(hi, rangeEnd)
	return e.appendSpans(sc.spans[:0], lo, hi, sc), lo, sc
}

func release(sc *scratch, spans []span32) {
	sc.spans = spans[:0]
	scratchPool.Put(sc)
}

// unixNano returns t as nanoseconds since 1970 (t inside the range).
func unixNano(t time.Time) int64 { return t.Unix()*nsPerSec + int64(t.Nanosecond()) }

// betweenDirect is Between(a, b) for a <= b (by their wall clocks), both
// inside the range.
func (e *engine) betweenDirect(a, b time.Time) time.Duration {
	an, bn := unixNano(a), unixNano(b)
	spans, lo, sc := e.directSpans(a.Unix(), b.Unix()+1)
	var sum int64
	for _, sp := range spans {
		s := max((lo+int64(sp.s))*nsPerSec, an)
		en := min((lo+int64(sp.e))*nsPerSec, bn)
		if en > s {
			sum += en - s
		}
	}
	release(sc, spans)
	return time.Duration(sum)
}

// isOpenDirect is IsOpen(t) for t inside the range.
func (e *engine) isOpenDirect(t time.Time) bool {
	u := t.Unix()
	spans, _, sc := e.directSpans(u, u+1)
	open := len(spans) > 0 // clipped to [u, u+1): any span covers t's second
	release(sc, spans)
	return open
}

// addDirect is Add(t, d) for d != 0 and t inside the range, when the answer
// lies within directSpan of t; ok is false otherwise.
func (e *engine) addDirect(t time.Time, d time.Duration) (time.Time, bool) {
	tn := unixNano(t)
	if d > 0 {
		spans, lo, sc := e.directSpans(t.Unix(), t.Unix()+directSpan)
		defer release(sc, spans)
		rem := int64(d)
		for _, sp := range spans {
			s := max((lo+int64(sp.s))*nsPerSec, tn)
			en := (lo + int64(sp.e)) * nsPerSec
			if en <= s {
				continue
			}
			if l := en - s; rem > l {
				rem -= l
				continue
			}
			// the earliest instant with Between(t, r) == d: inside the
			// span, or its end
			return time.Unix(0, s+rem).In(e.loc), true
		}
		return time.Time{}, false
	}
	spans, lo, sc := e.directSpans(t.Unix()+1-directSpan, t.Unix()+1)
	defer release(sc, spans)
	rem := -int64(d)
	for i := len(spans) - 1; i >= 0; i-- {
		sp := spans[i]
		s := (lo + int64(sp.s)) * nsPerSec
		en := min((lo+int64(sp.e))*nsPerSec, tn)
		if en <= s {
			continue
		}
		if l := en - s; rem > l {
			rem -= l
			continue
		}
		// the latest instant with Between(r, t) == -d: inside the span,
		// or its start
		return time.Unix(0, en-rem).In(e.loc), true
	}
	return time.Time{}, false
}
