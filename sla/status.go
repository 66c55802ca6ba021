package sla

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

// Stage is where a cycle stands. The zero value, NotStarted, is the stage of
// a target whose clock has not started (now before creation, or no start).
type Stage uint8

// Stages.
const (
	NotStarted Stage = iota
	Running          // counting (possibly outside service hours)
	Paused           // in a pause state
	Met              // stopped at or before its deadline
	Breached         // running past its deadline, or stopped after it
	Cancelled        // cancelled, reset or replaced (see Cycle.Breached for an incurred breach)
)

var stageNames = [...]string{"not-started", "running", "paused", "met", "breached", "cancelled"}

// String returns the stage name.
func (s Stage) String() string {
	if int(s) < len(stageNames) {
		return stageNames[s]
	}
	return fmt.Sprintf("Stage(%d)", s)
}

// MarshalText returns the stage name.
func (s Stage) MarshalText() ([]byte, error) {
	if int(s) >= len(stageNames) {
		return nil, errorf("stage", s.String(), ErrMode)
	}
	return []byte(stageNames[s]), nil
}

// UnmarshalText parses the stage name.
func (s *Stage) UnmarshalText(b []byte) error {
	i := slices.Index(stageNames[:], string(b))
	if i < 0 {
		return errorf("stage", string(b), ErrMode)
	}
	*s = Stage(i)
	return nil
}

// Active reports whether the clock is running or paused (Breached counts as
// active while the cycle has not ended).
func (c Cycle) Active() bool { return c.End.IsZero() && c.Stage != NotStarted && c.Stage != Cancelled }

// Cycle is the state of one clock cycle as of AsOf. Durations of counted
// time are on the target's schedule ("business"); Wall* are real time.
//
// Breach is decided on exact durations: the breach instant is the first
// instant at which the clock runs (not paused, not stopped) with the counted
// elapsed time ≥ the goal (for a goal given as an instant — working days,
// end of day, due — not before that instant when only closed time lies
// between), and the cycle is breached at instants after it.
// A stop exactly at the deadline is met. Under [KeepElapsed] a new goal
// smaller than the time already counted is breached at the change.
type Cycle struct {
	Number int    `json:"number"` // 1, 2, … per slot
	Target string `json:"target"` // name of the target in effect
	Kind   Kind   `json:"kind"`   // SLA, OLA or UC
	// Priority is the ticket's priority as of AsOf (or the cycle's end);
	// for a cycle replayed under [Retroactive], the priority that selected
	// its target.
	Priority string `json:"priority,omitempty"`
	Stage    Stage  `json:"stage"` // where the cycle stands as of AsOf
	// Breached is true once the cycle breached; it stays true through goal
	// switches and cancellation.
	Breached bool      `json:"breached"`
	BreachAt time.Time `json:"breachAt,omitzero"` // the breach instant; zero if not breached
	// Running is true if the clock counts at AsOf: started, not paused, not
	// ended (a breached clock may still be running).
	Running bool      `json:"running"`
	Start   time.Time `json:"start"`        // when the cycle started (retroactively for a Retroactive switch)
	End     time.Time `json:"end,omitzero"` // stop or cancel instant; zero while active
	AsOf    time.Time `json:"asOf"`         // the instant the cycle was evaluated at

	Goal        time.Duration `json:"-"` // counted time allowed
	Elapsed     time.Duration `json:"-"` // counted time, pauses excluded
	WallElapsed time.Duration `json:"-"` // real time while not paused
	Paused      time.Duration `json:"-"` // counted time spent paused (measured on the target's schedule)
	PausedWall  time.Duration `json:"-"` // real time spent paused
	Remaining   time.Duration `json:"-"` // Goal − Elapsed; negative is the overrun
	// Deadline is the projected breach instant assuming no further pause: for
	// a running cycle the instant at which Remaining is used up, for a paused
	// one the same assuming the clock resumes at AsOf, for a breached one the
	// breach instant, zero for an ended cycle that did not breach.
	Deadline time.Time `json:"deadline,omitzero"`

	target *Target
	due    time.Time // the goal's own instant (working days, end of day, due); zero for business durations
}

