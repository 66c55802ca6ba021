package sla

import (
	"errors"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pauseStates = []string{"Awaiting User Info", "Awaiting Vendor"}

func resolutionTarget(t *testing.T, g Goal, s Schedule) *Target {
	t.Helper()
	tg, err := NewTarget(TargetSpec{Name: "resolution", Metric: Resolution, Goal: g,
		Conditions: &Conditions{Pause: pauseStates}}, s)
	require.NoError(t, err)
	return tg
}

// ServiceNow's documented example: 8 h target on Mon–Fri 08–17, opened
// Friday 21:00; on Monday 09:30 the business elapsed time is 1h30m and the
// actual elapsed time 60h30m.
func TestServiceNowFridayExample(t *testing.T) {
	tg := resolutionTarget(t, Business(8*time.Hour), office())
	opened := at(2026, time.November, 20, 21, 0)
	st, err := Evaluate(tg, []Event{{At: opened, Kind: Created, State: "New"}}, at(2026, time.November, 23, 9, 30))
	require.NoError(t, err)
	assert.Equal(t, Running, st.Stage)
	assert.Equal(t, 90*time.Minute, st.Elapsed.Std())
	assert.Equal(t, 60*time.Hour+30*time.Minute, st.WallElapsed.Std())
	assert.Equal(t, 6*time.Hour+30*time.Minute, st.Remaining.Std())
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 23, 16, 0)), st.Deadline)
	p, ok := percent(st.Cycle, 2)
	require.True(t, ok)
	assert.Equal(t, "18.75", p.String())

	// At the deadline the target is not yet breached; an instant later it is.
	st, err = Evaluate(tg, []Event{{At: opened, Kind: Created}}, at(2026, time.November, 23, 16, 0))
	require.NoError(t, err)
	assert.Equal(t, Running, st.Stage)
	assert.Equal(t, time.Duration(0), st.Remaining.Std())
	st, err = Evaluate(tg, []Event{{At: opened, Kind: Created}}, at(2026, time.November, 23, 16, 0).Add(time.Nanosecond))
	require.NoError(t, err)
	assert.Equal(t, Breached, st.Stage)
	assert.True(t, st.BreachAt.Equal(at(2026, time.November, 23, 16, 0)))

	// Resolved exactly at the deadline: met.
	st, err = Evaluate(tg, []Event{{At: opened, Kind: Created}, ev(at(2026, time.November, 23, 16, 0), Resolved)}, at(2026, time.November, 24, 9, 0))
	require.NoError(t, err)
	assert.Equal(t, Met, st.Stage)
	assert.False(t, st.Breached)
}

// A deadline that uses up the last business minute of a Friday is Friday
// 17:00; a resolve on Saturday is a breach at Friday 17:00.
func TestBreachAtClosingTime(t *testing.T) {
	tg := resolutionTarget(t, Business(2*time.Hour), office())
	c := at(2026, time.November, 20, 15, 0)
	st, err := Evaluate(tg, []Event{ev(c, Created), ev(at(2026, time.November, 21, 10, 0), Resolved)}, at(2026, time.November, 22, 0, 0))
	require.NoError(t, err)
	assert.Equal(t, Breached, st.Stage)
	assert.True(t, st.BreachAt.Equal(at(2026, time.November, 20, 17, 0)), st.BreachAt)
	assert.Equal(t, 2*time.Hour, st.Elapsed.Std())
	assert.Equal(t, time.Duration(0), st.Remaining.Std())
}

