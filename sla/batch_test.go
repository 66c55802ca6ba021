package sla

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One bad record does not discard a batch: the report is computed over the
// good statuses and the bad one is named (ticket ID, slot, cycle, index).
// Regression: ComputeAttainment failed whole on one status evaluated before
// the period's end.
func TestAttainmentRejectsOneBadRecord(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := time.Date(2026, time.November, 2, 0, 0, 0, 0, berlin)
	period := itsm.Interval{Start: c, End: c.AddDate(0, 0, 7)}
	late := period.End.Add(48 * time.Hour)
	var good []Status
	for i, h := range []int{10, 30, 60} {
		tk := Ticket{ID: "INC" + string(rune('1'+i)), Events: []Event{{At: c.Add(time.Duration(h) * time.Hour), Kind: Created, Priority: "P1"},
			ev(c.Add(time.Duration(h)*time.Hour+10*time.Minute), Responded), ev(c.Add(time.Duration(h+i*3)*time.Hour), Resolved)}}
		sts, err := p.Evaluate(tk, late)
		require.NoError(t, err)
		for _, s := range sts {
			assert.Equal(t, tk.ID, s.Ticket)
		}
		good = append(good, sts...)
	}
	want, err := ComputeAttainment(period, good)
	require.NoError(t, err)
	require.Empty(t, want.Rejected)

	// INC-EARLY is still open and was evaluated before the period's end:
	// its state at the end is unknown.
	early, err := p.Evaluate(Ticket{ID: "INC-EARLY", Events: []Event{{At: c.Add(100 * time.Hour), Kind: Created, Priority: "P1"}}}, period.End.Add(-time.Hour))
	require.NoError(t, err)
	require.Len(t, early, 2)
	all := append(append(append([]Status{}, good[:2]...), early[1]), good[2:]...)
	got, err := ComputeAttainment(period, all)
	require.NoError(t, err)
	assert.Equal(t, want.Groups, got.Groups)
	assert.Equal(t, want.Targets, got.Targets)
	require.Len(t, got.Rejected, 1)
	r := got.Rejected[0]
	assert.Equal(t, 2, r.Index)
	assert.Equal(t, "INC-EARLY", r.ID)
	assert.Contains(t, r.Error(), `ticket "INC-EARLY"`)
	assert.Contains(t, r.Error(), `"SLA resolution"`)
	assert.ErrorIs(t, r, ErrConfig)
	assert.Contains(t, r.Error(), "INC-EARLY")
	var re itsm.RecordError
	require.True(t, errors.As(error(got.Rejected[0]), &re))
	b, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"rejected":[{"index":2,"kind":"ticket","id":"INC-EARLY"`)
}

// An availability SLA over outages of which one is malformed (its end
// before its start) is evaluated over the others, and the bad one is
// named. Regression: the whole evaluation failed.
func TestAvailabilityRejectsBadOutage(t *testing.T) {
	month := calendarMonth(2026, time.April, time.UTC)
	tgt := AvailabilityTarget{Name: "portal", Percent: dec("99.9")}
	out := func(startH, mins int) itsm.Interval {
		s := month.Start.Add(time.Duration(startH) * time.Hour)
		return itsm.Interval{Start: s, End: s.Add(time.Duration(mins) * time.Minute)}
	}
	good := []itsm.Interval{out(10, 20), out(200, 30)}
	maint := []itsm.Interval{out(50, 60)}
	want, err := EvaluateAvailability(tgt, month, good, maint, nil)
	require.NoError(t, err)
	bad := out(300, -5) // ends before it starts
	badMaint := itsm.Interval{Start: month.Start.Add(-time.Hour), End: month.Start.Add(-2 * time.Hour)}
	got, err := EvaluateAvailability(tgt, month, []itsm.Interval{good[0], bad, good[1]}, []itsm.Interval{badMaint, maint[0]}, nil)
	require.NoError(t, err)
	assert.Equal(t, want.Availability.Down.Std(), got.Availability.Down.Std())
	assert.Equal(t, want.Availability.Scheduled.Std(), got.Availability.Scheduled.Std())
	assert.Equal(t, want.Met, got.Met)
	assert.Equal(t, want.Margin.Std(), got.Margin.Std())
	require.Len(t, got.Rejected, 2)
	assert.Equal(t, 1, got.Rejected[0].Index)
	assert.Contains(t, got.Rejected[0].Error(), "record 1 (outage): ")
	assert.Contains(t, got.Rejected[0].Error(), "[2026-04-13T12:00:00Z, 2026-04-13T11:55:00Z)")
	assert.ErrorIs(t, got.Rejected[0], itsm.ErrInterval)
	assert.Equal(t, 0, got.Rejected[1].Index)
	assert.Contains(t, got.Rejected[1].Error(), "record 0 (maintenance): ")
	// A bad period is not a record: still an error.
	_, err = EvaluateAvailability(tgt, itsm.Interval{Start: month.End, End: month.Start}, good, nil, nil)
	assert.Error(t, err)
}

// One ticket with a broken timeline does not hide the timers of the
// others. Regression: Policy.NextChange failed whole.
func TestNextChangeRejectsBadTicket(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := at(2026, time.November, 23, 9, 0)
	goodTk := Ticket{ID: "INC1", Events: []Event{{At: c, Kind: Created, Priority: "P1"}}}
	badTk := Ticket{ID: "INC2", Events: []Event{ev(c, Responded)}} // no creation
	now := c.Add(time.Minute)
	want, ok, rejected := p.NextChange([]Ticket{goodTk}, now)
	require.Empty(t, rejected)
	require.True(t, ok)
	next, ok, rejected := p.NextChange([]Ticket{badTk, goodTk}, now)
	require.True(t, ok)
	assert.True(t, next.Equal(want), "%v", next)
	require.Len(t, rejected, 1)
	assert.Equal(t, 0, rejected[0].Index)
	assert.Contains(t, rejected[0].Error(), `ticket "INC2"`)
	assert.ErrorIs(t, rejected[0], ErrEvent)
}
