package sla

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lateSpec is a policy where P3 has no response target and P1 has one of
// 15 minutes; the resolution slot is covered at both priorities.
func lateSpec(mode PriorityChangeMode) PolicySpec {
	return PolicySpec{
		PriorityChange: mode,
		Conditions: map[Metric]Conditions{
			Resolution: {Pause: pauseStates, Resume: Condition{Events: []EventKind{CustomerReplied}}},
		},
		Rules: []Rule{
			{Name: "P1", Priorities: []string{"P1"}, Targets: []TargetSpec{
				{Name: "P1 response", Metric: Response, Goal: Business(15 * time.Minute)},
				{Name: "P1 resolution", Metric: Resolution, Goal: Business(4 * time.Hour)},
			}},
			{Name: "P3", Priorities: []string{"P3"}, Targets: []TargetSpec{
				{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour)},
			}},
			{Name: "P5", Priorities: []string{"P5"}}, // no targets at all
		},
	}
}

func latePolicy(t testing.TB, mode PriorityChangeMode) *Policy {
	p, err := NewPolicy(lateSpec(mode), nil)
	require.NoError(t, err)
	return p
}

func findSlot(sts []Status, slot string) (Status, bool) {
	for _, s := range sts {
		if s.Slot == slot {
			return s, true
		}
	}
	return Status{}, false
}