// Paused over a weekend on a working-days target: the pause is measured on
// the target's schedule, so a weekend pause moves nothing (GLPI once
// credited it 24×7), while a pause covering Friday afternoon moves the
// deadline by the business time it covered.
func TestWeekendPauseWorkingDays(t *testing.T) {
	tg := resolutionTarget(t, WorkingDays(2), office())
	c := at(2026, time.November, 20, 10, 0) // Friday
	base := []Event{{At: c, Kind: Created, State: "New"}}
	now := at(2026, time.November, 23, 9, 0)

	st, err := Evaluate(tg, base, now)
	require.NoError(t, err)
	assert.Equal(t, 18*time.Hour, st.Goal.Std()) // Fri 10–17, Mon 8–17, Tue 8–10
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 24, 10, 0)), st.Deadline)

	weekend := append(base[:1:1], state(at(2026, time.November, 20, 17, 30), "Awaiting User Info"), state(at(2026, time.November, 23, 7, 30), "In Progress"))
	st, err = Evaluate(tg, weekend, now)
	require.NoError(t, err)
	assert.Equal(t, time.Duration(0), st.Paused.Std())
	assert.Equal(t, 62*time.Hour, st.PausedWall.Std())
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 24, 10, 0)), st.Deadline)

	friday := append(base[:1:1], state(at(2026, time.November, 20, 15, 0), "Awaiting User Info"), state(at(2026, time.November, 23, 8, 0), "In Progress"))
	st, err = Evaluate(tg, friday, now)
	require.NoError(t, err)
	assert.Equal(t, 2*time.Hour, st.Paused.Std())
	assert.Equal(t, 6*time.Hour, st.Elapsed.Std()) // Fri 10–15, Mon 8–9
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 24, 12, 0)), st.Deadline)

	// While paused, the deadline assumes the clock resumes now.
	st, err = Evaluate(tg, friday[:2], at(2026, time.November, 23, 9, 0))
	require.NoError(t, err)
	assert.Equal(t, Paused, st.Stage)
	assert.Equal(t, 3*time.Hour, st.Paused.Std()) // Fri 15–17, Mon 8–9
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 24, 13, 0)), st.Deadline)
}

func TestEndOfDayAndDueGoals(t *testing.T) {
	s := office()
	c := at(2026, time.November, 20, 10, 0) // Friday
	tg := resolutionTarget(t, EndOfWorkingDay(1), s)
	st, err := Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 23, 17, 0)), st.Deadline)

	tg = resolutionTarget(t, DueAt(at(2026, time.November, 23, 12, 0)), s)
	st, err = Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	assert.Equal(t, 11*time.Hour, st.Goal.Std())
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 23, 12, 0)))

	// A due instant already past at creation: breached at once.
	tg = resolutionTarget(t, DueAt(c.Add(-time.Hour)), s)
	st, err = Evaluate(tg, []Event{ev(c, Created)}, c.Add(time.Minute))
	require.NoError(t, err)
	assert.Equal(t, Breached, st.Stage)
	assert.True(t, st.BreachAt.Equal(c))

	// Working-day goals need a DaySchedule.
	_, err = NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: WorkingDays(1)}, onlyBetween{})
	assert.ErrorIs(t, err, ErrConfig)
}

type onlyBetween struct{}

func (onlyBetween) Add(t time.Time, d time.Duration) (time.Time, error) { return t.Add(d), nil }
func (onlyBetween) Between(a, b time.Time) time.Duration                { return b.Sub(a) }

