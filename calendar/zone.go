package calendar

import (
	"sync"
	"sync/atomic"
	"time"
)

// zones caches the locations loaded by name: time.LoadLocation reads and
// parses the zone file on every call (several microseconds), and a
// *time.Location is immutable and safe for concurrent use, so each zone name
// is parsed once per process. Only names that load are cached, and at most
// maxZones of them (the IANA database has about 600), so the cache is
// bounded whatever names callers try.
var (
	zones     sync.Map // string → *time.Location
	zoneCount atomic.Int32
)

const maxZones = 2048

// loadZone returns the location of an IANA zone name ("" is UTC). "Local"
// is refused: it would make answers depend on the machine.
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if v, ok := zones.Load(name); ok {
		return v.(*time.Location), nil
	}
	if name == "Local" {
		return nil, errorf("zone", name, ErrUnknownZone)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, errorf("zone", name, ErrUnknownZone)
	}
	if zoneCount.Load() < maxZones {
		if v, loaded := zones.LoadOrStore(name, loc); loaded {
			return v.(*time.Location), nil
		}
		zoneCount.Add(1)
	}
	return loc, nil
}

// zoneResolver maps civil (wall-clock) times to instants under the package's
// DST policy. Go's time.Date picks the pre-transition offset for a time in a
// spring-forward gap and does not promise which occurrence it picks for an
// ambiguous time, so we resolve against the zone's offsets ourselves.
//
// time.Time.ZoneBounds is only trusted for its start and when it contains
// the queried instant: in Go 1.26 it reports a wrong (too early) end for the
// last period of leap years computed from the zone's TZ rule (e.g.
// Europe/Berlin, 2040-12-31). Everything else is derived from offsets alone.
//
// A resolver caches one zone period; it is used by one goroutine at a time.
type zoneResolver struct {
	loc    *time.Location
	ps, pe int64 // cached period [ps, pe) in Unix seconds, validated
	off    int64 // its offset in seconds
	ok     bool
}

// maxOffsetSpread bounds |offset1 - offset2| between any two UTC offsets
// (UTC−12 to UTC+14, plus slack for historic local mean times).
const maxOffsetSpread = 30 * 3600

func (z *zoneResolver) offset(u int64) int64 {
	_, o := time.Unix(u, 0).In(z.loc).Zone()
	return int64(o)
}

// fast returns the instant of wall time w when it lies deep inside a zone
// period (no transition within maxOffsetSpread), the common case.
func (z *zoneResolver) fast(w int64) (int64, bool) {
	if z.ok {
		if c := w - z.off; c-maxOffsetSpread >= z.ps && c+maxOffsetSpread < z.pe {
			return c, true
		}
	}
	guess := int64(0)
	if z.ok {
		guess = z.off
	}
	t := time.Unix(w-guess, 0).In(z.loc)
	_, o := t.Zone()
	s, e := t.ZoneBounds()
	u := t.Unix()
	ps, pe := int64(-1<<62), int64(1<<62)
	if !s.IsZero() {
		ps = s.Unix()
	}
	if !e.IsZero() {
		pe = e.Unix()
	}
	if ps > u || pe <= u {
		return 0, false // inconsistent bounds: use the slow path
	}
	z.ps, z.pe, z.off, z.ok = ps, pe, int64(o), true
	if c := w - z.off; c-maxOffsetSpread >= z.ps && c+maxOffsetSpread < z.pe {
		return c, true
	}
	return z.pair(w)
}

// period returns the zone period containing Unix second u, [ps, pe) with
// offset off, as time.Time.ZoneBounds reports it (unbounded ends as ±2^62).
func (z *zoneResolver) period(u int64) (ps, pe, off int64) {
	t := time.Unix(u, 0).In(z.loc)
	_, o := t.Zone()
	s, e := t.ZoneBounds()
	ps, pe = int64(-1<<62), int64(1<<62)
	if !s.IsZero() {
		ps = s.Unix()
	}
	if !e.IsZero() {
		pe = e.Unix()
	}
	return ps, pe, int64(o)
}

// pair resolves wall time w near the boundary of the cached period, from
// that period and its neighbour across the boundary: every instant whose
// wall time is w lies within maxOffsetSpread of w - off, so when that
// window lies inside the two periods, they alone decide. The answer is the
// first instant whose wall time reaches w (the policy: the first occurrence
// of an ambiguous time, the end of a gap). ok is false when the window
// reaches further, or the neighbour's bounds do not meet the cached period's
// (see the ZoneBounds caveat above); then the slow path decides.
func (z *zoneResolver) pair(w int64) (int64, bool) {
	c := w - z.off
	lo, hi := c-maxOffsetSpread, c+maxOffsetSpread
	switch {
	case lo >= z.ps && hi >= z.pe:
		// next period [z.pe, ne)
		ns, ne, noff := z.period(z.pe)
		if ns != z.pe || hi >= ne || ne <= z.pe {
			return 0, false
		}
		if c < z.pe {
			return c, true
		}
		return max(z.pe, w-noff), true
	case lo < z.ps && hi < z.pe:
		// previous period [ps0, z.ps)
		ps0, pe0, off0 := z.period(z.ps - 1)
		if pe0 != z.ps || lo < ps0 || ps0 >= z.ps {
			return 0, false
		}
		if c0 := w - off0; c0 < z.ps {
			return c0, true
		}
		return max(z.ps, c), true
	}
	return 0, false
}

