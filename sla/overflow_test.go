package sla

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// within runs f and fails the test if it does not return within d: Go's
// tests (and fuzzers) have no per-case timeout, so code that could loop is
// run under this deadline, and the failure names what was running (for a
// fuzz target, the input). f runs on another goroutine, so it reports with
// t.Errorf (assert) and returns, never t.Fatal or require; a panic in f is
// reported here.
func within(t testing.TB, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case p := <-done:
		if p != nil {
			t.Fatalf("%s: panic: %v", what, p)
		}
	case <-timer.C:
		t.Fatalf("%s: did not finish within %v", what, d)
	}
}

// fuzzDeadline bounds one fuzz input's run: far above any input's honest
// cost, far below the fuzzer's own patience.
const fuzzDeadline = 10 * time.Second

// quoteInput renders a fuzz input for a failure message, a prefix if long.
func quoteInput(data []byte) string {
	if len(data) > 256 {
		return fmt.Sprintf("%q… (%d bytes)", data[:256], len(data))
	}
	return fmt.Sprintf("%q", data)
}

// The configuration: an escalation offset of the most negative
// duration with a due goal. Regression: Evaluate + Cycle.Escalations spun
// on the calendar; nothing in sla may overflow on its own either, on the
// wall clock or the calendar, whatever the offset, goal and instants.
func TestExtremeEscalationOffsets(t *testing.T) {
	var esc Escalation
	require.NoError(t, json.Unmarshal([]byte(`{"name":"far","offset":"-2562047h47m16.854775808s"}`), &esc))
	require.Equal(t, itsm.Duration(math.MinInt64), esc.Offset)
	c := at(2026, time.January, 1, 9, 0)
	goals := []Goal{
		DueAt(at(2026, time.January, 5, 17, 0)),
		DueAt(time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)),
		DueAt(time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC)),
		Business(math.MaxInt64),
		Business(1),
	}
	scheds := map[string]Schedule{"wall": wallSchedule{}, "always open": calendar.AlwaysOpen(), "office": office()}
	ths := thresholds(t, "50", "100", "150", "1e18")
	for sn, s := range scheds {
		for _, g := range goals {
			for _, off := range []time.Duration{math.MinInt64, math.MinInt64 + 1, math.MaxInt64, -1, 0} {
				name := fmt.Sprintf("%s/%s/%d", sn, g, off)
				within(t, 5*time.Second, name, func() {
					tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: g,
						Thresholds:  ths,
						Escalations: []Escalation{{Name: "far", Offset: itsm.Duration(off)}}}, s)
					if !assert.NoError(t, err, name) {
						return
					}
					for _, now := range []time.Time{c, c.Add(time.Hour), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
						tl := []Event{{At: c, Kind: Created, State: "New"}}
						st, err := Evaluate(tg, tl, now)
						if err != nil {
							// The calendar's range, or a due instant beyond
							// what a duration counts from the start.
							if !errors.Is(err, ErrConfig) {
								assert.ErrorIs(t, err, ErrScheduleFailure, name)
							}
							continue
						}
						assert.Equal(t, st.Goal.Std(), satAdd(st.Elapsed.Std(), st.Remaining.Std()), name)
						_, _ = st.escalations()
						_, _, _ = st.NextChange()
						_, _ = Explain(tg, tl, now)
						_, _ = json.Marshal(st)
					}
				})
			}
		}
	}
}

// hostile is a schedule that breaks the contract with extreme answers.
type hostile struct{ between time.Duration }

func (h hostile) Add(t time.Time, d time.Duration) (time.Time, error) { return t.Add(d), nil }
func (h hostile) Between(a, b time.Time) time.Duration                { return h.between }

