package sla

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// Cycle is the state of one clock cycle as of AsOf. Durations of counted
// time are on the target's schedule ("business"); Wall* are real time.
//
// Breach is decided on exact durations by one rule, which the engine
// applies as it replays the timeline: the breach instant is the first
// instant at which the clock runs (not paused, not stopped) with the counted
// elapsed time ≥ the goal (for a goal given as an instant — working days,
// end of day, due — not before that instant when only closed time lies
// between), and the cycle is breached at instants after it. A stop exactly
// at the deadline is met. Under [KeepElapsed] a new goal smaller than the
// time already counted is breached at the change. Warning thresholds are
// reached by the same rule (see [Threshold]).
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
	BreachAt time.Time `json:"breach_at,omitzero"` // the breach instant; zero if not breached
	// Running is true if the clock counts at AsOf: started, not paused, not
	// ended (a breached clock may still be running).
	Running bool      `json:"running"`
	Start   time.Time `json:"start"`        // when the cycle started (retroactively for a Retroactive switch)
	End     time.Time `json:"end,omitzero"` // stop or cancel instant; zero while active
	AsOf    time.Time `json:"as_of"`        // the instant the cycle was evaluated at
	// Deadline is the projected breach instant assuming no further pause: for
	// a running cycle the instant at which Remaining is used up, for a paused
	// one the same assuming the clock resumes at AsOf, for a breached one the
	// breach instant, zero for an ended cycle that did not breach.
	Deadline time.Time `json:"deadline,omitzero"`

	Goal        itsm.Duration `json:"goal"`         // counted time allowed
	Elapsed     itsm.Duration `json:"elapsed"`      // counted time, pauses excluded
	WallElapsed itsm.Duration `json:"wall_elapsed"` // real time while not paused
	Paused      itsm.Duration `json:"paused"`       // counted time spent paused (measured on the target's schedule)
	PausedWall  itsm.Duration `json:"paused_wall"`  // real time spent paused
	Remaining   itsm.Duration `json:"remaining"`    // Goal − Elapsed; negative is the overrun

	target *Target
	due    time.Time // the goal's own instant (working days, end of day, due); zero for business durations
	sched  Schedule  // the schedule the clock counts on as of AsOf (the holding group's when it follows the team)
}

// active reports whether the clock is running or paused (Breached counts as
// active while the cycle has not ended).
func (c Cycle) active() bool { return c.End.IsZero() && c.Stage != NotStarted && c.Stage != Cancelled }

// settle is clock.settle for the cycle's goal (see settleOn).
func (c Cycle) settle(r time.Time) time.Time {
	if c.target == nil {
		return r
	}
	return settleOn(c.sched, c.due, r)
}

// String renders the cycle on one line:
//
//	"P1 resolution" #1 (P1): running, 1h30m of 4h, deadline 2026-03-02T13:00:00Z
//	"P1 resolution" #2 (P1): breached at 2026-03-03T10:00:00Z, 5h of 4h, ended 2026-03-03T11:00:00Z
func (c Cycle) String() string {
	if c.Stage == NotStarted && c.Number == 0 {
		return "not started"
	}
	var b strings.Builder
	b.WriteString(quote(c.Target))
	b.WriteString(" #")
	b.WriteString(strconv.Itoa(c.Number))
	if c.Priority != "" {
		b.WriteString(" (" + c.Priority + ")")
	}
	b.WriteString(": ")
	b.WriteString(c.Stage.String())
	if c.Breached {
		b.WriteString(" (breached at " + c.BreachAt.Format(time.RFC3339) + ")")
	}
	b.WriteString(", " + c.Elapsed.String() + " of " + c.Goal.String())
	if c.Paused != 0 {
		b.WriteString(", paused " + c.Paused.String())
	}
	switch {
	case !c.End.IsZero():
		b.WriteString(", ended " + c.End.Format(time.RFC3339))
	case !c.Deadline.IsZero() && !c.Breached:
		b.WriteString(", deadline " + c.Deadline.Format(time.RFC3339))
	}
	return b.String()
}

// Status is a metric's clock on one ticket as of an instant: the current (or
// last) cycle, embedded, and the earlier cycles of the same metric. Its
// JSON form is the ticket, slot and metric, the current cycle's fields and
// the history.
type Status struct {
	// Ticket is the ID of the evaluated ticket ([Policy.Evaluate] copies
	// Ticket.ID; "" from [Evaluate]), so batch reports can name it.
	Ticket string `json:"ticket,omitempty"`
	Slot   string `json:"slot"`   // clock slot (see TargetSpec.Slot)
	Metric Metric `json:"metric"` // metric of the slot
	Cycle
	History []Cycle `json:"history,omitempty"` // earlier cycles, oldest first
}

// Cycles returns all cycles, oldest first (a new slice).
func (s Status) Cycles() []Cycle {
	if s.Stage == NotStarted && len(s.History) == 0 {
		return nil
	}
	return append(slices.Clone(s.History), s.Cycle)
}

// String renders the status on one line: the ticket, the slot and the
// current cycle (see [Cycle.String]), and how many cycles came before.
func (s Status) String() string {
	var b strings.Builder
	if s.Ticket != "" {
		b.WriteString("ticket " + quote(s.Ticket) + " ")
	}
	b.WriteString(quote(s.Slot) + ": " + s.Cycle.String())
	if n := len(s.History); n > 0 {
		b.WriteString(" (after " + strconv.Itoa(n) + " earlier cycle")
		if n > 1 {
			b.WriteByte('s')
		}
		b.WriteByte(')')
	}
	return b.String()
}
