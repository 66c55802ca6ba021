package kpi

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
)

// Overflow audit (issue 12): every negation, subtraction, multiplication
// and sum of durations, instants and counts either is exact, saturates as
// documented, or is an error. Each case runs under a deadline, since an
// overflowed loop bound or a huge decimal exponent hangs rather than fails.

// Instants whose distance does not fit in a time.Duration: time.Time.Sub
// saturates at math.MaxInt64, which silently became an age or a recovery
// time of 292 years.
var (
	farPast   = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	farFuture = time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
)

func TestOverflowBacklogAgeTooLong(t *testing.T) {
	underDeadline(t, "backlog at 2500 of a ticket opened in year 1", func() {
		b, err := NewBacklog(farFuture, []time.Duration{time.Hour}, nil, Wall)
		require.NoError(t, err)
		err = b.Add(Ticket{Opened: farPast})
		assert.ErrorIs(t, err, itsm.ErrInterval)
		assert.Equal(t, int64(0), b.Ages().Count(), "a ticket whose age does not fit is not counted")
		// A business-hours schedule is not consulted with a saturated span either.
		b, err = NewBacklog(farFuture, nil, officeHours(), Business)
		require.NoError(t, err)
		assert.ErrorIs(t, b.Add(Ticket{Opened: farPast}), itsm.ErrInterval)
	})
}

func TestOverflowDORARecoveryTooLong(t *testing.T) {
	underDeadline(t, "failure restored 2499 years after it started", func() {
		p := itsm.Interval{Start: farPast, End: farPast.Add(day)}
		deps := []Deployment{{ID: "D1", At: farPast.Add(time.Hour)}}
		fails := []Failure{{DeploymentID: "D1", Start: farPast.Add(2 * time.Hour), Restored: farFuture}}
		_, err := ComputeDORA(p, deps, fails)
		assert.ErrorIs(t, err, itsm.ErrInterval)
	})
}

func TestOverflowCountsOverWindow(t *testing.T) {
	now := at(60)
	buckets := []CountBucket{{iv(0, 1), Counts{1, 10}}}
	for _, w := range []time.Duration{math.MinInt64, -time.Minute} {
		underDeadline(t, fmt.Sprint("window ", w), func() {
			_, err := CountsOver(buckets, now, w)
			assert.ErrorIs(t, err, ErrOutOfRange, "window %v", w)
		})
	}
	// now − window before the earliest time.Time: the window cannot be
	// represented, so it is an error rather than a shorter window.
	minTime := earliest()
	underDeadline(t, "window reaching before the earliest instant", func() {
		_, err := CountsOver(nil, minTime.Add(time.Hour), 2*time.Hour)
		assert.ErrorIs(t, err, itsm.ErrInterval)
	})
}

func TestOverflowSLOWindowAtEdge(t *testing.T) {
	minTime := earliest()
	s := SLO{Target: decimal.NewFromInt(99), Window: Rolling, Length: itsm.Duration(days30)}
	underDeadline(t, "rolling window at the earliest instant", func() {
		w, err := s.WindowAt(minTime.Add(time.Hour))
		if err == nil {
			assert.Equal(t, time.Duration(s.Length), w.Duration(), "a window is as long as the SLO says, or an error")
		} else {
			assert.ErrorIs(t, err, itsm.ErrInterval)
		}
	})
}

// earliest returns the earliest instant time.Time.Add saturates to: its
// count of seconds since year 1 is −(2⁶³−1). time.Unix adds the seconds
// from year 1 to 1970 with int64 wrap-around, so start below by as much.
func earliest() time.Time {
	sec := int64(-(1<<63 - 1))
	sec -= 62135596800 // wraps; time.Unix adds it back
	t := time.Unix(sec, 0).UTC()
	if t.Add(-time.Hour) != t || !t.Add(time.Hour).After(t) {
		panic("earliest: not time.Time's saturation point")
	}
	return t
}

