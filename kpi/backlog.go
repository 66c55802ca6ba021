package kpi

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Ticket is the lifetime of one ticket: open during the half-open interval
// [Opened, Resolved). A zero Resolved means still open. A ticket opened at t
// is in the backlog at t; a ticket resolved at t is not.
type Ticket struct {
	Opened   time.Time `json:"opened"`            // enters the backlog at this instant
	Resolved time.Time `json:"resolved,omitzero"` // leaves it at this instant; zero while open
}

// validate reports a ticket resolved before it was opened, naming it
// "ticket k".
func (t Ticket) validate(k int) *itsm.Error {
	if !t.Resolved.IsZero() && t.Resolved.Before(t.Opened) {
		return checkInterval(fmt.Sprintf("ticket %d", k), itsm.Interval{Start: t.Opened, End: t.Resolved})
	}
	return nil
}

// openAt reports whether the ticket is in the backlog at instant at:
// Opened ≤ at and (not resolved or at < Resolved).
func (t Ticket) openAt(at time.Time) bool {
	return !at.Before(t.Opened) && (t.Resolved.IsZero() || at.Before(t.Resolved))
}

// checkBuckets reports age bucket boundaries that are not strictly
// increasing or not positive.
func checkBuckets(b []time.Duration) error {
	for k, d := range b {
		if d <= 0 || (k > 0 && d <= b[k-1]) {
			return errorf("age bucket boundaries", fmt.Sprint(b), because(ErrInvalidConfig, "not positive and strictly increasing"))
		}
	}
	return nil
}

// Backlog counts the tickets open at one instant (Opened ≤ instant <
// Resolved, an unresolved ticket has no Resolved) and the distribution of
// their ages, measured on a [Schedule] (nil: 24×7). It is a commutative
// monoid over tickets for a fixed instant, boundaries and clock; Add does
// not allocate. The zero value is an empty backlog at the zero instant with
// one unbounded age bucket; use [NewBacklog]. [Backlog.Ages] gives the
// count and the age statistics. Methods on a nil *Backlog report an empty
// backlog (Add and Merge return an error).
type Backlog struct {
	at      time.Time
	buckets []time.Duration
	clock   Clock
	sched   Schedule
	counts  []int64
	total   int64
	ages    DurationStats
}

// NewBacklog returns an empty backlog at instant at, measuring ages on
// sched (nil: 24×7) labelled clock, with the age buckets [0, b1), [b1, b2),
// …, [bn, ∞) given by buckets = b1 < b2 < … < bn (strictly increasing and
// positive, else an error wrapping [ErrInvalidConfig]; copied). No
// boundaries give one bucket [0, ∞).
func NewBacklog(at time.Time, buckets []time.Duration, sched Schedule, clock Clock) (*Backlog, error) {
	if err := checkBuckets(buckets); err != nil {
		return nil, err
	}
	return &Backlog{at: at, buckets: slices.Clone(buckets), clock: clock, sched: sched, counts: make([]int64, len(buckets)+1)}, nil
}

func (b *Backlog) init() {
	if b.counts == nil {
		b.counts = make([]int64, len(b.buckets)+1)
	}
}

// Add looks at one ticket: if it is open at the backlog's instant it is
// counted, with age Between(Opened, At) on the schedule. A ticket resolved
// before it was opened is an error, as is one whose wall-clock age does not
// fit in a time.Duration (about 292 years, [itsm.ErrInterval]) and one beyond
// math.MaxInt64 tickets ([itsm.ErrOverflow]); such tickets are not counted.
// Tickets not open at the instant are ignored (they are not backlog).
func (b *Backlog) Add(t Ticket) error {
	if b == nil {
		return errorf("backlog", "", because(ErrInvalidConfig, "nil *Backlog"))
	}
	if err := t.validate(0); err != nil {
		return err
	}
	age := xmath.SubTime(b.at, t.Opened)                               // < 0 exactly when b.at is before t.Opened
	if age < 0 || (!t.Resolved.IsZero() && !b.at.Before(t.Resolved)) { // not open at b.at (openAt)
		return nil
	}
	if age == math.MaxInt64 { // Sub saturated: the true age does not fit
		return checkInterval("ticket age", itsm.Interval{Start: t.Opened, End: b.at})
	}
	if b.sched != nil {
		var err error
		if age, err = between(b.sched, t.Opened, b.at); err != nil {
			return err
		}
	}
	if err := b.ages.Add(age); err != nil { // fails, changing nothing, beyond MaxInt64 tickets
		return err
	}
	b.init()
	b.counts[bucketOf(b.buckets, age)]++ // each count ≤ total ≤ ages' count: no overflow
	b.total++
	return nil
}

