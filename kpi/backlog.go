package kpi

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Ticket is the lifetime of one ticket: open during the half-open interval
// [Opened, Resolved). A zero Resolved means still open. A ticket opened at t
// is in the backlog at t; a ticket resolved at t is not.
type Ticket struct {
	Opened   time.Time // enters the backlog at this instant
	Resolved time.Time // leaves it at this instant; zero while open
}

func (t Ticket) validate(k int) error {
	if !t.Resolved.IsZero() && t.Resolved.Before(t.Opened) {
		return &IntervalError{What: fmt.Sprintf("ticket %d", k), Interval: Interval{t.Opened, t.Resolved}, Err: ErrEndBeforeStart}
	}
	return nil
}

// OpenAt reports whether the ticket is in the backlog at instant t:
// Opened ≤ t and (not resolved or t < Resolved).
func (t Ticket) OpenAt(at time.Time) bool {
	return !at.Before(t.Opened) && (t.Resolved.IsZero() || at.Before(t.Resolved))
}

// AgeBuckets are the bucket boundaries of a backlog age distribution:
// strictly increasing positive durations b1 < b2 < … < bn defining the
// buckets [0, b1), [b1, b2), …, [bn, ∞). Empty AgeBuckets is one bucket [0, ∞).
type AgeBuckets []time.Duration

// Validate reports boundaries that are not strictly increasing or not positive.
func (b AgeBuckets) Validate() error {
	for k, d := range b {
		if d <= 0 || (k > 0 && d <= b[k-1]) {
			return &ValueError{What: "age bucket boundaries", Value: fmt.Sprint([]time.Duration(b)), Err: ErrInvalidConfig}
		}
	}
	return nil
}

// Backlog counts the tickets open at one instant and the distribution of
// their ages, measured on a [Schedule] (nil: wall clock). It is a commutative
// monoid over tickets for a fixed instant, boundaries and clock; Add does not
// allocate. The zero value is an empty backlog at the zero instant with one
// unbounded age bucket; use [NewBacklog].
type Backlog struct {
	at      time.Time
	buckets AgeBuckets
	clock   Clock
	sched   Schedule
	counts  []int64
	total   int64
	ages    DurationStats
}

// NewBacklog returns an empty backlog at instant at with the given age
// buckets (validated; copied), measuring ages on sched labelled clock.
func NewBacklog(at time.Time, buckets AgeBuckets, sched Schedule, clock Clock) (*Backlog, error) {
	if err := buckets.Validate(); err != nil {
		return nil, err
	}
	return &Backlog{at: at, buckets: slices.Clone(buckets), clock: clock, sched: sched, counts: make([]int64, len(buckets)+1)}, nil
}

// At returns the instant the backlog is taken at.
func (b *Backlog) At() time.Time { return b.at }

// Buckets returns a copy of the age bucket boundaries.
func (b *Backlog) Buckets() AgeBuckets { return slices.Clone(b.buckets) }

// Clock returns the clock label ages are measured in.
func (b *Backlog) Clock() Clock { return b.clock }

func (b *Backlog) init() {
	if b.counts == nil {
		b.counts = make([]int64, len(b.buckets)+1)
	}
}

// Add looks at one ticket: if it is open at the backlog's instant it is
// counted, with age Between(Opened, At) on the schedule. A ticket resolved
// before it was opened is an error, as is one whose wall-clock age does not
// fit in a time.Duration (about 292 years, [ErrTooLong]) and one beyond
// math.MaxInt64 tickets ([ErrOverflow]); such tickets are not counted.
// Tickets not open at the instant are ignored (they are not backlog).
func (b *Backlog) Add(t Ticket) error {
	if err := t.validate(0); err != nil {
		return err
	}
	if !t.OpenAt(b.at) {
		return nil
	}
	age := b.at.Sub(t.Opened)
	if age == math.MaxInt64 { // Sub saturated: the true age does not fit
		return &IntervalError{What: "ticket age", Interval: Interval{t.Opened, b.at}, Err: ErrTooLong}
	}
	if _, wall := b.sched.(WallClock); !wall && b.sched != nil {
		var err error
		if age, err = between(b.sched, t.Opened, b.at); err != nil {
			return err
		}
	}
	if err := b.ages.Add(age); err != nil { // fails, changing nothing, beyond MaxInt64 tickets
		return err
	}
	b.init()
	k, found := slices.BinarySearch(b.buckets, age)
	if found { // age equal to a boundary starts the next bucket (half-open)
		k++
	}
	b.counts[k]++ // each count ≤ total ≤ ages' count: no overflow
	b.total++
	return nil
}

// Merge adds o into b; o must have the same instant, boundaries and clock
// ([ErrMismatch]), and the total must stay within math.MaxInt64 tickets
// ([ErrOverflow]); b is unchanged on error. A nil o is a no-op. The zero
// value is the identity on either side: merging it changes nothing, and a
// zero-value b takes o's instant, boundaries, schedule and clock.
func (b *Backlog) Merge(o *Backlog) error {
	if o == nil || o.isZero() {
		return nil
	}
	n := *b
	if n.isZero() {
		n = Backlog{at: o.at, buckets: slices.Clone(o.buckets), clock: o.clock, sched: o.sched}
	}
	if !n.at.Equal(o.at) || !slices.Equal(n.buckets, o.buckets) || n.clock != o.clock {
		return &ValueError{What: "backlog merge", Value: o.at.String(), Err: ErrMismatch}
	}
	// The ages count every ticket counted, so if their merge fits, the
	// total and every bucket's count fit too.
	if err := n.ages.TryMerge(o.ages); err != nil {
		return err
	}
	counts := make([]int64, len(n.buckets)+1)
	copy(counts, n.counts)
	for k := range o.counts {
		counts[k] += o.counts[k]
	}
	n.counts = counts
	n.total += o.total
	*b = n
	return nil
}

