package calendar

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"

	"github.com/rickb777/date/v2"
)

// dayExc is what changes one date's weekly hours: an override, a holiday
// closure, recurring closures. Dates without one follow the weekly hours.
type dayExc struct {
	d   date.Date
	ov  int32  // index into rules.overrides, or -1
	hol int32  // holiday closure: -1 none, 0 the whole day, m > 0 from minute m
	cl  uint64 // closures recurring on d (bit i: rules.closures[i])
	xw  bool   // an extra working day of a holiday source
}

// weekOf returns the weekly hours of date x.d: its weekday's, or on an
// extra working day without them, a working day's.
func (r *rules) weekOf(x dayExc) []mspan {
	base := r.week[x.d.Weekday()]
	if x.xw && len(base) == 0 {
		return r.workHours
	}
	return base
}

// spansOf returns the civil spans of date x.d: an override wins; otherwise
// the weekly hours minus holiday and closure time.
func (r *rules) spansOf(x dayExc) []mspan {
	base := r.weekOf(x)
	if x.ov >= 0 {
		return r.overrides[x.ov].spans(base)
	}
	switch {
	case x.hol == 0:
		return nil
	case x.hol > 0:
		base = clipSpans(base, x.hol)
	}
	for m := x.cl; m != 0; m &= m - 1 {
		base = r.closures[bits.TrailingZeros64(m)].apply(base)
	}
	return base
}

// mergeHol combines two holiday closures (-1 none, 0 whole day, m from
// minute m): the earlier closure wins.
func mergeHol(a, b int32) int32 {
	if a < 0 || (b >= 0 && b < a) {
		return b
	}
	return a
}

// excOn returns the exceptions of the single date d.
func (r *rules) excOn(d date.Date) dayExc {
	x := dayExc{d: d, ov: -1, hol: -1}
	if i, ok := r.override(d); ok {
		x.ov = int32(i)
	}
	if _, ok := slices.BinarySearch(r.holidays, d); ok {
		x.hol = 0
	}
	for i := range r.sources {
		s := &r.sources[i]
		if _, ok := slices.BinarySearch(s.dates.get(d.Year()), d); ok {
			x.hol = mergeHol(x.hol, max(s.closedFrom, 0))
		}
		if _, ok := slices.BinarySearch(s.work.get(d.Year()), d); ok {
			x.xw = true
		}
	}
	for i := range r.closures {
		if r.closures[i].matches(d) {
			x.cl |= 1 << i
		}
	}
	return x
}

// excRange appends to buf the exceptions of the dates in [from, to] (a few
// years at most), sorted by date, one per date.
func (r *rules) excRange(from, to date.Date, buf []dayExc, dates []date.Date) ([]dayExc, []date.Date) {
	out := buf[:0]
	add := func(d date.Date) *dayExc {
		out = append(out, dayExc{d: d, ov: -1, hol: -1})
		return &out[len(out)-1]
	}
	i, _ := slices.BinarySearchFunc(r.overrides, from, func(o dayOverride, d date.Date) int { return cmp.Compare(o.d, d) })
	for ; i < len(r.overrides) && r.overrides[i].d <= to; i++ {
		add(r.overrides[i].d).ov = int32(i)
	}
	i, _ = slices.BinarySearch(r.holidays, from)
	for ; i < len(r.holidays) && r.holidays[i] <= to; i++ {
		add(r.holidays[i]).hol = 0
	}
	for si := range r.sources {
		s := &r.sources[si]
		for y := from.Year(); y <= to.Year(); y++ {
			for _, d := range s.dates.get(y) {
				if d >= from && d <= to {
					add(d).hol = max(s.closedFrom, 0)
				}
			}
			for _, d := range s.work.get(y) {
				if d >= from && d <= to {
					add(d).xw = true
				}
			}
		}
	}
	for ci := range r.closures {
		for _, rule := range r.closures[ci].rules {
			dates = rule.appendDates(dates[:0], from, to)
			for _, d := range dates {
				add(d).cl = 1 << ci
			}
		}
	}
	if len(out) < 2 {
		return out, dates
	}
	slices.SortFunc(out, func(a, b dayExc) int { return cmp.Compare(a.d, b.d) })
	n := 0
	for _, x := range out[1:] {
		last := &out[n]
		if x.d != last.d {
			n++
			out[n] = x
			continue
		}
		last.ov = max(last.ov, x.ov)
		last.hol = mergeHol(last.hol, x.hol)
		last.cl |= x.cl
		last.xw = last.xw || x.xw
	}
	return out[:n+1], dates
}

