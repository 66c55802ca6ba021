package calendar

import (
	"encoding/json"
	"fmt"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/itsmkit/itsm"
)

// Calendar is a business calendar: the set of open (working) time of a
// [Spec], or of a composition of calendars. It is immutable and safe for
// concurrent use; per-year tables are built lazily on first use and cached.
// Use [New], [AlwaysOpen], [Union], [Intersect] or [Minus]; the zero value is
// a UTC calendar that is never open. A Calendar must not be copied.
//
// A nil *Calendar answers like the zero Calendar (never open, UTC: IsOpen
// false, Between 0, no Spans, NextClose(t) is t, Spec reports ok false,
// MarshalJSON writes null), except that the methods that search for open
// time (Add with d ≠ 0, NextOpen, AddDays, EndOfDay) fail at once with an
// error wrapping [ErrNoCalendars] instead of [ErrOutOfRange]. It never
// panics.
type Calendar struct {
	loc  *time.Location
	spec *Spec // the configuration (a composition spec for composed calendars); nil for the zero Calendar
	r    *rules

	op    opKind
	args  []*Calendar
	depth int // levels of composition (0 for a base calendar)
	nodes int // calendars in the composition tree, this one included (1 for a base calendar)

	mu       sync.Mutex // serialises table extension
	tab      atomic.Pointer[table]
	buckets  [numYears]atomic.Pointer[bucket]
	workdays [numYears]atomic.Pointer[dayYear] // base calendars, by civil year
}

type opKind uint8

const (
	opBase opKind = iota
	opUnion
	opIntersect
	opMinus
)

// String names the operation in errors.
func (op opKind) String() string {
	return [...]string{"base", "union", "intersect", "minus"}[op]
}

// New validates spec and returns its calendar. Errors wrap the sentinel
// errors of this package and quote the offending input.
//
// A Spec with Union, Intersect or Minus set builds the composition of its
// operand specs (see [Union]); it must set nothing else. A composition may
// nest at most 8 levels deep and hold at most 64 specs in all, itself and
// every nested composition included; decoding a Spec from JSON enforces the
// same limits, so every calendar New accepts round-trips through JSON.
func New(spec Spec) (*Calendar, error) {
	if err := checkShape(spec.shape()); err != nil {
		return nil, err
	}
	return newCal(spec)
}

// newCal builds the calendar of spec, whose shape has been checked.
func newCal(spec Spec) (*Calendar, error) {
	if op, args, ok := spec.composition(); ok {
		if !spec.onlyComposition() {
			return nil, errorf("compose", strings.Join(spec.setFields(), ", "), fmt.Errorf("%w: a union, intersect or minus spec sets nothing else", ErrBadCompose))
		}
		cals := make([]*Calendar, 0, len(args))
		for _, a := range args {
			c, err := newCal(a)
			if err != nil {
				return nil, err
			}
			cals = append(cals, c)
		}
		return compose(op, cals)
	}
	r, loc, err := compile(spec)
	if err != nil {
		return nil, err
	}
	sp := cloneSpec(spec)
	return &Calendar{loc: loc, spec: &sp, r: r, nodes: 1}, nil
}

var alwaysOpen = sync.OnceValue(func() *Calendar {
	var w Week
	for wd := range w {
		w[wd] = DayHours{{0, Midnight24}}
	}
	c, err := New(Spec{Zone: "UTC", Week: w})
	if err != nil {
		panic(err) // unreachable: a constant, valid spec
	}
	return c
})

// AlwaysOpen returns the 24×7 calendar (UTC, "Mon-Sun 00:00-24:00"). Every
// call returns the same shared value. Like every calendar it is closed
// outside the supported range ([RangeStart], [RangeEnd]).
func AlwaysOpen() *Calendar { return alwaysOpen() }

// Location returns the calendar's zone (for a composition, that of its first
// operand). Instants computed by the calendar's methods are in this
// location; where a method returns its argument t itself (Add(t, 0),
// NextOpen of an open t, NextClose of a closed t) t keeps its own location.
func (c *Calendar) Location() *time.Location {
	if c == nil || c.loc == nil {
		return time.UTC
	}
	return c.loc
}

