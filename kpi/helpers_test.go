package kpi

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

var t0 = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday

func at(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }

func iv(a, b int) itsm.Interval { return itsm.Interval{Start: at(a), End: at(b)} }

// spanSchedule is a test Schedule: open exactly during the given sorted,
// disjoint intervals.
type spanSchedule []itsm.Interval

func (s spanSchedule) Between(a, b time.Time) time.Duration {
	if b.Before(a) {
		return -s.Between(b, a)
	}
	var d time.Duration
	for _, o := range s {
		if c, ok := o.Intersect(itsm.Interval{Start: a, End: b}); ok {
			d += c.Duration()
		}
	}
	return d
}

func (s spanSchedule) open(t time.Time) bool {
	for _, o := range s {
		if o.Contains(t) {
			return true
		}
	}
	return false
}

// officeHours is Mon–Fri 09:00–17:00 UTC for the first four weeks after t0.
func officeHours() spanSchedule {
	var s spanSchedule
	for d := range 28 {
		if d%7 >= 5 {
			continue
		}
		s = append(s, iv(d*1440+9*60, d*1440+17*60))
	}
	return s
}

// genInterval draws a minute-aligned interval inside [0, span) minutes.
func genInterval(span int) *rapid.Generator[itsm.Interval] {
	return rapid.Custom(func(t *rapid.T) itsm.Interval {
		a := rapid.IntRange(0, span).Draw(t, "a")
		l := rapid.IntRange(0, span/4).Draw(t, "len")
		return iv(a, min(span, a+l))
	})
}

// deadline bounds every call of underDeadline: generous, since the machine
// may be loaded or running the race detector, and far below "hangs". A
// variable only so that TestUnderDeadline can shorten it.
var deadline = 10 * time.Second

// underDeadline runs f in a goroutine and fails the test, quoting input,
// if it does not return within [deadline]: Go's fuzzer has no per-input
// timeout, and a test that loops forever would only be killed by go test's
// global timeout, without naming the input. If f calls t.FailNow (t.Fatal,
// require.*), that stops f's goroutine only; the test is marked failed and
// underDeadline returns.
func underDeadline(t testing.TB, input string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		t.Fatalf("did not finish within %s for input %s", deadline, input)
	}
}

// mergeIntervalsErr is mergeIntervals with the rejected intervals as the
// error of a batch, as the exported MergeIntervals returned them.
func mergeIntervalsErr(in []itsm.Interval) ([]itsm.Interval, bool, error) {
	m, ov, rej := mergeIntervals("interval", in)
	return m, ov, batchError(rej)
}
