package sla

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A warning or escalation instant beyond the calendar's supported range
// (calendar.MaxYear) is not an error of the explanation or the timer: it is
// reported as not within reach (a zero instant) and the rest is computed.
// Regression: Explain failed where Evaluate succeeded (found by
// FuzzEvaluate: a paused, breached cycle evaluated in 2246 projected its
// 150 % warning from then), and NextChange failed likewise.
func TestProjectionsBeyondCalendarRange(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(16 * time.Hour),
		Thresholds:  thresholds(t, "50", "75", "150"),
		Escalations: []Escalation{{Name: "after", Offset: itsm.Duration(2 * time.Hour)}, {Name: "before", Offset: itsm.Duration(-time.Hour)}},
		Conditions:  &Conditions{Pause: []string{"Waiting"}}}, office())
	require.NoError(t, err)
	c := at(2189, time.December, 30, 9, 0) // Wednesday; the range ends with 2189
	running := []Event{{At: c, Kind: Created}}
	now := at(2189, time.December, 31, 17, 30) // past the 16 h deadline (Thu 16:00)
	st, err := Evaluate(tg, running, now)
	require.NoError(t, err)
	require.Equal(t, Breached, st.Stage)
	require.True(t, st.Deadline.Equal(at(2189, time.December, 31, 16, 0)), st.Deadline)

	x, err := Explain(tg, running, now)
	require.NoError(t, err)
	w := warningAt(t, x.Warnings, "150")
	assert.True(t, w.At.IsZero(), "150%% lies in 2190: %v", w.At)
	assert.False(t, w.Reached)
	assert.True(t, warningAt(t, x.Warnings, "50").Reached)
	require.Len(t, x.Escalations, 2)
	assert.True(t, x.Escalations[0].At.IsZero(), "2 h after the deadline lies in 2190: %v", x.Escalations[0].At)
	assert.True(t, x.Escalations[1].At.Equal(at(2189, time.December, 31, 15, 0)), x.Escalations[1].At)
	esc, err := st.escalations()
	require.NoError(t, err)
	assert.Equal(t, x.Escalations, esc)
	_, due, err := st.NextChange()
	require.NoError(t, err)
	assert.False(t, due, "nothing more happens within the calendar's range")

	// Paused and breached, evaluated after the range (the fuzz input).
	paused := []Event{{At: c, Kind: Created}, state(at(2189, time.December, 31, 17, 10), "Waiting")}
	far := time.Date(2246, time.August, 4, 15, 25, 45, 0, berlin)
	st, err = Evaluate(tg, paused, far)
	require.NoError(t, err)
	x, err = Explain(tg, paused, far)
	require.NoError(t, err)
	assert.Equal(t, st, x.Status)
	assert.True(t, warningAt(t, x.Warnings, "150").At.IsZero())
}
