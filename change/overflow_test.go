package change

import (
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

// Regression: Total added the counts with int64 wrap-around, so
// {successful: MaxInt64, failed: 1} had a total of MinInt64 and a change
// failure rate of 1 / -9223372036854775808. Total is gone (the sum is the
// caller's); counts whose total does not fit are an input error.
func TestOutcomesTotalOverflowIsAnError(t *testing.T) {
	o := Outcomes{Successful: math.MaxInt64, Failed: 1}
	err := o.validate("h")
	require.ErrorIs(t, err, ErrInput)
	assert.Contains(t, err.Error(), `"9223372036854775807 + 0 + 1": invalid assessment input: exceeds 9223372036854775807`)
	require.ErrorIs(t, Outcomes{Successful: math.MaxInt64, SuccessfulWithIssues: math.MaxInt64, Failed: math.MaxInt64}.validate("h"), ErrInput)
	require.ErrorIs(t, Outcomes{Successful: math.MinInt64, Failed: -1}.validate("h"), ErrInput, "negative counts")
	require.NoError(t, Outcomes{Successful: math.MaxInt64 - 2, SuccessfulWithIssues: 1, Failed: 1}.validate("h"))
	_, err = historyForOverflow(t).Assess(Input{History: o})
	require.ErrorIs(t, err, ErrInput)
}

func historyForOverflow(t *testing.T) *historyModel {
	h, err := newHistoryModel(HistorySpec{Multipliers: Multipliers{Failed: 1000000, IncidentsCaused: 1000000, Successful: -1000000},
		Bands: Bands{Base: Low, Thresholds: []Threshold{{dec("4"), High}}}})
	require.NoError(t, err)
	return h
}

// Regression: NextSlot searched from an instant before the calendars' range
// by handing it to calendar.Spans, which from time.Unix(math.MaxInt64, 0)
// (the earliest instant time.Time represents, before year 1) yielded no
// open time before 2189: the "earliest" slot was on 31 December 2189.
func TestNextSlotFromBeforeCalendarRange(t *testing.T) {
	wd, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	want := time.Date(1900, 1, 2, 8, 0, 0, 0, time.UTC).Add(-time.Hour) // 08:00 CET, the first working morning
	for _, after := range extremes[:3] {
		w, err := NextSlot(wd, after, time.Hour, nil, extremes[len(extremes)-1])
		require.NoError(t, err)
		assert.True(t, w.Start.Equal(want), "after %v: %v", after, w)
		w, err = NextAllowedSlot(ScheduleRules{Maintenance: wd, Freeze: mustCal(t, "UTC", "Sat-Sun 00:00-24:00")}, 0, after, time.Hour, nil, extremes[len(extremes)-1])
		require.NoError(t, err)
		assert.True(t, w.Start.Equal(want), "after %v: %v", after, w)
	}
}

// Extreme durations and instants in every schedule entry point: each
// returns (a result or an error) promptly, never hangs, never wraps around.
func TestScheduleExtremeValues(t *testing.T) {
	wd, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	early, late := extremes[0], extremes[len(extremes)-1]
	lengths := []time.Duration{math.MinInt64, -1, 0, 1, math.MaxInt64}
	instants := append([]time.Time{t0}, extremes...)
	rules := ScheduleRules{Maintenance: wd, ServiceHours: mustCal(t, "UTC", "Mon-Fri 09:00-10:00"),
		Freeze: mustCal(t, "UTC", "Sun 00:00-24:00"), Blackouts: []Blackout{{Name: "all", Interval: itsm.Interval{Start: early, End: late}}},
		WorkingDays: wd}
	for _, length := range lengths {
		for _, after := range instants {
			for _, until := range instants {
				in := fmt.Sprintf("length %d after %v until %v", int64(length), after, until)
				within(t, fuzzDeadline, in, func() error {
					w, err := NextSlot(wd, after, length, []itsm.Interval{{Start: early, End: t0}}, until)
					if err := slotLaw(w, err, after, length, until); err != nil {
						return fmt.Errorf("NextSlot: %w", err)
					}
					w, err = NextAllowedSlot(rules, lead(Normal, Low), after, length, nil, until)
					if err := slotLaw(w, err, after, length, until); err != nil {
						return fmt.Errorf("NextAllowedSlot: %w", err)
					}
					if until.After(after) {
						vs, err := CheckSchedule(itsm.Interval{Start: after, End: until}, lead(Normal, High), rules, after)
						if err == nil && len(vs) == 0 {
							return errors.New("CheckSchedule: a window inside an all-time blackout passes")
						}
						if err != nil && !errors.Is(err, ErrSchedule) {
							return fmt.Errorf("CheckSchedule: %w does not wrap ErrSchedule", err)
						}
					}
					return nil
				})
			}
		}
	}
	// itsm.Interval.Duration (which replaced Window.Duration) saturates as
	// time.Time.Sub does.
	assert.Equal(t, time.Duration(math.MaxInt64), itsm.Interval{Start: early, End: late}.Duration())
}

// slotLaw checks a slot search's result: an error wraps ErrSchedule or
// ErrNoSlot; a slot has the asked length, starts no earlier than after and
// ends no later than until.
func slotLaw(w itsm.Interval, err error, after time.Time, length time.Duration, until time.Time) error {
	if err != nil {
		if !errors.Is(err, ErrSchedule) && !errors.Is(err, ErrNoSlot) {
			return fmt.Errorf("unexpected error %w", err)
		}
		return nil
	}
	if length <= 0 {
		return fmt.Errorf("slot %v for length %v", w, length)
	}
	if w.Duration() != length || w.Start.Before(after) || w.End.After(until) {
		return fmt.Errorf("slot %v breaks [%v, %v) or length %v", w, after, until, length)
	}
	return nil
}