// settle is clock.settle for the cycle's goal (see settleOn).
func (c Cycle) settle(r time.Time) time.Time {
	if c.target == nil {
		return r
	}
	return settleOn(c.target.sched, c.due, r)
}

type plainCycle Cycle

type cycleJSON struct {
	plainCycle
	Goal        Duration `json:"goal"`
	Elapsed     Duration `json:"elapsed"`
	WallElapsed Duration `json:"wallElapsed"`
	Paused      Duration `json:"paused"`
	PausedWall  Duration `json:"pausedWall"`
	Remaining   Duration `json:"remaining"`
}

func (c Cycle) toJSON() cycleJSON {
	return cycleJSON{plainCycle(c), Duration(c.Goal), Duration(c.Elapsed), Duration(c.WallElapsed),
		Duration(c.Paused), Duration(c.PausedWall), Duration(c.Remaining)}
}

// MarshalJSON writes the cycle with readable durations ("1h30m").
func (c Cycle) MarshalJSON() ([]byte, error) { return json.Marshal(c.toJSON()) }

// TargetDef returns the target in effect (nil for a zero Cycle).
func (c Cycle) TargetDef() *Target { return c.target }

// Percent returns Elapsed / Goal in percent rounded half-even at places,
// for display only (ok is false for a zero goal). Breaches are decided on
// durations, never on this number.
func (c Cycle) Percent(places int32) (decimal.Decimal, bool) {
	if c.Goal <= 0 {
		return decimal.Decimal{}, false
	}
	// Exact half-even rounding of the true quotient (dividing to a few extra
	// places first and then rounding would round twice: 12.50004 → 12).
	return kpi.Ratio{Num: int64(c.Elapsed), Den: int64(c.Goal)}.Percent(places)
}

// Status is a metric's clock on one ticket as of an instant: the current (or
// last) cycle, embedded, and the earlier cycles of the same metric.
type Status struct {
	// Ticket is the ID of the evaluated ticket ([Policy.Evaluate] copies
	// Ticket.ID; "" from [Evaluate]), so batch reports can name it.
	Ticket string `json:"ticket,omitempty"`
	Slot   string `json:"slot"`   // clock slot (see SlotOf)
	Metric Metric `json:"metric"` // metric of the slot
	Cycle
	History []Cycle `json:"history,omitempty"` // earlier cycles, oldest first
}

// MarshalJSON writes the status: the ticket, the slot and metric, the
// current cycle's fields and the history.
func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Ticket string `json:"ticket,omitempty"`
		Slot   string `json:"slot"`
		Metric Metric `json:"metric"`
		cycleJSON
		History []Cycle `json:"history,omitempty"`
	}{s.Ticket, s.Slot, s.Metric, s.Cycle.toJSON(), s.History})
}

// Cycles returns all cycles, oldest first (a new slice).
func (s Status) Cycles() []Cycle {
	if s.Stage == NotStarted && len(s.History) == 0 {
		return nil
	}
	return append(slices.Clone(s.History), s.Cycle)
}

// Warning is a threshold instant of a cycle. A threshold of 100 % is
// reached at the cycle's deadline (see [Threshold]).
type Warning struct {
	Threshold Threshold     `json:"threshold"` // the warning level
	Elapsed   time.Duration `json:"-"`         // counted time at which it is reached
	// At is when the threshold is (or, projected assuming no further pause,
	// will be) reached; zero if the cycle ended before reaching it, or if
	// the projection lies beyond the schedule's supported range (a
	// calendar's [calendar.ErrOutOfRange]).
	At time.Time `json:"at,omitzero"`
	// Reached is true if At ≤ AsOf.
	Reached bool `json:"reached"`
}

// EscalationAt is an escalation level of a cycle as an instant.
type EscalationAt struct {
	Escalation
	// At is when the level fires; zero if that lies beyond the schedule's
	// supported range (a calendar's [calendar.ErrOutOfRange]): it never
	// fires within it.
	At time.Time `json:"at,omitzero"`
}