func TestResponseAndUpdateMetrics(t *testing.T) {
	resp, err := NewTarget(TargetSpec{Name: "r", Metric: Response, Goal: Business(time.Hour)}, nil)
	require.NoError(t, err)
	upd, err := NewTarget(TargetSpec{Name: "u", Metric: NextUpdate, Goal: Business(2 * time.Hour)}, nil)
	require.NoError(t, err)
	c := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tl := []Event{ev(c, Created), ev(c.Add(40*time.Minute), Responded), ev(c.Add(3*time.Hour), Updated), ev(c.Add(4*time.Hour), Updated), ev(c.Add(5*time.Hour), Resolved)}
	st, err := Evaluate(resp, tl, c.Add(10*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, Met, st.Stage)
	assert.Equal(t, 40*time.Minute, st.Elapsed.Std())
	assert.Empty(t, st.History)

	st, err = Evaluate(upd, tl, c.Add(10*time.Hour))
	require.NoError(t, err)
	// Cycles: 0→40m met, 40m→3h breached (2h20m), 3h→4h met, 4h→5h met.
	cs := st.Cycles()
	require.Len(t, cs, 4)
	assert.Equal(t, []Stage{Met, Breached, Met, Met}, []Stage{cs[0].Stage, cs[1].Stage, cs[2].Stage, cs[3].Stage})
	assert.True(t, cs[1].BreachAt.Equal(c.Add(160*time.Minute)))
}

func TestReopenModes(t *testing.T) {
	c := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tl := []Event{ev(c, Created), ev(c.Add(2*time.Hour), Resolved), ev(c.Add(5*time.Hour), Reopened), ev(c.Add(6*time.Hour), Resolved)}
	now := c.Add(10 * time.Hour)
	for _, tc := range []struct {
		mode            ReopenMode
		cycles          int
		elapsed, paused time.Duration
		stage           Stage
		firstStage      Stage
	}{
		{ReopenNewCycle, 2, time.Hour, 0, Met, Met},
		{ReopenContinue, 1, 6 * time.Hour, 0, Breached, Breached},
		{ReopenPauseClosed, 1, 3 * time.Hour, 3 * time.Hour, Met, Met},
	} {
		t.Run(tc.mode.String(), func(t *testing.T) {
			tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(4 * time.Hour), Conditions: &Conditions{Reopen: tc.mode}}, nil)
			require.NoError(t, err)
			st, err := Evaluate(tg, tl, now)
			require.NoError(t, err)
			require.Len(t, st.Cycles(), tc.cycles)
			assert.Equal(t, tc.elapsed, st.Elapsed.Std())
			assert.Equal(t, tc.paused, st.Paused.Std())
			assert.Equal(t, tc.stage, st.Stage)
			assert.Equal(t, tc.firstStage, st.Cycles()[0].Stage)
		})
	}
}

func TestResumeConditionCancelReset(t *testing.T) {
	c := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(4 * time.Hour), Conditions: &Conditions{
		Pause:  []string{"Waiting"},
		Resume: Condition{Events: []EventKind{CustomerReplied}},
		Cancel: Condition{States: []string{"Duplicate"}},
		Reset:  Condition{Events: []EventKind{Reopened}},
	}}, nil)
	require.NoError(t, err)
	tl := []Event{ev(c, Created), state(c.Add(time.Hour), "Waiting"), state(c.Add(2*time.Hour), "Open"), ev(c.Add(3*time.Hour), CustomerReplied)}
	st, err := Evaluate(tg, tl, c.Add(4*time.Hour))
	require.NoError(t, err)
	// Leaving "Waiting" does not resume: only the customer's reply does.
	assert.Equal(t, 2*time.Hour, st.Elapsed.Std())
	assert.Equal(t, 2*time.Hour, st.PausedWall.Std())

	st, err = Evaluate(tg, append(tl, state(c.Add(5*time.Hour), "Duplicate")), c.Add(6*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, Cancelled, st.Stage)
	assert.False(t, st.Breached)

	st, err = Evaluate(tg, append(tl, ev(c.Add(5*time.Hour), Reopened)), c.Add(6*time.Hour))
	require.NoError(t, err)
	require.Len(t, st.History, 1)
	assert.Equal(t, Cancelled, st.History[0].Stage)
	assert.Equal(t, Running, st.Stage)
	assert.Equal(t, time.Hour, st.Elapsed.Std())
	assert.True(t, st.Start.Equal(c.Add(5*time.Hour)))
}