// Spec returns a copy of the configuration the calendar was built from (for
// a composition, a Spec with Union, Intersect or Minus); ok is false only
// for the zero Calendar.
func (c *Calendar) Spec() (Spec, bool) {
	if c == nil || c.spec == nil {
		return Spec{}, false
	}
	return cloneSpec(*c.spec), true
}

// IsOpen reports whether t lies in open time. Instants outside the supported
// range are closed.
func (c *Calendar) IsOpen(t time.Time) bool {
	k, off, _ := pos(t)
	if off < 0 || c == nil {
		return false
	}
	b := c.bucket(k)
	i := b.search(off)
	return i >= 0 && off < b.spans[i].e
}

// NextOpen returns the first open instant at or after t: t itself if t is
// open. It fails with [ErrOutOfRange] if there is none before the end of the
// supported range.
func (c *Calendar) NextOpen(t time.Time) (time.Time, error) {
	if c == nil {
		return time.Time{}, nilCalendar("next open", t.String())
	}
	if c.IsOpen(t) {
		return t, nil
	}
	k, off, _ := pos(t)
	for ; k < numYears; k++ {
		b := c.bucket(k)
		i := b.search(off) + 1
		if i < len(b.spans) {
			return c.instant(k, int64(b.spans[i].s), 0), nil
		}
		off = -1
	}
	return time.Time{}, errorf("next open", t.String(), ErrOutOfRange)
}

// NextClose returns the first closed instant at or after t: t itself if t is
// closed, else the end of the open span containing t. Since time outside the
// supported range is closed, a span running to the end of the range closes
// there; the error is always nil and exists for symmetry with NextOpen.
func (c *Calendar) NextClose(t time.Time) (time.Time, error) {
	if !c.IsOpen(t) {
		return t, nil
	}
	k, off, _ := pos(t)
	b := c.bucket(k)
	i := b.search(off)
	end := b.spans[i].e
	for int64(end) == b.end-b.start && k+1 < numYears {
		nb := c.bucket(k + 1)
		if len(nb.spans) == 0 || nb.spans[0].s != 0 {
			break
		}
		k, b, end = k+1, nb, nb.spans[0].e
	}
	return c.instant(k, int64(end), 0), nil
}

// Between returns the open time in [a, b), negative if b is before a
// (Between(b, a) == -Between(a, b)). Time outside the supported range counts
// as closed. The cost does not depend on b - a.
func (c *Calendar) Between(a, b time.Time) time.Duration {
	if c == nil {
		return 0
	}
	ka, offa, nsa := pos(a)
	kb, offb, nsb := pos(b)
	// Order by the wall clock (pos), not b.Before(a): for two readings of
	// the caller's clock across a step of the system clock, Before follows
	// the monotonic clock and may disagree, and table(ka, kb) needs ka <= kb.
	t := c.table(min(ka, kb), max(ka, kb))
	return time.Duration(c.cumAt(t, kb, offb, nsb) - c.cumAt(t, ka, offa, nsa))
}

