package sla

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// WallClock day arithmetic fails with an error outside years 1–9999 (the
// range an RFC 3339 timestamp can write) instead of wrapping around.
// Regression: AddDays(t, math.MaxInt) returned the day before t, and
// EndOfDay likewise, with no error.
func TestWallClockDayArithmeticBounds(t *testing.T) {
	t0 := time.Date(2026, time.March, 27, 10, 30, 0, 0, time.UTC)
	for _, w := range []WallClock{{}, WallClockIn(berlin)} {
		loc := w.Location()
		lt := t0.In(loc)
		first := time.Date(1, time.January, 1, lt.Hour(), lt.Minute(), 0, 0, loc)
		last := time.Date(9999, time.December, 31, lt.Hour(), lt.Minute(), 0, 0, loc)
		y, m, d := lt.Date()
		day := func(y int, m time.Month, d int) int64 { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400 }
		toLast := int(day(9999, time.December, 31) - day(y, m, d))
		toFirst := int(day(1, time.January, 1) - day(y, m, d))
		extremes := []int{math.MaxInt, math.MinInt, math.MaxInt32, math.MinInt32, 1 << 40, -(1 << 40)}
		for _, n := range append(extremes, toLast+1, toFirst-1) {
			r, err := w.AddDays(t0, n)
			require.Error(t, err, "AddDays(%d) = %v", n, r)
			assert.ErrorIs(t, err, ErrScheduleFailure)
			assert.Contains(t, err.Error(), "outside years 1–9999")
		}
		// EndOfDay(t, n) ends day n, at the midnight starting day n+1.
		for _, n := range append(extremes, toLast, toFirst-2) {
			r, err := w.EndOfDay(t0, n)
			require.Error(t, err, "EndOfDay(%d) = %v", n, r)
			assert.ErrorIs(t, err, ErrScheduleFailure)
		}
		// The edges themselves are fine, in both directions.
		r, err := w.AddDays(t0, toLast)
		require.NoError(t, err)
		assert.True(t, r.Equal(last), "%v", r)
		r, err = w.AddDays(t0, toFirst)
		require.NoError(t, err)
		assert.True(t, r.Equal(first), "%v", r)
		r, err = w.EndOfDay(t0, toLast-1)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(9999, time.December, 31, 0, 0, 0, 0, loc)), "%v", r)
		r, err = w.EndOfDay(t0, toFirst-1)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(1, time.January, 1, 0, 0, 0, 0, loc)), "%v", r)
		// Ordinary values in both signs.
		r, err = w.AddDays(t0, -3)
		require.NoError(t, err)
		assert.True(t, r.Equal(lt.AddDate(0, 0, -3)))
		r, err = w.EndOfDay(t0, -1)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(y, m, d, 0, 0, 0, 0, loc)))
	}
	// An instant already outside the range.
	far := time.Date(20000, time.January, 1, 0, 0, 0, 0, time.UTC)
	_, err := WallClock{}.AddDays(far, 0)
	assert.ErrorIs(t, err, ErrScheduleFailure)
	_, err = WallClock{}.EndOfDay(far, 0)
	assert.ErrorIs(t, err, ErrScheduleFailure)
}

// A working-days goal on the wall clock whose deadline falls outside the
// range fails evaluation with one clear error.
func TestWallClockGoalOutOfRange(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "far", Metric: Resolution, Goal: WorkingDays(100000)}, WallClock{})
	require.NoError(t, err)
	c := time.Date(9800, time.January, 1, 0, 0, 0, 0, time.UTC)
	_, err = Evaluate(tg, []Event{ev(c, Created)}, c.Add(time.Hour))
	require.ErrorIs(t, err, ErrScheduleFailure)
	assert.Equal(t, 1, strings.Count(err.Error(), "schedule arithmetic failed"), err.Error())
}