// isZero reports whether b is the zero value (nothing added, no
// configuration).
func (b *Backlog) isZero() bool {
	return b.total == 0 && b.at.IsZero() && len(b.buckets) == 0 && b.clock == Wall && b.sched == nil
}

// Count returns the number of tickets open at the instant.
func (b *Backlog) Count() int64 { return b.total }

// Ages returns count/mean/min/max of the open tickets' ages.
func (b *Backlog) Ages() DurationStats { return b.ages }

// AgeBucket is one bucket of the age distribution: ages in [From, To);
// Unbounded marks the last bucket [From, ∞).
type AgeBucket struct {
	From, To  time.Duration // ages in [From, To); To is 0 when Unbounded
	Unbounded bool          // the last bucket, [From, ∞)
	Count     int64         // tickets in the bucket
	Share     Ratio         // Count / total backlog
}

// Distribution returns the buckets in order.
func (b *Backlog) Distribution() []AgeBucket {
	counts := b.counts
	if counts == nil { // zero value: do not mutate in a read method
		counts = make([]int64, len(b.buckets)+1)
	}
	out := make([]AgeBucket, len(counts))
	for k, c := range counts {
		ab := AgeBucket{Count: c, Share: Ratio{c, b.total}}
		if k > 0 {
			ab.From = b.buckets[k-1]
		}
		if k < len(b.buckets) {
			ab.To = b.buckets[k]
		} else {
			ab.Unbounded = true
		}
		out[k] = ab
	}
	return out
}

// BacklogAt counts the tickets open at instant at (see [Ticket.OpenAt]).
// A ticket resolved before it was opened is not counted and does not
// discard the rest: the count is the other tickets' and the error a
// [*BatchError] naming each such ticket ("ticket N").
func BacklogAt(tickets []Ticket, at time.Time) (int64, error) {
	var n int64
	var rej []RecordError
	for k, t := range tickets {
		if err := t.validate(k); err != nil {
			rej = append(rej, RecordError{Record: "ticket", Index: k, Err: err})
			continue
		}
		if t.OpenAt(at) {
			n++
		}
	}
	return n, batchError(rej)
}

// Flow is inflow versus outflow over a half-open period: tickets opened in
// the period (In) and tickets resolved in it (Out). It is a commutative
// monoid for a fixed period.
type Flow struct {
	Period Interval // half-open; set it before adding
	In     int64    // tickets opened in Period (inflow)
	Out    int64    // tickets resolved in Period (outflow)
}

// Add counts one ticket's opening and/or resolution if they fall in the
// period. A ticket resolved before it was opened is an error, as is a count
// beyond int64 ([ErrOverflow]); f is unchanged on error.
func (f *Flow) Add(t Ticket) error {
	if err := t.validate(0); err != nil {
		return err
	}
	var in, out int64
	if f.Period.Contains(t.Opened) {
		in = 1
	}
	if !t.Resolved.IsZero() && f.Period.Contains(t.Resolved) {
		out = 1
	}
	return f.add(in, out)
}

func (f *Flow) add(in, out int64) error {
	i, ok1 := addInt64(f.In, in)
	o, ok2 := addInt64(f.Out, out)
	if !ok1 || !ok2 {
		return fmt.Errorf("%w: flow %d in, %d out, adding %d, %d", ErrOverflow, f.In, f.Out, in, out)
	}
	f.In, f.Out = i, o
	return nil
}

// Merge adds o (same period, else [ErrMismatch]) into f; counts beyond
// int64 are an error wrapping [ErrOverflow] (f is unchanged on error).
func (f *Flow) Merge(o Flow) error {
	if !f.Period.Start.Equal(o.Period.Start) || !f.Period.End.Equal(o.Period.End) {
		return &ValueError{What: "flow merge", Value: o.Period.String(), Err: ErrMismatch}
	}
	return f.add(o.In, o.Out)
}

// Net returns In − Out: the backlog growth over the period. Because the
// period is half-open and [BacklogAt] counts a ticket opened at t at t, Net
// equals the backlog just before End minus the backlog just before Start
// (with nanosecond timestamps: BacklogAt(End−1ns) − BacklogAt(Start−1ns)).
// It saturates at the int64 range (only hand-set counts can get there).
func (f Flow) Net() int64 { return satSub(f.In, f.Out) }

// OutflowRatio returns Out / In (the "closure rate"; > 1 means the backlog shrinks).
func (f Flow) OutflowRatio() Ratio { return Ratio{f.Out, f.In} }

// FlowSeries computes inflow and outflow for each period. An invalid period
// fails the call. A ticket resolved before it was opened is left out and
// does not discard the rest: the flows are the other tickets' and the
// error a [*BatchError] naming each such ticket ("ticket N").
func FlowSeries(periods []Interval, tickets []Ticket) ([]Flow, error) {
	out := make([]Flow, len(periods))
	for k, p := range periods {
		if err := p.validate(fmt.Sprintf("period %d", k)); err != nil {
			return nil, err
		}
		out[k].Period = p
	}
	var rej []RecordError
	for k, t := range tickets {
		if err := t.validate(k); err != nil {
			rej = append(rej, RecordError{Record: "ticket", Index: k, Err: err})
			continue
		}
		for j := range out {
			if err := out[j].Add(t); err != nil { // counts beyond int64: the total is wrong
				return nil, err
			}
		}
	}
	return out, batchError(rej)
}