func TestOverflowErrorBudgetHandBuilt(t *testing.T) {
	// A budget built by hand (not by SLO.Budget) with a target outside
	// (0, 100): ConsumedPercent must not wrap around or panic.
	b := ErrorBudget{Target: decimal.NewFromInt(-100), Bad: 0, Total: math.MaxInt64}
	underDeadline(t, "ErrorBudget{-100, 0, MaxInt64}", func() {
		p, ok := b.ConsumedPercent(2)
		assert.True(t, ok)
		assert.True(t, p.IsZero())
	})
	// A target with a huge exponent must not hang the decimal arithmetic.
	for _, tgt := range []decimal.Decimal{decimal.New(1, -2000000000), decimal.New(1, 2000000000)} {
		b := ErrorBudget{Target: tgt, Bad: 1, Total: 10}
		underDeadline(t, "ErrorBudget target 1e±2000000000", func() {
			_, err := SLO{Target: tgt, Window: Rolling, Length: itsm.Duration(days30)}.Budget(1, 10)
			assert.ErrorIs(t, err, ErrOutOfRange)
			_, ok := b.ConsumedPercent(2)
			assert.False(t, ok)
			assert.Nil(t, burnRat(1, 10, tgt))
		})
	}
	_, err := SLO{Target: decimal.RequireFromString("99.9"), Window: Rolling, Length: itsm.Duration(days30)}.Budget(1, 1000)
	assert.NoError(t, err)
}

func TestOverflowSatisfactionSums(t *testing.T) {
	underDeadline(t, "ratings near MaxInt", func() {
		cfg := CSATConfig{Scale: Scale{math.MaxInt - 10, math.MaxInt}, SatisfiedFrom: math.MaxInt}
		c, err := NewCSAT(cfg)
		require.NoError(t, err)
		require.NoError(t, c.Add(math.MaxInt))
		before := c
		assert.ErrorIs(t, c.Add(math.MaxInt), itsm.ErrOverflow)
		assert.Equal(t, before, c, "a rating that does not fit is not recorded")
		assert.ErrorIs(t, c.Merge(before), itsm.ErrOverflow)
		assert.Equal(t, before, c, "a failed merge changes nothing")

		e, err := NewCSAT(CSATConfig{Scale: Scale{math.MaxInt - 10, math.MaxInt}, SatisfiedFrom: math.MaxInt - 10})
		require.NoError(t, err)
		require.NoError(t, e.Add(math.MaxInt))
		eb := e
		assert.ErrorIs(t, e.Add(math.MaxInt), itsm.ErrOverflow)
		assert.Equal(t, eb, e)
		assert.ErrorIs(t, e.Merge(eb), itsm.ErrOverflow)
		assert.Equal(t, eb, e)
	})
}

func TestOverflowNPSSaturates(t *testing.T) {
	n := NPS{Promoters: math.MaxInt64, Passives: math.MaxInt64, Detractors: 1}
	assert.Equal(t, int64(math.MaxInt64), n.Ratio().Den, "the number of answers saturates")
	n = NPS{Promoters: 1, Detractors: math.MaxInt64}
	n.Merge(NPS{Detractors: 5})
	assert.Equal(t, int64(math.MaxInt64), n.Detractors, "merge saturates")
	r := NPS{Promoters: -5, Detractors: math.MaxInt64}.Ratio()
	assert.Equal(t, int64(math.MinInt64), r.Num, "P − D saturates")
}

func TestOverflowDeskRates(t *testing.T) {
	var r DeskRates
	require.NoError(t, r.Add(TicketOutcome{Reassignments: math.MaxInt}))
	before := r
	assert.ErrorIs(t, r.Add(TicketOutcome{Reassignments: math.MaxInt}), itsm.ErrOverflow)
	assert.Equal(t, before, r, "not recorded")
	r = DeskRates{Tickets: math.MaxInt64}
	assert.ErrorIs(t, r.Add(TicketOutcome{}), itsm.ErrOverflow)
	r.Merge(DeskRates{Tickets: 1, Reassignments: 7})
	assert.Equal(t, int64(math.MaxInt64), r.Tickets, "merge saturates")
	assert.Equal(t, int64(7), r.Reassignments)
}

