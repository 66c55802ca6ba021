package sla

import (
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A working-days goal on the 24×7 schedule whose deadline falls outside the
// schedule's range fails evaluation with one clear error. (The package's
// own WallClock, which counted days to year 9999, was replaced by
// calendar.AlwaysOpen(); its range is the calendar's.)
func TestAlwaysOpenGoalOutOfRange(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "far", Metric: Resolution, Goal: WorkingDays(100000)}, calendar.AlwaysOpen())
	require.NoError(t, err)
	c := time.Date(2100, time.January, 1, 0, 0, 0, 0, time.UTC)
	_, err = Evaluate(tg, []Event{ev(c, Created)}, c.Add(time.Hour))
	require.ErrorIs(t, err, ErrScheduleFailure)
	assert.Equal(t, 1, strings.Count(err.Error(), "schedule arithmetic failed"), err.Error())
}

// A target without a schedule, and the schedule names "" and "24x7" in a
// policy, run on calendar.AlwaysOpen().
func TestDefaultScheduleIsAlwaysOpen(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: WorkingDays(1)}, nil)
	require.NoError(t, err)
	assert.Same(t, calendar.AlwaysOpen(), tg.sched)
	p, err := NewPolicy(PolicySpec{Rules: []Rule{{Targets: []TargetSpec{
		{Name: "a", Metric: Response, Goal: Business(time.Hour)},
		{Name: "b", Metric: Resolution, Goal: Business(time.Hour), Schedule: "24x7"},
	}}}}, nil)
	require.NoError(t, err)
	for _, tg := range p.Targets("", nil) {
		assert.Same(t, calendar.AlwaysOpen(), tg.sched)
	}
}