// The example: a response target that appears with a priority
// change after the response was given. Regression: in every mode the P1
// response clock started at the change, after the response, and reported
// "breached, running" forever.
//
// ServiceNow attaches an SLA only if its start condition matches and
// neither its stop nor its cancel condition does ("Determining how SLAs
// are attached to records", KB0541345; "SLA transitions" in the product
// documentation: "If Start condition matches and both Stop and Cancel
// conditions don't match → Attach"), so under KeepElapsed and Restart the
// clock is not attached. Under Retroactive the new target is replayed from
// the ticket's start: the response at 09:10 met it within 15 minutes.
func TestLateAttachSeesStop(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{ID: "INC1", Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		ev(c.Add(10*time.Minute), Responded),
		{At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}
	now := c.Add(2 * time.Hour)
	for _, tc := range []struct {
		mode     PriorityChangeMode
		attached bool
	}{{KeepElapsed, false}, {Restart, false}, {Retroactive, true}} {
		t.Run(tc.mode.String(), func(t *testing.T) {
			p := latePolicy(t, tc.mode)
			sts, err := p.Evaluate(tk, now)
			require.NoError(t, err)
			resp, ok := findSlot(sts, "SLA response")
			require.Equal(t, tc.attached, ok, "response clock attached")
			if ok {
				assert.Equal(t, Met, resp.Stage)
				assert.False(t, resp.Breached)
				assert.False(t, resp.Running)
				assert.Equal(t, "P1 response", resp.Target)
				assert.Equal(t, "P1", resp.Priority)
				assert.True(t, resp.Start.Equal(c), resp.Start)
				assert.True(t, resp.End.Equal(c.Add(10*time.Minute)), resp.End)
				assert.Equal(t, 10*time.Minute, resp.Elapsed.Std())
				assert.Empty(t, resp.History)
			}
			// Nothing about the response is due any more.
			next, due, err := nextChange(sts)
			require.NoError(t, err)
			res, _ := findSlot(sts, "SLA resolution")
			if due {
				wantNext, _, err := res.NextChange()
				require.NoError(t, err)
				assert.True(t, next.Equal(wantNext), "only the resolution clock is due: %v", next)
			}
			// Explain agrees with Evaluate.
			xs, err := p.Explain(tk, now)
			require.NoError(t, err)
			require.Len(t, xs, len(sts))
			for i := range xs {
				assert.Equal(t, sts[i], xs[i].Status)
			}
		})
	}
}

type lateWant struct {
	stage           Stage
	start           time.Time
	elapsed, paused time.Duration
}

// A clock that attaches late sees the pause, resume and cancel conditions
// that already hold, in every mode: it is the clock of the new target
// replayed over the history, counting from the attach (KeepElapsed,
// Restart) or from the replay's start (Retroactive).
func TestLateAttachSeesPauseAndCancel(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	for _, tc := range []struct {
		name   string
		events []Event
		now    time.Time
		// per mode: stage, start and elapsed of the resolution clock ("" stage: no status)
		want map[PriorityChangeMode]lateWant
	}{
		{
			// Paused when the target appears: it attaches paused.
			name: "paused",
			events: []Event{
				{At: c, Kind: Created, State: "New", Priority: "P5"},
				state(c.Add(30*time.Minute), "Awaiting User Info"),
				{At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"},
			},
			now: c.Add(2 * time.Hour),
			want: map[PriorityChangeMode]lateWant{
				KeepElapsed: {Paused, c.Add(time.Hour), 0, time.Hour},
				Restart:     {Paused, c.Add(time.Hour), 0, time.Hour},
				Retroactive: {Paused, c, 30 * time.Minute, 90 * time.Minute},
			},
		},
		{
			// Left the pause state but the customer has not replied: the
			// Resume condition still holds the clock. Regression: under
			// KeepElapsed and Restart the clock attached running.
			name: "awaiting resume",
			events: []Event{
				{At: c, Kind: Created, State: "New", Priority: "P5"},
				state(c.Add(30*time.Minute), "Awaiting User Info"),
				state(c.Add(45*time.Minute), "In Progress"),
				{At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"},
				ev(c.Add(90*time.Minute), CustomerReplied),
			},
			now: c.Add(2 * time.Hour),
			want: map[PriorityChangeMode]lateWant{
				KeepElapsed: {Running, c.Add(time.Hour), 30 * time.Minute, 30 * time.Minute},
				Restart:     {Running, c.Add(time.Hour), 30 * time.Minute, 30 * time.Minute},
				Retroactive: {Running, c, time.Hour, time.Hour},
			},
		},
		{
			// Resolved before the target appears, reopened after: the
			// change takes effect at the reopen. Regression: a slot that
			// never had a target got no clock at all.
			name: "resolved then reopened",
			events: []Event{
				{At: c, Kind: Created, State: "New", Priority: "P5"},
				{At: c.Add(30 * time.Minute), Kind: Resolved, State: "Resolved"},
				{At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"},
				{At: c.Add(90 * time.Minute), Kind: Reopened, State: "In Progress"},
			},
			now: c.Add(2 * time.Hour),
			want: map[PriorityChangeMode]lateWant{
				KeepElapsed: {Running, c.Add(90 * time.Minute), 30 * time.Minute, 0},
				Restart:     {Running, c.Add(90 * time.Minute), 30 * time.Minute, 0},
				// Replayed from creation: met at the resolve, a new cycle at the reopen.
				Retroactive: {Running, c.Add(90 * time.Minute), 30 * time.Minute, 0},
			},
		},
	} {
		for mode, w := range tc.want {
			t.Run(tc.name+"/"+mode.String(), func(t *testing.T) {
				p := latePolicy(t, mode)
				sts, err := p.Evaluate(Ticket{Events: tc.events}, tc.now)
				require.NoError(t, err)
				res, ok := findSlot(sts, "SLA resolution")
				require.True(t, ok)
				assert.Equal(t, "P1 resolution", res.Target)
				assert.Equal(t, w.stage, res.Stage)
				assert.True(t, res.Start.Equal(w.start), "start %v", res.Start)
				assert.Equal(t, w.elapsed, res.Elapsed.Std(), "elapsed")
				assert.Equal(t, w.paused, res.PausedWall.Std(), "paused")
			})
		}
	}
}

// A response target swapped in by a priority change whose stop condition
// differs from the old target's: the new target's stop already held (the
// response was given), so the clock does not run on. Regression: the
// retroactive replay ignored stops other than resolve/close and cancels,
// and KeepElapsed/Restart never looked.
func TestSwapSeesStopOfNewTarget(t *testing.T) {
	onlyResolve := &Conditions{Stop: Condition{Events: []EventKind{Resolved}}}
	spec := PolicySpec{Rules: []Rule{
		{Priorities: []string{"P1"}, Targets: []TargetSpec{{Name: "P1 ack", Metric: Response, Goal: Business(15 * time.Minute)}}},
		{Priorities: []string{"P3"}, Targets: []TargetSpec{{Name: "P3 ack", Metric: Response, Goal: Business(8 * time.Hour), Conditions: onlyResolve}}},
	}}
	c := at(2026, time.November, 23, 9, 0)
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, Priority: "P3"},
		ev(c.Add(10*time.Minute), Responded),
		{At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}
	for _, tc := range []struct {
		mode  PriorityChangeMode
		stage Stage
		end   time.Time
	}{
		// The same cycle under the new goal: its stop holds, it ends at the change (elapsed 1 h > 15 m: breached at the change).
		{KeepElapsed, Breached, c.Add(time.Hour)},
		// The old cycle is cancelled; the new one does not attach.
		{Restart, Cancelled, c.Add(time.Hour)},
		// Replayed from the start: met at the response.
		{Retroactive, Met, c.Add(10 * time.Minute)},
	} {
		spec.PriorityChange = tc.mode
		p, err := NewPolicy(spec, nil)
		require.NoError(t, err)
		sts, err := p.Evaluate(tk, c.Add(2*time.Hour))
		require.NoError(t, err)
		st := find(t, sts, "SLA response")
		assert.Equal(t, tc.stage, st.Stage, tc.mode.String())
		assert.True(t, st.End.Equal(tc.end), "%s: end %v", tc.mode, st.End)
		assert.False(t, st.Running, tc.mode.String())
	}
}

// A clock does not start while the ticket is in one of its Stop or Cancel
// states: the condition already holds (ServiceNow attaches only when the
// start condition matches and neither stop nor cancel does, KB0541345).
// Regression: it started and ran, "breached, running", until the ticket
// happened to enter the stop state again.
func TestStartWhileStopOrCancelStateHolds(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "ack", Metric: "acknowledge", Goal: Business(time.Hour), Conditions: &Conditions{
		Start:  Condition{Events: []EventKind{Created, Assigned}},
		Stop:   Condition{States: []string{"Done"}},
		Cancel: Condition{States: []string{"Withdrawn"}},
	}}, nil)
	require.NoError(t, err)
	c := at(2026, time.November, 23, 9, 0)
	now := c.Add(5 * time.Hour)
	for _, tc := range []struct {
		name   string
		events []Event
		stage  Stage
		cycles int
	}{
		{"created in the stop state", []Event{{At: c, Kind: Created, State: "Done"}}, NotStarted, 0},
		{"created in the cancel state", []Event{{At: c, Kind: Created, State: "Withdrawn"}}, NotStarted, 0},
		{"assigned while done", []Event{{At: c, Kind: Created, State: "New"}, state(c.Add(time.Minute), "Done"),
			{At: c.Add(time.Hour), Kind: Assigned, Assignee: "ops"}}, Met, 1},
		{"assigned while withdrawn", []Event{{At: c, Kind: Created, State: "New"}, state(c.Add(time.Minute), "Withdrawn"),
			{At: c.Add(time.Hour), Kind: Assigned, Assignee: "ops"}}, Cancelled, 1},
		{"assigned after leaving", []Event{{At: c, Kind: Created, State: "New"}, state(c.Add(time.Minute), "Done"),
			state(c.Add(2*time.Minute), "New"), {At: c.Add(time.Hour), Kind: Assigned, Assignee: "ops"}}, Breached, 2},
	} {
		st, err := Evaluate(tg, tc.events, now)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.stage, st.Stage, tc.name)
		assert.Len(t, st.Cycles(), tc.cycles, tc.name)
	}
}
