package calendar

import (
	"encoding/json"
	"fmt"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/itsmkit/itsm"
)

// Calendar is a business calendar: the set of open (working) time of a
// [Spec], or of a composition of calendars. It is immutable and safe for
// concurrent use; per-year tables are built lazily on first use and cached.
// Calendars built from equal specs share those tables (see "Performance" in
// the package doc). Use [New], [AlwaysOpen], [Union], [Intersect] or
// [Minus]; the zero value is a UTC calendar that is never open.
//
// A nil *Calendar answers like the zero Calendar (never open, UTC: IsOpen
// false, Between 0, no Spans, NextClose(t) is t, Spec reports ok false,
// MarshalJSON writes null), except that the methods that search for open
// time (Add with d ≠ 0, NextOpen, PrevClose, AddDays, EndOfDay) fail at once
// with an error wrapping [ErrNoCalendars] instead of [ErrOutOfRange]. It
// never panics.
type Calendar struct {
	e *engine
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
//
// New keeps no reference to spec: later changes to it do not affect the
// calendar. Calendars of equal specs share their tables, so building the
// calendar of a configuration seen before costs about a microsecond and
// its queries start warm.
func New(spec Spec) (*Calendar, error) {
	if err := checkShape(spec.shape()); err != nil {
		return nil, err
	}
	e, err := engineFor(&spec, true)
	if err != nil {
		return nil, err
	}
	return &Calendar{e: e}, nil
}

// newEngine builds the engine of spec, whose shape has been checked;
// share says whether operands may come from the shared cache.
func newEngine(spec *Spec, share bool) (*engine, error) {
	if op, args, ok := spec.composition(); ok {
		if !spec.onlyComposition() {
			return nil, errorf("compose", strings.Join(spec.setFields(), ", "), fmt.Errorf("%w: a union, intersect or minus spec sets nothing else", ErrBadCompose))
		}
		es := make([]*engine, 0, len(args))
		for i := range args {
			e, err := engineFor(&args[i], share)
			if err != nil {
				return nil, err
			}
			es = append(es, e)
		}
		return compose(op, es)
	}
	e := &engine{nodes: 1, size: engineBytes}
	loc, err := compile(spec, &e.rulesv)
	if err != nil {
		return nil, err
	}
	e.loc, e.r = loc, &e.rulesv
	e.specv = cloneSpec(*spec)
	e.spec = &e.specv
	return e, nil
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
func (c *Calendar) Location() *time.Location { return c.eng().loc }

// Spec returns a copy of the configuration the calendar was built from (for
// a composition, a Spec with Union, Intersect or Minus); ok is false only
// for the zero Calendar.
func (c *Calendar) Spec() (Spec, bool) {
	e := c.eng()
	if e.spec == nil {
		return Spec{}, false
	}
	return cloneSpec(*e.spec), true
}

// IsOpen reports whether t lies in open time. Instants outside the supported
// range are closed.
func (c *Calendar) IsOpen(t time.Time) bool {
	e := c.eng()
	if !e.warm.Load() && inRange(t) && e.useDirect(t.Unix(), t.Unix()) {
		return e.isOpenDirect(t)
	}
	return e.isOpen(t)
}

// isOpen is IsOpen on the tables.
func (e *engine) isOpen(t time.Time) bool {
	k, off, _ := pos(t)
	if off < 0 {
		return false
	}
	b := e.bucket(k)
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
	e := c.eng()
	if e.isOpen(t) {
		return t, nil
	}
	k, off, _ := pos(t)
	for ; k < numYears; k++ {
		b := e.bucket(k)
		i := b.search(off) + 1
		if i < len(b.spans) {
			return e.instant(k, int64(b.spans[i].s), 0), nil
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
	e := c.eng()
	if !e.isOpen(t) {
		return t, nil
	}
	k, off, _ := pos(t)
	b := e.bucket(k)
	i := b.search(off)
	end := b.spans[i].e
	for int64(end) == b.end-b.start && k+1 < numYears {
		nb := e.bucket(k + 1)
		if len(nb.spans) == 0 || nb.spans[0].s != 0 {
			break
		}
		k, b, end = k+1, nb, nb.spans[0].e
	}
	return e.instant(k, int64(end), 0), nil
}

// PrevClose returns the end of the last open time at or before t: t itself
// if the instant just before t is open (t is open, or a closing time), else
// the closing time of the last open span that ends before t. It is the
// mirror image of [Calendar.NextOpen] (the "previous business close" of the
// peer libraries), and equals Add(Add(t, -1ns), 1ns) wherever that is
// defined. It fails with [ErrOutOfRange] if there is no open time before t
// inside the supported range.
func (c *Calendar) PrevClose(t time.Time) (time.Time, error) {
	if c == nil {
		return time.Time{}, nilCalendar("previous close", t.String())
	}
	e := c.eng()
	k0, off, ns := pos(t)
	if off < 0 {
		return time.Time{}, errorf("previous close", t.String(), ErrOutOfRange)
	}
	k, b := k0, e.bucket(k0)
	// the last span starting before t: s < off, or s == off when t lies
	// inside second off
	i := b.search(off - 1)
	if ns > 0 {
		i = b.search(off)
	}
	for i < 0 {
		if k == 0 {
			return time.Time{}, errorf("previous close", t.String(), ErrOutOfRange)
		}
		k--
		b = e.bucket(k)
		i = len(b.spans) - 1
	}
	end := b.spans[i].e
	if k == k0 && end > off {
		return t, nil // t lies inside the span
	}
	if r := e.instant(k, int64(end), 0); r.Before(t) {
		return r, nil
	}
	return t, nil // t is the span's closing time
}

// Between returns the open time in [a, b), negative if b is before a
// (Between(b, a) == -Between(a, b)). Time outside the supported range counts
// as closed. The cost does not depend on b - a.
func (c *Calendar) Between(a, b time.Time) time.Duration {
	e := c.eng()
	if !e.warm.Load() {
		if d, ok := e.betweenCold(a, b); ok {
			return d
		}
	}
	ka, offa, nsa := pos(a)
	kb, offb, nsb := posNear(b, ka)
	// Order by the wall clock (pos), not b.Before(a): for two readings of
	// the caller's clock across a step of the system clock, Before follows
	// the monotonic clock and may disagree, and table(ka, kb) needs ka <= kb.
	lo, hi := min(ka, kb), max(ka, kb)
	// An end at the very start of a year needs only the open time of the
	// years before it (see cumAt): the year itself is not built.
	if hi > lo && (kb == hi && offb == 0 && nsb == 0 || ka == hi && offa == 0 && nsa == 0) {
		hi--
	}
	t := e.tab.Load() // e.table(lo, hi), whose fast path is not inlined
	if !t.covers(lo, hi) {
		t = e.extend(lo, hi)
	}
	return time.Duration(e.cumAt(t, kb, offb, nsb) - e.cumAt(t, ka, offa, nsa))
}

// betweenCold is Between answered from the rules (see direct.go), if the
// engine still answers so (ok); kept out of Between, whose warm path it
// would weigh down.
func (e *engine) betweenCold(a, b time.Time) (d time.Duration, ok bool) {
	if !inRange(a) || !inRange(b) {
		return 0, false
	}
	lo, hi, neg := a, b, false
	if unixNano(b) < unixNano(a) {
		lo, hi, neg = b, a, true
	}
	if !e.useDirect(lo.Unix(), hi.Unix()) {
		return 0, false
	}
	if neg {
		return -e.betweenDirect(lo, hi), true
	}
	return e.betweenDirect(lo, hi), true
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
	e := c.eng()
	if dn := int64(d); !e.warm.Load() && dn > -directSpan*nsPerSec && dn < directSpan*nsPerSec && inRange(t) {
		lo, hi := t.Unix(), t.Unix()+directSpan
		if d < 0 {
			lo, hi = t.Unix()-directSpan, t.Unix()
		}
		if e.useDirect(lo, hi) {
			if r, ok := e.addDirect(t, d); ok {
				return r, nil
			}
		}
	}
	k, off, ns := pos(t)
	tab := e.table(k, k)
	base := e.cumAt(tab, k, off, ns)
	if d > 0 {
		for {
			target := base + int64(d)
			if target < base {
				return time.Time{}, errorf("add", d.String(), ErrOutOfRange) // overflow
			}
			if r, ok := e.seek(tab, target, false); ok {
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
			ntab := e.table(tab.lo, min(numYears-1, tab.hi+int(min(need, numYears))))
			base += ntab.cum[tab.lo-ntab.lo] * nsPerSec
			tab = ntab
		}
	}
	for {
		target := base + int64(d) // d < 0 <= base: no overflow
		if target >= 0 {
			if r, ok := e.seek(tab, target, true); ok {
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
		ntab := e.table(max(0, tab.lo-int(min(need, numYears))), tab.hi)
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
		e := c.eng()
		k, off, _ := pos(from)
		kEnd, _, _ := pos(to)
		var cur itsm.Interval
		have := false
		for ; k <= kEnd; k++ {
			b := e.bucket(k)
			i := max(b.search(off), 0)
			for ; i < len(b.spans); i++ {
				sp := b.spans[i]
				s := e.instant(k, int64(sp.s), 0)
				en := e.instant(k, int64(sp.e), 0)
				if !en.After(from) {
					continue
				}
				if !s.Before(to) {
					break
				}
				if s.Before(from) {
					s = from.In(e.loc)
				}
				if en.After(to) {
					en = to.In(e.loc)
				}
				if have && cur.End.Equal(s) {
					cur.End = en
					continue
				}
				if have && !yield(cur) {
					return
				}
				cur, have = itsm.Interval{Start: s, End: en}, true
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
