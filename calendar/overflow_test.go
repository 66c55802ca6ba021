package calendar

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// fataler is what the helpers below need of a *testing.T or *rapid.T.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// within runs f and fails the test if it does not return within limit: the
// defects below were hangs, and a hang must fail, not stall the suite.
func within(t fataler, limit time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("%s did not return within %v", what, limit)
	}
}

// extremeCalendars are a regional office calendar, the 24×7 calendar (whose
// open time over the whole range is the largest possible), a union across
// zones and an intersection that is never open.
func extremeCalendars(t testing.TB) map[string]*Calendar {
	t.Helper()
	office, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		t.Fatal(err)
	}
	nyc, err := New(Spec{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 09:00-18:00")})
	if err != nil {
		t.Fatal(err)
	}
	u, err := Union(office, nyc)
	if err != nil {
		t.Fatal(err)
	}
	mon, err := New(Spec{Week: mustWeek(t, "Mon 08:00-09:00")})
	if err != nil {
		t.Fatal(err)
	}
	tue, err := New(Spec{Week: mustWeek(t, "Tue 08:00-09:00")})
	if err != nil {
		t.Fatal(err)
	}
	never, err := Intersect(mon, tue)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Calendar{"office": office, "24x7": AlwaysOpen(), "union": u, "never": never}
}

var extremeDurations = []time.Duration{
	math.MinInt64, math.MinInt64 + 1, -math.MaxInt64 / 2, -(1 << 62), -292 * 365 * 24 * time.Hour, -1,
	1, 292 * 365 * 24 * time.Hour, 1 << 62, math.MaxInt64 / 2, math.MaxInt64 - 1, math.MaxInt64,
}

var extremeInstants = []time.Time{
	time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	RangeStart(), RangeStart().Add(-1), RangeEnd(), RangeEnd().Add(-1),
	time.Unix(math.MinInt64/2, 0), time.Unix(math.MaxInt64/2, 0), {},
}

// checkAdd verifies that Add(a, d) returned either an error wrapping
// ErrOutOfRange or the instant the doc promises, judged by Between.
func checkAdd(t fataler, c *Calendar, a time.Time, d time.Duration, r time.Time, err error) {
	t.Helper()
	if err != nil {
		if !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("Add(%v, %d): error %v does not wrap ErrOutOfRange", a, d, err)
		}
		return
	}
	if d > 0 {
		if got := c.Between(a, r); got != d {
			t.Fatalf("Between(%v, Add(%v, %d) = %v) = %d, want %d", a, a, d, r, got, d)
		}
	} else if d < 0 {
		if got := c.Between(r, a); got != -d {
			t.Fatalf("Between(Add(%v, %d) = %v, %v) = %d, want %d", a, d, r, a, got, -d)
		}
	}
}

// Add(t, math.MinInt64) looped forever: the backward loop negated the
// target (-math.MinInt64 overflows to itself), so the look-ahead asked for a
// negative number of years and never extended the table. Every extreme
// duration now returns, with an error or a result consistent with Between.
func TestAddExtremeDurations(t *testing.T) {
	for name, c := range extremeCalendars(t) {
		for _, a := range extremeInstants {
			for _, d := range extremeDurations {
				var r time.Time
				var err error
				within(t, 10*time.Second, fmt.Sprintf("%s: Add(%v, %d)", name, a, d), func() { r, err = c.Add(a, d) })
				checkAdd(t, c, a, d, r, err)
			}
		}
	}
}

// The example from the issue: it hung.
func TestAddMinInt64Issue(t *testing.T) {
	office, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		t.Fatal(err)
	}
	a := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []*Calendar{office, AlwaysOpen()} {
		var err error
		within(t, 5*time.Second, "Add(2026-01-01, math.MinInt64)", func() { _, err = c.Add(a, math.MinInt64) })
		if !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("Add(%v, math.MinInt64): err = %v, want ErrOutOfRange", a, err)
		}
	}
}