// Escalations returns the instants of the target's escalation levels for
// the cycle's deadline, computed on the target's schedule (so "1h before a
// Monday 08:30 deadline" on Mon–Fri 08–17 is Friday 16:30). An ended cycle
// that did not breach, and a cycle without a deadline, has none. A level
// whose instant lies beyond the schedule's supported range has a zero At;
// any other failure of the schedule is an error.
func (c Cycle) Escalations() ([]EscalationAt, error) {
	if c.target == nil || c.Deadline.IsZero() {
		return nil, nil
	}
	out := make([]EscalationAt, 0, len(c.target.spec.Escalations))
	for _, e := range c.target.spec.Escalations {
		at, err := c.target.sched.Add(c.Deadline, time.Duration(e.Offset))
		if beyondRange(err) {
			at, err = time.Time{}, nil
		}
		if err != nil {
			return nil, wrapSched("escalation "+e.Name, c.Deadline, err)
		}
		out = append(out, EscalationAt{Escalation: e, At: at})
	}
	return out, nil
}

// beyondRange reports whether err says that a schedule's answer lies
// outside its supported range (calendar.ErrOutOfRange): for a projected
// warning or escalation that means "not within reach", not a failure.
func beyondRange(err error) bool { return err != nil && errors.Is(err, calendar.ErrOutOfRange) }

func wrapSched(ctx string, t time.Time, err error) error {
	return &Error{Context: ctx, Input: t.Format(time.RFC3339Nano), Err: scheduleFailure(err)}
}

// scheduleFailure wraps err, an error of a schedule's arithmetic, in
// [ErrScheduleFailure] unless it already wraps it (WallClock's own errors
// do).
func scheduleFailure(err error) error {
	if errors.Is(err, ErrScheduleFailure) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrScheduleFailure, err)
}

// NextChange returns the earliest instant after AsOf at which the cycle's
// status changes without a new event: a warning threshold is reached, the
// deadline passes, or an escalation fires. A clock is breached only after
// its deadline (a stop exactly at the deadline is met), so for the breach
// the instant returned is one nanosecond after the deadline. ok is false if
// nothing is due (ended or paused clocks: only an event changes them).
// Warning instants are those of [Explain]: a 100 % warning fires at the
// deadline, also when the counted time ran out earlier (Friday 17:00 for a
// goal due Monday 08:00). Warnings and escalations beyond the schedule's
// supported range are never due.
func (c Cycle) NextChange() (next time.Time, ok bool, err error) {
	if c.target == nil || !c.Running {
		return time.Time{}, false, nil
	}
	consider := func(t time.Time) {
		if t.After(c.AsOf) && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	for _, th := range c.target.thresholds {
		x, fits := th.Of(c.Goal)
		// A threshold of 100 % or more whose counted time is used up may
		// still lie ahead: settled onto the goal's own instant after
		// closed time, like the deadline (Saturday, due Monday 08:00).
		if !fits || x < c.Elapsed || (x == c.Elapsed && !th.atLeast100()) {
			continue
		}
		at, e := c.target.sched.Add(c.AsOf, satSub(x, c.Elapsed))
		if beyondRange(e) {
			break // this and every later threshold lie beyond the schedule's range
		}
		if e != nil {
			return time.Time{}, false, wrapSched("threshold "+th.String(), c.AsOf, e)
		}
		if th.atLeast100() {
			at = c.settle(at)
		}
		if !at.After(c.AsOf) {
			continue
		}
		consider(at)
		break // thresholds ascend: the first one ahead is the earliest
	}
	if !c.Breached && !c.Deadline.IsZero() {
		// The breach happens just after the deadline; the status flips at the
		// deadline's next instant, which a timer at the deadline observes.
		consider(c.Deadline.Add(1))
	}
	esc, e := c.Escalations()
	if e != nil {
		return time.Time{}, false, e
	}
	for _, x := range esc {
		consider(x.At)
	}
	return next, ok, nil
}

// NextChange returns the earliest instant after each status's AsOf at which
// any of them changes without a new event (see [Cycle.NextChange]); a service
// sets one timer for it instead of polling. ok is false if nothing is due.
func NextChange(statuses []Status) (next time.Time, ok bool, err error) {
	for i := range statuses {
		t, has, e := statuses[i].Cycle.NextChange()
		if e != nil {
			return time.Time{}, false, e
		}
		if has && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	return next, ok, nil
}