// bucketOf returns the index of the bucket of age: the number of
// boundaries ≤ age (an age equal to a boundary starts the next bucket,
// half-open). A few boundaries are scanned, more searched.
func bucketOf(buckets []time.Duration, age time.Duration) int {
	if len(buckets) > 8 {
		k, found := slices.BinarySearch(buckets, age)
		if found {
			k++
		}
		return k
	}
	k := 0
	for k < len(buckets) && buckets[k] <= age {
		k++
	}
	return k
}

// Merge adds o into b; o must have the same instant, boundaries and clock
// ([ErrMismatch]), and the total must stay within math.MaxInt64 tickets
// ([itsm.ErrOverflow]); b is unchanged on error. A nil o is a no-op. The zero
// value is the identity on either side: merging it changes nothing, and a
// zero-value b takes o's instant, boundaries, schedule and clock.
func (b *Backlog) Merge(o *Backlog) error {
	if o == nil || o.isZero() {
		return nil
	}
	if b == nil {
		return errorf("backlog merge", "", because(ErrInvalidConfig, "nil *Backlog"))
	}
	n := *b
	if n.isZero() {
		n = Backlog{at: o.at, buckets: slices.Clone(o.buckets), clock: o.clock, sched: o.sched}
	}
	if !n.at.Equal(o.at) || !slices.Equal(n.buckets, o.buckets) || n.clock != o.clock {
		return errorf("backlog merge", o.at.Format(time.RFC3339Nano)+" into "+n.at.Format(time.RFC3339Nano), because(ErrMismatch, "different instant, boundaries or clock"))
	}
	// The ages count every ticket counted, so if their merge fits, the
	// total and every bucket's count fit too.
	if err := n.ages.Merge(o.ages); err != nil {
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

// Ages returns the statistics of the open tickets' ages: their count (the
// backlog), mean, minimum, maximum and sum.
func (b *Backlog) Ages() DurationStats {
	if b == nil {
		return DurationStats{}
	}
	return b.ages
}

// AgeBucket is one bucket of the age distribution: ages in [From, To);
// Unbounded marks the last bucket [From, ∞).
type AgeBucket struct {
	From      itsm.Duration `json:"from"`      // ages in [From, To)
	To        itsm.Duration `json:"to"`        // 0 when Unbounded
	Unbounded bool          `json:"unbounded"` // the last bucket, [From, ∞)
	Count     int64         `json:"count"`     // tickets in the bucket
	Share     itsm.Ratio    `json:"share"`     // Count / total backlog
}

// Distribution returns the buckets in order (one unbounded bucket for a
// nil *Backlog).
func (b *Backlog) Distribution() []AgeBucket {
	if b == nil {
		b = &Backlog{}
	}
	counts := b.counts
	if counts == nil { // zero value: do not mutate in a read method
		counts = make([]int64, len(b.buckets)+1)
	}
	out := make([]AgeBucket, len(counts))
	for k, c := range counts {
		ab := AgeBucket{Count: c, Share: itsm.Ratio{Num: c, Den: b.total}}
		if k > 0 {
			ab.From = itsm.Duration(b.buckets[k-1])
		}
		if k < len(b.buckets) {
			ab.To = itsm.Duration(b.buckets[k])
		} else {
			ab.Unbounded = true
		}
		out[k] = ab
	}
	return out
}

// BacklogAt counts the tickets open at instant at: Opened ≤ at and (not
// resolved or at < Resolved), so a ticket opened at at counts and one
// resolved at at does not. A ticket resolved before it was opened is not
// counted and does not discard the rest: the count is the other tickets'
// and the error holds a [itsm.RecordError] naming each such ticket ("ticket N").
func BacklogAt(tickets []Ticket, at time.Time) (int64, error) {
	var n int64
	var rej []itsm.RecordError
	for k, t := range tickets {
		if err := t.validate(k); err != nil {
			rej = append(rej, itsm.RecordError{Kind: "ticket", Index: k, Err: err})
			continue
		}
		if t.openAt(at) {
			n++
		}
	}
	return n, batchError(rej)
}