func TestBadTimelines(t *testing.T) {
	tg := resolutionTarget(t, Business(time.Hour), nil)
	c := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	_, err := Evaluate(tg, nil, c)
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Evaluate(tg, []Event{ev(c, Responded)}, c)
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Evaluate(tg, []Event{ev(c, Created), ev(c.Add(-time.Minute), Responded)}, c)
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Evaluate(tg, []Event{ev(c, Created), {At: c, Kind: StateChanged}}, c)
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Evaluate(tg, []Event{ev(c, Created), {At: c, Kind: 99}}, c)
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Evaluate(tg, []Event{ev(c, Created), {Kind: Resolved}}, c)
	assert.ErrorIs(t, err, ErrEvent) // the zero instant sorts first
	_, err = Evaluate(tg, []Event{ev(c, Created), {At: c.Add(time.Hour), Kind: Created, Priority: "P1"}}, c)
	assert.ErrorIs(t, err, ErrEvent)
	var e *itsm.Error
	require.True(t, errors.As(err, &e))
	assert.Contains(t, err.Error(), "created")

	// Out of order: sorted stably; the input is not modified.
	tl := []Event{ev(c, Created), state(c.Add(3*time.Hour), "Awaiting Vendor"), state(c.Add(time.Hour), "Awaiting User Info"), state(c.Add(2*time.Hour), "Open")}
	keep := append([]Event(nil), tl...)
	st, err := Evaluate(tg, tl, c.Add(4*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, keep, tl)
	assert.Equal(t, 2*time.Hour, st.Elapsed.Std())
	assert.Equal(t, 2*time.Hour, st.PausedWall.Std())

	// Exact duplicates are ignored; creation at the same instant as another
	// event listed before it still comes first.
	dup := []Event{ev(c.Add(time.Hour), Resolved), ev(c, Created), ev(c, Created), ev(c.Add(time.Hour), Resolved)}
	st, err = Evaluate(tg, dup, c.Add(4*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, Met, st.Stage)
	assert.Equal(t, time.Hour, st.Elapsed.Std())
	// A retried delivery repeats the event just before it and is ignored: a
	// doubled reopen opens one cycle.
	rdup := []Event{ev(c, Created), ev(c.Add(time.Hour), Resolved), ev(c.Add(2*time.Hour), Reopened),
		ev(c.Add(2*time.Hour), Reopened), ev(c.Add(3*time.Hour), Resolved)}
	st, err = Evaluate(tg, rdup, c.Add(4*time.Hour))
	require.NoError(t, err)
	assert.Len(t, st.Cycles(), 2)
	assert.Equal(t, Met, st.Stage)
	// A repeat with another event between is a real change, even within one
	// instant (minute-resolution exports): reopened, resolved and reopened
	// again leaves the ticket open in a third cycle.
	again := []Event{ev(c, Created), ev(c.Add(time.Hour), Resolved), ev(c.Add(2*time.Hour), Reopened),
		ev(c.Add(2*time.Hour), Resolved), ev(c.Add(2*time.Hour), Reopened)}
	st, err = Evaluate(tg, again, c.Add(150*time.Minute))
	require.NoError(t, err)
	assert.Len(t, st.Cycles(), 3)
	assert.Equal(t, Running, st.Stage)
	assert.Equal(t, 30*time.Minute, st.Elapsed.Std())
	// Waiting, Open, Waiting in one instant ends paused (found by
	// TestClockAgainstModel: the second Waiting used to be dropped as a
	// duplicate of the first, leaving the clock running).
	half := c.Add(30 * time.Minute)
	wow := []Event{ev(c, Created), state(half, "Awaiting User Info"), state(half, "Open"), state(half, "Awaiting User Info")}
	st, err = Evaluate(tg, wow, c.Add(4*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, Paused, st.Stage)
	assert.Equal(t, 30*time.Minute, st.Elapsed.Std())

	// now before creation: not started.
	st, err = Evaluate(tg, []Event{ev(c, Created)}, c.Add(-time.Hour))
	require.NoError(t, err)
	assert.Equal(t, NotStarted, st.Stage)
}