// A schedule that answers with extreme or negative durations makes no
// arithmetic of the package wrap around: elapsed, remaining, paused,
// attribution and the warning instants saturate instead.
func TestHostileScheduleSaturates(t *testing.T) {
	c := at(2026, time.January, 1, 9, 0)
	for _, b := range []time.Duration{math.MaxInt64, math.MinInt64, -1, math.MaxInt64 / 2, math.MinInt64 / 2} {
		for _, g := range []Goal{Business(1), Business(math.MaxInt64), DueAt(c.Add(time.Hour))} {
			name := fmt.Sprintf("%d/%s", b, g)
			within(t, 5*time.Second, name, func() {
				tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: g,
					Conditions: &Conditions{Pause: []string{"wait"}}}, hostile{b})
				if !assert.NoError(t, err) {
					return
				}
				tl := []Event{{At: c, Kind: Created, State: "New"}}
				for i := 1; i < 8; i++ {
					s := "wait"
					if i%2 == 0 {
						s = "open"
					}
					tl = append(tl, state(c.Add(time.Duration(i)*time.Minute), s))
				}
				now := c.Add(time.Hour)
				st, err := Evaluate(tg, tl, now)
				if err != nil {
					return
				}
				x, err := Explain(tg, tl, now)
				if !assert.NoError(t, err) {
					return
				}
				assert.Equal(t, st, x.Status, name)
				var counted time.Duration
				for _, sg := range x.Segments {
					if sg.Kind == SegmentCounted {
						counted = satAdd(counted, sg.Counted.Std())
					}
				}
				assert.Equal(t, st.Elapsed.Std(), counted, name)
				// Remaining has the sign of Goal − Elapsed: it saturates,
				// never wraps.
				assert.Equal(t, st.Elapsed.Std() <= st.Goal.Std(), st.Remaining.Std() >= 0, "%s: remaining %v", name, st.Remaining.Std())
				if b > 0 {
					assert.GreaterOrEqual(t, st.Elapsed.Std(), time.Duration(0), name)
					assert.GreaterOrEqual(t, st.Paused.Std(), time.Duration(0), name)
				}
				for _, sh := range Usage([]Explanation{x, x, x}, "") {
					if b > 0 {
						assert.GreaterOrEqual(t, sh.Counted.Std(), time.Duration(0), name)
					}
				}
				_, _, _ = st.NextChange()
			})
		}
	}
}

// A due goal farther from the cycle's start than a time.Duration reaches
// (about 292 years) cannot be counted: an error, not a deadline that
// silently stops 292 years out.
func TestDueBeyondDurationRange(t *testing.T) {
	c := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	due := time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC)
	tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: DueAt(due)}, wallSchedule{})
	require.NoError(t, err)
	_, err = Evaluate(tg, []Event{ev(c, Created)}, c)
	require.ErrorIs(t, err, ErrConfig)
	assert.Contains(t, err.Error(), "9000-01-01")
}

// CheckUnderpinning terminates on windows at the edges of time, whatever
// the step.
func TestUnderpinningWindowEdges(t *testing.T) {
	p := demoPolicyWithUC(t)
	maxT := time.Unix(1<<63-62135596801, 999999999)
	for _, w := range []itsm.Interval{
		{Start: maxT.Add(-time.Hour), End: maxT},
		{Start: maxT.Add(-1000 * time.Hour), End: maxT},
	} {
		for _, step := range []time.Duration{time.Nanosecond, time.Minute, time.Hour, math.MaxInt64} {
			within(t, 5*time.Second, fmt.Sprintf("%v/%v", w, step), func() {
				_, _ = p.CheckUnderpinning(w, step)
			})
		}
	}
}

func demoPolicyWithUC(t testing.TB) *Policy {
	p, err := NewPolicy(PolicySpec{Rules: []Rule{{Priorities: []string{"P1"}, Targets: []TargetSpec{
		{Name: "sla", Metric: Resolution, Goal: Business(4 * time.Hour), UnderpinnedBy: []string{"uc"}},
		{Name: "uc", Kind: UC, Metric: Resolution, Goal: Business(2 * time.Hour)},
	}}}}, nil)
	require.NoError(t, err)
	return p
}

// The availability margin saturates instead of wrapping.
func TestAvailabilityMarginExtremes(t *testing.T) {
	period := itsm.Interval{Start: time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2090, 1, 1, 0, 0, 0, 0, time.UTC)}
	within(t, 5*time.Second, "availability", func() {
		r, err := EvaluateAvailability(AvailabilityTarget{Name: "x", Percent: dec("0.000000001")}, period,
			[]itsm.Interval{period}, nil, nil)
		if err != nil {
			return
		}
		assert.Equal(t, r.Allowed.Std(), satAdd(r.Margin.Std(), r.Availability.Down.Std()))
	})
}

// fakeTB records what within reports instead of stopping a test.
type fakeTB struct {
	testing.TB
	msg string
}

func (f *fakeTB) Helper()                           {}
func (f *fakeTB) Fatalf(format string, args ...any) { f.msg = fmt.Sprintf(format, args...) }

// within fails with the input named when the body overruns or panics, and
// says nothing when it returns in time.
func TestWithinReportsOverrun(t *testing.T) {
	var f fakeTB
	within(&f, 20*time.Millisecond, `input "\x00loop"`, func() { time.Sleep(time.Second) })
	assert.Equal(t, `input "\x00loop": did not finish within 20ms`, f.msg)
	f.msg = ""
	within(&f, time.Second, "input x", func() { panic("boom") })
	assert.Equal(t, "input x: panic: boom", f.msg)
	f.msg = ""
	within(&f, time.Second, "input y", func() {})
	assert.Empty(t, f.msg)
}