// AddDays and EndOfDay with day counts beyond any number of days in the
// supported range (up to math.MaxInt and math.MinInt, whose negation
// overflows) fail with ErrOutOfRange quoting n, on base and composed
// calendars, promptly.
func TestDaysExtremeCounts(t *testing.T) {
	a := time.Date(2026, 6, 3, 10, 0, 0, 0, time.UTC)
	for name, c := range extremeCalendars(t) {
		if name == "never" {
			continue
		}
		for _, n := range []int{math.MinInt, math.MinInt + 1, -math.MaxInt32 - 1, -200000, 200000, math.MaxInt32, math.MaxInt - 1, math.MaxInt} {
			for _, f := range []struct {
				name string
				fn   func(time.Time, int) (time.Time, error)
			}{{"AddDays", c.AddDays}, {"EndOfDay", c.EndOfDay}} {
				var r time.Time
				var err error
				within(t, 10*time.Second, fmt.Sprintf("%s: %s(%v, %d)", name, f.name, a, n), func() { r, err = f.fn(a, n) })
				if !errors.Is(err, ErrOutOfRange) {
					t.Fatalf("%s: %s(%v, %d) = %v, %v; want ErrOutOfRange", name, f.name, a, n, r, err)
				}
				if want := fmt.Sprint(n); !strings.Contains(err.Error(), strconv.Quote(want)) {
					t.Fatalf("%s: %s(%v, %d): error %q does not quote %s", name, f.name, a, n, err, want)
				}
			}
		}
	}
}

// Property: for any calendar of the set, any instant (in and outside the
// range) and any duration, extremes included with high weight, Add returns
// within a deadline and either fails with ErrOutOfRange or returns the
// instant Between agrees with; AddDays and EndOfDay likewise return
// promptly for any n.
func TestAddExtremeProperty(t *testing.T) {
	cals := extremeCalendars(t)
	names := []string{"office", "24x7", "union", "never"}
	rapid.Check(t, func(rt *rapid.T) {
		c := cals[rapid.SampledFrom(names).Draw(rt, "cal")]
		a := rapid.OneOf(
			rapid.SampledFrom(extremeInstants),
			rapid.Custom(func(rt *rapid.T) time.Time {
				return time.Unix(rapid.Int64Range(rangeStart-1e9, rangeEnd+1e9).Draw(rt, "sec"), rapid.Int64Range(0, 999999999).Draw(rt, "ns"))
			}),
		).Draw(rt, "a")
		d := time.Duration(rapid.OneOf(
			rapid.SampledFrom([]int64{math.MinInt64, math.MinInt64 + 1, math.MaxInt64, math.MaxInt64 - 1, 0}),
			rapid.Int64(),
			rapid.Int64Range(-1<<50, 1<<50),
		).Draw(rt, "d"))
		var r time.Time
		var err error
		within(rt, 10*time.Second, fmt.Sprintf("Add(%v, %d)", a, d), func() { r, err = c.Add(a, d) })
		if d == 0 {
			if err != nil || !r.Equal(a) {
				rt.Fatalf("Add(%v, 0) = %v, %v", a, r, err)
			}
			return
		}
		checkAdd(rt, c, a, d, r, err)
		n := rapid.OneOf(rapid.SampledFrom([]int{math.MinInt, math.MaxInt}), rapid.Int(), rapid.IntRange(-300, 300)).Draw(rt, "n")
		within(rt, 10*time.Second, fmt.Sprintf("AddDays/EndOfDay(%v, %d)", a, n), func() {
			_, _ = c.AddDays(a, n)
			_, _ = c.EndOfDay(a, n)
		})
	})
}

// recorder is a fataler that records instead of failing.
type recorder struct{ msg string }

func (*recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) { r.msg = fmt.Sprintf(format, args...) }

// The fuzz bodies run under a deadline: an input that loops fails, quoting
// the input, instead of stalling the fuzzer; a failing body is reported
// with its input too.
func TestFuzzBodyDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	var rec recorder
	runUnderDeadline(&rec, 50*time.Millisecond, "spec \"loop\"", func(fataler) { <-release })
	if !strings.Contains(rec.msg, "did not finish within 50ms") || !strings.Contains(rec.msg, `spec "loop"`) {
		t.Fatalf("overrun reported as %q", rec.msg)
	}
	rec = recorder{}
	runUnderDeadline(&rec, time.Second, "x=1", func(t fataler) { t.Fatalf("law broken") })
	if !strings.Contains(rec.msg, "law broken") || !strings.Contains(rec.msg, "x=1") {
		t.Fatalf("failure reported as %q", rec.msg)
	}
	rec = recorder{}
	runUnderDeadline(&rec, time.Second, "ok", func(fataler) {})
	if rec.msg != "" {
		t.Fatalf("a passing body reported %q", rec.msg)
	}
}