// scratch is the reusable working memory of a year build.
type scratch struct {
	exc   []dayExc
	dates []date.Date
	spans []span32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{spans: make([]span32, 0, 512)} }}

// weekdayOf returns the weekday index (0 = Sunday) of the day numbered day
// since 1970-01-01 (a Thursday).
func weekdayOf(day int64) int { return int(((day+4)%7 + 7) % 7) }

// buildBase builds bucket k, the UTC year k, of a base engine.
func (e *engine) buildBase(k int) *bucket {
	sc := scratchPool.Get().(*scratch)
	spans := e.appendSpans(sc.spans[:0], yearStarts[k], yearStarts[k+1], sc)
	b := bucketFrom(k, spans)
	sc.spans = spans[:0]
	scratchPool.Put(sc)
	return b
}

// appendSpans appends to spans the open time of a base engine within
// [lo, hi) (Unix seconds, hi - lo < 2^31), as spans of second offsets from
// lo: sorted, disjoint and non-adjacent. It generates the civil spans of
// every date whose spans can reach into [lo, hi) (zone offsets and overnight
// spans reach at most ~2 days), resolves them to instants under the DST
// policy, and clips them. Dates are visited in order and their spans are
// sorted and, after the overlap checks of New, disjoint; resolving civil
// times is monotonic, so the spans come out sorted and only touching ones
// need merging.
func (e *engine) appendSpans(spans []span32, lo, hi int64, sc *scratch) []span32 {
	firstDay := floorDiv(lo, secPerDay) - 3
	lastDay := floorDiv(hi, secPerDay) + 2
	exc, dates := e.r.excRange(date.Date(firstDay+date.ZeroOffset), date.Date(lastDay+date.ZeroOffset), sc.exc, sc.dates)
	sc.exc, sc.dates = exc[:0], dates[:0]
	z := zoneResolver{loc: e.loc}
	first := len(spans)
	sorted := true
	wd, xi := weekdayOf(firstDay), 0
	for day := firstDay; day <= lastDay; day++ {
		ms := e.r.week[wd]
		if xi < len(exc) && exc[xi].d == date.Date(day+date.ZeroOffset) {
			ms = e.r.spansOf(exc[xi])
			xi++
		}
		if wd++; wd == 7 {
			wd = 0
		}
		wall := day * secPerDay
		for _, m := range ms {
			ws, we := wall+int64(m.s)*60, wall+int64(m.e)*60
			// zoneResolver.fast's first test, inlined: most spans lie
			// deep inside the cached zone period
			var s, en int64
			if c := ws - z.off; z.ok && c-maxOffsetSpread >= z.ps && c+maxOffsetSpread < z.pe {
				s = c
			} else {
				s = z.resolve(ws)
			}
			if c := we - z.off; z.ok && c-maxOffsetSpread >= z.ps && c+maxOffsetSpread < z.pe {
				en = c
			} else {
				en = z.resolve(we)
			}
			s, en = max(s, lo), min(en, hi)
			if s >= en {
				continue
			}
			s32, e32 := int32(s-lo), int32(en-lo)
			if n := len(spans); n > first {
				last := &spans[n-1]
				if s32 < last.s {
					sorted = false
				} else if s32 <= last.e {
					last.e = max(last.e, e32)
					continue
				}
			}
			spans = append(spans, span32{s: s32, e: e32})
		}
	}
	if !sorted {
		spans = append(spans[:first], normalizeSpans(spans[first:])...)
	}
	return spans
}

// floorDiv returns a/b rounded down (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// normalizeSpans sorts spans and merges overlapping or touching ones, in
// place.
func normalizeSpans(spans []span32) []span32 {
	slices.SortFunc(spans, func(a, b span32) int { return cmp.Compare(a.s, b.s) })
	n := 0
	for i, sp := range spans {
		if i > 0 && sp.s <= spans[n-1].e {
			spans[n-1].e = max(spans[n-1].e, sp.e)
			continue
		}
		spans[n] = sp
		n++
	}
	return spans[:n]
}