// Add returns the instant d of open time after t (before t for d < 0).
//
// For d > 0 it is the earliest instant r with Between(t, r) == d, so a
// deadline that uses up the last minute of a day is that day's closing
// time, not the next opening. For d < 0 it is the latest instant r with
// Between(r, t) == -d, so a step back that uses up the first minute of a day
// is that day's opening. Add(t, 0) is t. When no such instant exists inside
// the supported range, Add returns an error wrapping [ErrOutOfRange].
func (c *Calendar) Add(t time.Time, d time.Duration) (time.Time, error) {
	if d == 0 {
		return t, nil
	}
	if c == nil {
		return time.Time{}, nilCalendar("add", d.String())
	}
	// Open time is counted in nanoseconds from the origin of a table (the
	// start of its first year). base is t's count; the answer is where the
	// count reaches target = base + d. All counts lie in [0, open time of
	// the whole range], which fits an int64 (see MaxYear), so base + d
	// cannot overflow for d < 0 (base >= 0) and is checked for d > 0.
	k, off, ns := pos(t)
	tab := c.table(k, k)
	base := c.cumAt(tab, k, off, ns)
	if d > 0 {
		for {
			target := base + int64(d)
			if target < base {
				return time.Time{}, errorf("add", d.String(), ErrOutOfRange) // overflow
			}
			if r, ok := c.seek(tab, target, false); ok {
				return r, nil
			}
			if tab.hi == numYears-1 {
				return time.Time{}, errorf("add", d.String(), ErrOutOfRange)
			}
			// Extend the table forward. Look-ahead: the target lies
			// missing = target - built seconds past the table's end; at
			// the table's average of built/years open seconds per year
			// that is missing*years/built more years, plus one so that
			// every round grows the table (at most numYears rounds).
			built := tab.cum[len(tab.cum)-1]
			years := int64(tab.hi - tab.lo + 1)
			missing := target/nsPerSec - built // >= 0: seek failed
			need := max(1, 1+missing*years/max(built, 1))
			ntab := c.table(tab.lo, min(numYears-1, tab.hi+int(min(need, numYears))))
			base += ntab.cum[tab.lo-ntab.lo] * nsPerSec
			tab = ntab
		}
	}
	for {
		target := base + int64(d) // d < 0 <= base: no overflow
		if target >= 0 {
			if r, ok := c.seek(tab, target, true); ok {
				return r, nil
			}
		}
		if tab.lo == 0 {
			return time.Time{}, errorf("add", d.String(), ErrOutOfRange)
		}
		// Extend the table backward by the same look-ahead. The deficit
		// -target is computed as -(target/nsPerSec): negating target
		// itself overflows for target == math.MinInt64 (t at the table
		// origin, d == math.MinInt64), which made need negative and this
		// loop spin without ever extending the table.
		built := max(tab.cum[len(tab.cum)-1], 1)
		years := int64(tab.hi - tab.lo + 1)
		missing := -(target / nsPerSec) // seconds before the table origin
		need := max(1, 1+missing*years/built)
		ntab := c.table(max(0, tab.lo-int(min(need, numYears))), tab.hi)
		base += ntab.cum[tab.lo-ntab.lo] * nsPerSec
		tab = ntab
	}
}

// Spans yields the maximal open spans clipped to [from, to), in order, as
// half-open [itsm.Interval] values in the calendar's location: never empty,
// never touching or overlapping each other. These are the segments Between
// counts.
func (c *Calendar) Spans(from, to time.Time) iter.Seq[itsm.Interval] {
	from, to = from.Round(0), to.Round(0) // wall clock only, like pos
	return func(yield func(itsm.Interval) bool) {
		if !from.Before(to) || c == nil {
			return
		}
		k, off, _ := pos(from)
		kEnd, _, _ := pos(to)
		var cur itsm.Interval
		have := false
		for ; k <= kEnd; k++ {
			b := c.bucket(k)
			i := max(b.search(off), 0)
			for ; i < len(b.spans); i++ {
				sp := b.spans[i]
				s := c.instant(k, int64(sp.s), 0)
				e := c.instant(k, int64(sp.e), 0)
				if !e.After(from) {
					continue
				}
				if !s.Before(to) {
					break
				}
				if s.Before(from) {
					s = from.In(c.Location())
				}
				if e.After(to) {
					e = to.In(c.Location())
				}
				if have && cur.End.Equal(s) {
					cur.End = e
					continue
				}
				if have && !yield(cur) {
					return
				}
				cur, have = itsm.Interval{Start: s, End: e}, true
			}
			off = -1
		}
		if have {
			yield(cur)
		}
	}
}

// MarshalJSON encodes the calendar's [Spec] (programmatic HolidaySources are
// not encoded); a nil *Calendar is null.
func (c *Calendar) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	s, _ := c.Spec()
	return json.Marshal(s)
}