func TestOverflowAttainmentAndFlow(t *testing.T) {
	a := Attainment{Met: math.MaxInt64, Total: math.MaxInt64}
	a.Add(true)
	assert.Equal(t, Attainment{math.MaxInt64, math.MaxInt64}, a, "Add saturates")
	a.Merge(Attainment{1, 1})
	assert.Equal(t, Attainment{math.MaxInt64, math.MaxInt64}, a, "Merge saturates")

	f := Flow{Period: iv(0, 60), In: math.MaxInt64}
	assert.ErrorIs(t, f.Add(Ticket{Opened: at(1)}), itsm.ErrOverflow)
	assert.Equal(t, int64(math.MaxInt64), f.In)
	g := Flow{Period: iv(0, 60), In: 1}
	assert.ErrorIs(t, f.Merge(g), itsm.ErrOverflow)
	assert.Equal(t, int64(math.MaxInt64), f.In, "a failed merge changes nothing")
}

// Merging an accumulator into itself doubles its counts; about 63 times
// overflowed int64, and DurationStats.Mean divided by a negative count.
func TestOverflowSelfMerge(t *testing.T) {
	underDeadline(t, "repeated self-merge", func() {
		var s DurationStats
		require.NoError(t, s.Add(time.Duration(math.MaxInt64)))
		var err error
		for range 70 {
			if err = s.Merge(s); err != nil {
				break
			}
		}
		assert.ErrorIs(t, err, itsm.ErrOverflow)
		assert.Positive(t, s.Count())
		m, ok := s.Mean()
		assert.True(t, ok)
		assert.Equal(t, time.Duration(math.MaxInt64), m)
		before := s
		s.Merge(s)
		assert.Equal(t, before, s, "Merge leaves s unchanged when the count would overflow")

		tt := TimeTo{Measure: MTTResolve, Clock: Wall}
		require.NoError(t, tt.Add(time.Hour))
		for range 70 {
			if err = tt.Merge(tt); err != nil {
				break
			}
		}
		assert.ErrorIs(t, err, itsm.ErrOverflow)

		b, err := NewBacklog(t0, nil, nil, Wall)
		require.NoError(t, err)
		require.NoError(t, b.Add(Ticket{Opened: t0.Add(-time.Hour)}))
		for range 70 {
			c := *b
			c.counts = append([]int64(nil), b.counts...)
			if err = b.Merge(&c); err != nil {
				break
			}
		}
		assert.ErrorIs(t, err, itsm.ErrOverflow)
		assert.Positive(t, b.Ages().Count())

		sk := &Sketch{}
		require.NoError(t, sk.Add(time.Second))
		for range 70 {
			c := &Sketch{bits: sk.bits, counts: append([]int64(nil), sk.counts...), stats: sk.stats}
			if err = sk.Merge(c); err != nil {
				break
			}
		}
		assert.ErrorIs(t, err, itsm.ErrOverflow)
		v, ok, err := sk.Percentile(decimal.NewFromInt(50))
		assert.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, time.Second, v)
	})
}

// Outages outside the period whose lengths sum to 2⁶⁴ ns (each shorter than
// a time.Duration's maximum) wrapped the wall-clock sum to the clipped sum,
// so the note "outage time outside the period was ignored" went missing.
func TestOverflowAvailabilityOutsideNote(t *testing.T) {
	base := farPast
	l := time.Duration(math.MaxInt64 - 1)
	o1 := itsm.Interval{Start: base, End: base.Add(l)}
	o2 := itsm.Interval{Start: o1.End.Add(time.Hour), End: o1.End.Add(time.Hour).Add(l)}
	o3 := itsm.Interval{Start: o2.End.Add(time.Hour), End: o2.End.Add(time.Hour + 4)}
	period := itsm.Interval{Start: o3.End.Add(time.Hour), End: o3.End.Add(2 * time.Hour)}
	underDeadline(t, "outages 2⁶⁴ ns in total before the period", func() {
		a, err := ComputeAvailability(period, []itsm.Interval{o1, o2, o3}, nil, nil)
		require.NoError(t, err)
		assert.Contains(t, a.Notes, "outage time outside the period was ignored")
		assert.Equal(t, itsm.Duration(time.Hour), a.Up)
	})
}