// resolve returns the instant (Unix seconds) of wall-clock time w, given as
// seconds since 1970-01-01 00:00 of the civil calendar: the unique instant if
// there is one, the first occurrence if w is ambiguous (fall back), and the
// first instant after the gap if w does not exist (spring forward).
func (z *zoneResolver) resolve(w int64) int64 {
	if c, ok := z.fast(w); ok {
		return c
	}
	// Slow path: find the offset changes in [w-spread, w+spread] by sampling
	// every 3 hours and bisecting (transitions are further apart than that),
	// then pick the earliest instant whose wall time is w, or the transition
	// that jumps over w.
	const step = 3 * 3600
	type period struct{ start, off int64 }
	var buf [16]period
	ps := buf[:0]
	lo, hi := w-maxOffsetSpread, w+maxOffsetSpread
	prev := z.offset(lo)
	ps = append(ps, period{lo, prev})
	for x := lo; x < hi && len(ps) < len(buf); {
		nx := min(x+step, hi)
		if z.offset(nx) == prev {
			x = nx
			continue
		}
		a, b := x, nx // offset(a) == prev, offset(b) != prev
		for b-a > 1 {
			m := a + (b-a)/2
			if z.offset(m) == prev {
				a = m
			} else {
				b = m
			}
		}
		prev = z.offset(b)
		ps = append(ps, period{b, prev})
		x = b
	}
	best := int64(1 << 62)
	for i, p := range ps {
		end := int64(1 << 62)
		if i+1 < len(ps) {
			end = ps[i+1].start
		}
		if c := w - p.off; (i == 0 || c >= p.start) && c < end && c < best {
			best = c
		}
		if i > 0 {
			q := ps[i-1]
			if p.off > q.off && w-q.off >= p.start && w-p.off < p.start && p.start < best {
				best = p.start // w lies in the gap at this transition
			}
		}
	}
	return best
}

// instant returns the instant of wall-clock time w (seconds, as for resolve)
// plus ns nanoseconds (0 <= ns < 1e9) under the DST policy, in z's location.
// A civil time inside a spring-forward gap maps to the first instant after
// the gap, fractions of a second included (02:30:00.5 → 03:00:00, not
// 03:00:00.5).
func (z *zoneResolver) instant(w, ns int64) time.Time {
	u := z.resolve(w)
	if ns != 0 && z.resolve(w+1) == u {
		ns = 0 // second w lies in the gap
	}
	return time.Unix(u, ns).In(z.loc)
}

// maxCivilWall bounds the wall-clock seconds Civil resolves itself (about
// ±146 billion years), far inside the range where resolve's arithmetic
// (w ± maxOffsetSpread, its 1<<62 sentinels) cannot overflow.
const maxCivilWall = 1 << 60

// Civil returns the instant at which the wall clock of loc reads the given
// civil date and time, under the package's DST policy: a local time that
// does not exist (inside a spring-forward gap) maps to the first instant
// after the gap (Europe/Berlin 2026-03-29 02:30 → 03:00 CEST), and an
// ambiguous local time (inside a fall-back overlap) maps to its first
// occurrence (2026-10-25 02:30 → 02:30 CEST, not CET). These are the
// instants the calendar places its spans and overrides at.
//
// time.Date differs in gaps: it resolves 02:30 with the offset before the
// transition, giving 03:30 CEST. Use Civil to convert imported local
// timestamps consistently with the calendar.
//
// Out-of-range fields are normalised as by time.Date (month 13 is January
// of the next year, 24:00 is the next day's 00:00) before the DST policy is
// applied. A nil loc means UTC (as for the zero time.Time); the result is
// in loc. For years so remote (beyond about ±3·10^10) that the resolver
// cannot represent them, Civil returns time.Date's answer.
func Civil(year int, month time.Month, day, hour, min, sec, nsec int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	// Normalise in UTC, which has no transitions: its Unix seconds are the
	// wall-clock seconds resolve expects.
	n := time.Date(year, month, day, hour, min, sec, nsec, time.UTC)
	w := n.Unix()
	if w < -maxCivilWall || w > maxCivilWall {
		return time.Date(year, month, day, hour, min, sec, nsec, loc)
	}
	z := zoneResolver{loc: loc}
	return z.instant(w, int64(n.Nanosecond()))
}
