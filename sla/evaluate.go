package sla

import (
	"math"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Evaluate replays a ticket's timeline through one target's clock and
// returns its status as of now. It is a pure function: the same target,
// events and now give the same status; nothing is stored between calls, so
// "SLA repair", what-if and history views are replays too.
//
// Events after now are ignored (an event exactly at now counts), so
// evaluating a prefix of a timeline equals evaluating the whole timeline at
// the prefix's end. The timeline is sorted stably by time if needed (the
// input is not modified); see the package documentation for the rules on
// bad input. With a single target there are no priority switches: priority
// changes are recorded on the cycle but do not change the target.
func Evaluate(t *Target, events []Event, now time.Time) (Status, error) {
	if t == nil {
		return Status{}, nilTarget("evaluate")
	}
	ev, err := normalize(events, nil, nil)
	if err != nil {
		return Status{}, err
	}
	en := engine{ev: ev, now: now, fixed: t, slot: t.slot}
	en.run()
	st := en.status()
	if en.err != nil {
		return Status{}, en.err
	}
	return st, nil
}

type phase uint8

const (
	phIdle phase = iota
	phRunning
	phPaused
	phEnded
)

// clock is one cycle being replayed.
type clock struct {
	t                                       *Target
	num                                     int
	start                                   time.Time
	startIdx                                int
	prio                                    string
	goal, elapsed, wall, paused, pausedWall time.Duration
	mark                                    time.Time
	ph                                      phase
	latch                                   bool // paused and waiting for the Resume condition
	inPause                                 bool // the ticket was in a pause state at the last event
	// sched is the schedule the clock counts on now (the target's, or the
	// holding group's: sched == t.scheds[si]); startGroup the group that
	// held the ticket at the cycle's start (its goal is converted there).
	sched      Schedule
	si         int
	startGroup string
	endIdx     int // index of the event that ended the cycle
	breached   bool
	breachAt   time.Time
	due        time.Time // the goal's own instant (working days, end of day, due); zero for business durations
	end        time.Time
	stage      Stage
	byClose    bool
	byPrio     bool // cancelled because the new priority has no target
	// orphan: the ticket was reopened (ReopenNewCycle) while its priority
	// had no target; a later priority with one starts a cycle, retroactively
	// from the reopen.
	orphan   bool
	reopenAt time.Time
	reopenIx int
	// warn are the warning thresholds whose crossings the engine records
	// for an explanation (nil for Evaluate: it records only the breach).
	warn []watch
}

// engine replays a timeline for one metric slot: a fixed target, or the
// targets a policy selects for the metric as the priority changes.
type engine struct {
	ev    []Event
	now   time.Time
	pol   *Policy
	attrs map[string]string
	fixed *Target
	slot  string

	state, prio, assignee, group string
	closed                       bool

	sel     *Target // target selected for the current priority (cached)
	selPrio string
	selOK   bool

	c    clock
	hist []Cycle
	rec  *recorder
	err  error
	cur  int // index of the event being applied

	// phaseOnly: a shadow that tracks only whether its clock runs, is
	// paused or has ended (see attachPhase): no time is measured and no
	// goal computed.
	phaseOnly bool
}

func (en *engine) fail(err error) {
	if en.err == nil {
		en.err = err
	}
}

func (en *engine) run() {
	for i := range en.ev {
		e := &en.ev[i]
		if e.At.After(en.now) || en.err != nil {
			break
		}
		if isDup(en.ev, i) {
			continue
		}
		en.step(i, e)
	}
	en.advance(en.now)
}

// isDup reports whether ev[i] repeats the event just before it (same
// instant, equal in every field): a retried delivery, ignored. Only the
// neighbour counts — in "Waiting, Open, Waiting" within one instant the
// second Waiting is a real change, and skipping it would leave the ticket
// open.
func isDup(ev []Event, i int) bool {
	return i > 0 && ev[i-1].equal(&ev[i])
}

func (en *engine) selectTarget() *Target {
	if en.fixed != nil {
		return en.fixed
	}
	// Rules match on priority and fixed attributes: reselect only when the
	// priority changed.
	if !en.selOK || en.selPrio != en.prio {
		en.sel, en.selPrio, en.selOK = en.pol.selectTarget(en.slot, en.prio, en.attrs), en.prio, true
	}
	return en.sel
}

func (en *engine) active() bool { return en.c.ph == phRunning || en.c.ph == phPaused }

// satAdd and satSub are a + b and a − b clamped to the range of
// time.Duration. Counted time comes from the schedule, which the package
// trusts to keep its contract but never to keep it within range: no sum
// or difference of durations wraps around.
func satAdd(a, b time.Duration) time.Duration { return xmath.SatAddDuration(a, b) }

func satSub(a, b time.Duration) time.Duration {
	if d, ok := xmath.SubDuration(a, b); ok {
		return d
	}
	if b < 0 {
		return math.MaxInt64
	}
	return math.MinInt64
}

// advance moves the clock's mark to t, accumulating counted or paused time
// and detecting the breach.
func (en *engine) advance(t time.Time) {
	c := &en.c
	if en.err != nil || !en.active() {
		return
	}
	// wall > 0 exactly when t.After(c.mark): Sub keeps the sign when it
	// saturates, and compares monotonic readings exactly when After does.
	wall := xmath.SubTime(t, c.mark)
	if wall <= 0 {
		return
	}
	if en.phaseOnly {
		c.mark = t
		return
	}
	b := c.sched.Between(c.mark, t)
	if c.ph == phRunning {
		if need := satSub(c.goal, c.elapsed); !c.breached && (need <= 0 || b >= need) {
			// The breach: the goal reached like the breach (crossing.go),
			// strictly inside the stretch. (Most stretches count less than
			// the goal leaves: they skip the call.)
			r, have, err := reachIn(c.sched, c.due, c.mark, c.elapsed, b, c.goal, true)
			if err != nil {
				en.fail(wrapSched("target "+quote(c.t.spec.Name), c.mark, err))
				return
			}
			if have && r.Before(t) {
				c.breached, c.breachAt = true, r
			}
		}
		if c.warn != nil {
			if err := c.crossWatches(c.mark, t, c.elapsed, b); err != nil {
				en.fail(wrapSched("target "+quote(c.t.spec.Name)+" threshold", c.mark, err))
				return
			}
		}
		c.elapsed = satAdd(c.elapsed, b)
		c.wall = satAdd(c.wall, wall)
		if en.rec != nil {
			en.rec.counted(c, c.mark, t, b, en.group, en.assignee)
		}
	} else {
		c.paused = satAdd(c.paused, b)
		c.pausedWall = satAdd(c.pausedWall, wall)
		if en.rec != nil {
			en.rec.add(Segment{Cycle: c.num, Start: c.mark, End: t, Kind: SegmentPaused, Counted: itsm.Duration(b),
				Group: en.group, Assignee: en.assignee, Schedule: c.t.names[c.si], tg: c.t})
		}
	}
	c.mark = t
}

// quiet reports whether e changes nothing but the ticket's fields: for an
// active clock no condition matches, the pause state stays, the priority
// stays; with no clock running, no start matches. Its interval then need
// not be measured separately (Between is additive), which saves a
// schedule lookup per such event. Explanations record every event, so
// they never take this path.
func (en *engine) quiet(e *Event) bool {
	if en.rec != nil {
		return false
	}
	switch e.Kind {
	case Created, Reopened, PriorityChanged, Resolved, Closed:
		return false
	}
	if e.Priority != "" && e.Priority != en.prio {
		return false
	}
	if !en.active() {
		// No clock runs: only a start can change anything (a reopen, a
		// priority change and a resolve are never quiet). A start that
		// would not begin for another reason (a closed ticket, an end
		// condition that holds) goes the long way too.
		sel := en.selectTarget()
		if sel == nil {
			return true
		}
		byKind, maybe := sel.start.mayMatch(e)
		return !byKind && (!maybe || !sel.cond.Start.matches(e))
	}
	if e.Kind == Assigned && en.c.t.aware {
		return false
	}
	cd := &en.c.t.cond
	if byKind, maybe := en.c.t.end.mayMatch(e); byKind || (maybe && (cd.Cancel.matches(e) || cd.Stop.matches(e) || cd.Reset.matches(e))) {
		return false
	}
	st := en.state
	if e.State != "" {
		st = e.State
	}
	want := cd.paused(st)
	if want != en.c.inPause {
		return false // a pause state entered or left: the latch may change
	}
	if en.c.ph == phRunning {
		return !want
	}
	return want || cd.away(en.group) || (en.c.latch && !cd.Resume.matches(e))
}

func (en *engine) step(i int, e *Event) {
	en.cur = i
	if en.quiet(e) {
		if e.State != "" {
			en.state = e.State
		}
		if e.Kind == Assigned {
			en.group, en.assignee = e.Group, e.Assignee
		}
		return
	}
	t := e.At
	en.advance(t)
	prevPrio := en.prio
	if e.State != "" {
		en.state = e.State
	}
	if e.Priority != "" {
		en.prio = e.Priority
	}
	if e.Kind == Assigned || e.Kind == Created {
		en.group, en.assignee = e.Group, e.Assignee
		if en.active() && en.c.t.groupIdx != nil {
			// A hand-over: the stretch up to it was counted on the
			// previous holder's schedule (advance above); from here on
			// the clock counts on the new holder's.
			en.c.setSched(en.c.t.schedFor(en.group))
		}
	}
	switch e.Kind {
	case Resolved, Closed:
		en.closed = true
	case Reopened:
		en.closed = false
	}
	sel := en.selectTarget()
	if en.fixed == nil && e.Kind != Created && (en.prio != prevPrio || (e.Kind == Reopened && en.detached())) {
		// The target changed, or a ticket whose slot had no clock for
		// lack of a target was reopened (a priority change while it was
		// resolved takes effect now).
		if en.switchTarget(i, t, sel) {
			return // the switch replayed this event under the new target
		}
	}
	if en.active() {
		en.c.prio = en.prio
		cd := &en.c.t.cond
		switch {
		case cd.Cancel.matches(e):
			en.finish(t, Cancelled, false)
		case cd.Stop.matches(e):
			en.finish(t, Met, e.Kind == Resolved || e.Kind == Closed || (e.State != "" && containsStr(cd.Stop.States, e.State)))
		case cd.Reset.matches(e):
			tg := en.c.t
			en.finish(t, Cancelled, false)
			en.begin(i, t, tg, t)
		}
	}
	if e.Kind == Reopened && en.c.ph == phEnded && en.c.byClose && en.c.stage != Cancelled {
		en.reopen(i, t, sel)
	}
	if !en.active() && sel != nil && !en.closed && sel.cond.Start.matches(e) && !en.endHolds(sel) {
		en.begin(i, t, sel, t)
	}
	en.pauseLogic(e)
}

// endHolds reports whether the ticket is in one of tg's Stop or Cancel
// states: a clock of tg does not start then, since its stop or cancel
// condition already holds (ServiceNow attaches an SLA only when its start
// condition matches and neither its stop nor its cancel condition does).
func (en *engine) endHolds(tg *Target) bool {
	cd := &tg.cond
	if en.state != "" && (containsStr(cd.Stop.States, en.state) || containsStr(cd.Cancel.States, en.state)) {
		return true
	}
	return (en.group != "" && (containsStr(cd.Stop.Groups, en.group) || containsStr(cd.Cancel.Groups, en.group))) ||
		(en.assignee != "" && (containsStr(cd.Stop.Assignees, en.assignee) || containsStr(cd.Cancel.Assignees, en.assignee)))
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pauseLogic applies the pause, resume and held-by conditions after event
// e. Entering a pause state latches a clock with a Resume condition: it
// waits for that condition after leaving the pause states. The clock runs
// when the ticket is in no pause state, not latched, and held by one of
// the HeldBy groups (if any); otherwise it is paused.
func (en *engine) pauseLogic(e *Event) {
	if !en.active() {
		return
	}
	c := &en.c
	cd := &c.t.cond
	want := cd.paused(en.state)
	if want && !c.inPause && !cd.Resume.isZero() {
		c.latch = true
	}
	c.inPause = want
	if c.latch && !want && cd.Resume.matches(e) {
		c.latch = false
	}
	if want || c.latch || cd.away(en.group) {
		c.ph = phPaused
	} else {
		c.ph = phRunning
	}
}

// setSched makes the clock count on t.scheds[i] from now on.
func (c *clock) setSched(i int) { c.si, c.sched = i, c.t.scheds[i] }

// begin starts a new cycle of target tg at start (≤ the current event's
// instant), pushing the previous cycle into the history.
func (en *engine) begin(i int, now time.Time, tg *Target, start time.Time) {
	if en.c.ph != phIdle {
		en.hist = append(en.hist, en.c.snapshot(en.c.end))
	}
	var goal time.Duration
	var due time.Time
	if !en.phaseOnly {
		var err error
		if goal, due, err = tg.goalSpan(start, en.group); err != nil {
			en.fail(err)
			return
		}
	}
	en.c = clock{t: tg, num: en.c.num + 1, start: start, startIdx: i, prio: en.prio, goal: goal, due: due, mark: start, ph: phRunning, startGroup: en.group}
	en.c.setSched(tg.schedFor(en.group))
	if en.rec != nil {
		en.c.warn = watches(tg, goal, start)
	}
}

// finish ends the current cycle at t.
func (en *engine) finish(t time.Time, st Stage, byClose bool) {
	c := &en.c
	if st == Met && c.breached {
		st = Breached
	}
	c.ph, c.end, c.stage, c.byClose, c.latch, c.byPrio = phEnded, t, st, byClose, false, false
	c.endIdx = en.cur
}

// detached reports whether the slot has no clock for lack of a target:
// none was ever selected, the last cycle was cancelled because the new
// priority had no target, or the ticket was reopened while it had none.
// A target that appears then attaches late (see switchTarget).
func (en *engine) detached() bool {
	c := &en.c
	return c.ph == phIdle || (c.ph == phEnded && (c.byPrio || c.orphan))
}

// switchTarget applies the policy's priority-change mode at event i, after
// the priority changed (or a detached slot's ticket was reopened), and
// reports whether it handled event i for the slot completely (the event
// was replayed under the new target); if not, step applies the event's
// conditions as usual.
//
// A clock that attaches or is swapped in sees the conditions that already
// hold: its target is replayed over the ticket's history from the slot's
// origin (see shadow) through event i. Under Retroactive that replay is
// the new clock. Under KeepElapsed and Restart only its state is used —
// running, paused (also waiting for a Resume), or ended by a stop or
// cancel — while the counting starts at the change: an ended replay means
// the stop or cancel condition already holds, and the clock is not
// attached (ServiceNow attaches an SLA only when its start condition
// matches and neither its stop nor its cancel condition does).
func (en *engine) switchTarget(i int, t time.Time, sel *Target) bool {
	c := &en.c
	mode := en.pol.spec.PriorityChange
	if !en.active() {
		if sel == nil || !en.detached() {
			// No target, or the clock ended by its own conditions (a
			// priority change while resolved reaches a stopped cycle at
			// the reopen, see reopen).
			return false
		}
		// A target appears for a detached slot: replayed from creation
		// when no clock ever ran (the target's own start condition
		// decides), else from the cancelled cycle's start or from the
		// reopen without a target.
		from, forced := 0, false
		switch {
		case c.ph == phIdle:
		case c.orphan:
			from, forced = c.reopenIx, true
		default:
			from, forced = c.startIdx, true
		}
		sh := en.shadow(sel, from, forced, i, t, mode != Retroactive)
		if sh.err != nil {
			en.fail(sh.err)
			return true
		}
		if mode == Retroactive {
			en.adopt(sh)
		} else if sh.active() {
			en.begin(i, t, sel, t)
			en.c.ph, en.c.latch, en.c.inPause = sh.c.ph, sh.c.latch, sh.c.inPause
		}
		return true
	}
	if sel == c.t {
		return false
	}
	if sel == nil {
		en.finish(t, Cancelled, false)
		c.byPrio = true
		return false
	}
	sh := en.shadow(sel, c.startIdx, true, i, t, mode != Retroactive)
	if sh.err != nil {
		en.fail(sh.err)
		return true
	}
	switch mode {
	case KeepElapsed:
		goal, due, err := sel.goalSpan(c.start, c.startGroup)
		if err != nil {
			en.fail(err)
			return true
		}
		c.t, c.goal, c.due, c.prio = sel, goal, due, en.prio
		c.setSched(sel.schedFor(en.group))
		if !c.breached && c.elapsed > goal {
			// The time already counted exceeds the new goal: the breach is
			// incurred at the change, paused or not (and so is every
			// warning threshold it exceeds: switchWatches).
			c.breached, c.breachAt = true, t
		}
		if c.warn != nil {
			c.warn = switchWatches(sel, goal, c.elapsed, c.start, t)
		}
		if sh.active() {
			// The new target's pause and resume conditions as they hold
			// now (a paused clock waits for the new Resume condition, if
			// any, as a retroactive replay would).
			c.ph, c.latch, c.inPause = sh.c.ph, sh.c.latch, sh.c.inPause
		} else {
			// The new target's stop or cancel condition already holds: the
			// cycle ends at the change.
			st := Met
			if sh.c.stage == Cancelled {
				st = Cancelled
			}
			en.finish(t, st, sh.c.byClose && st == Met)
		}
	case Retroactive:
		en.finish(t, Cancelled, false)
		en.adopt(sh)
	case Restart:
		en.finish(t, Cancelled, false)
		if sh.active() {
			en.begin(i, t, sel, t)
			en.c.ph, en.c.latch, en.c.inPause = sh.c.ph, sh.c.latch, sh.c.inPause
		}
	}
	return true
}

// shadow replays target tg alone over the events from index from through
// upto (the event at instant t being handled) and returns the replaying
// engine, advanced to t: the clock a target attached at the origin would
// have now. With forced the clock is started at event from whatever tg's
// start condition says (the origin is where a clock of the slot was
// running); otherwise event from is replayed like any other (from
// creation: tg's own start condition decides). Cycle numbers continue the
// slot's. A phaseOnly shadow tracks only the clock's state (running,
// paused, waiting for a resume, ended) and measures nothing; a full one
// measures and records like the engine (a retroactive attach), and its
// cycles carry the priority that selected tg.
//
// Replaying through the same step function is what makes a late clock see
// every condition that already holds — stops, cancels, resets, pauses,
// resumes, reopens — and no more: a lone target's Evaluate over the same
// events gives the same clock (see TestRetroactiveEqualsReplayFromCreation).
func (en *engine) shadow(tg *Target, from int, forced bool, upto int, t time.Time, phaseOnly bool) *engine {
	sh := &engine{ev: en.ev, now: t, fixed: tg, slot: en.slot, phaseOnly: phaseOnly}
	sh.c.num = en.c.num
	if !phaseOnly {
		sh.rec = en.rec
	}
	if forced {
		e := &en.ev[from]
		sh.state, sh.prio = stateAt(en.ev, from), en.prio
		sh.group, sh.assignee = assignmentAt(en.ev, from)
		sh.closed = false // the origin is where a clock of the slot started or the ticket was reopened
		sh.begin(from, e.At, tg, e.At)
		sh.pauseLogic(e)
		from++
	}
	for j := from; j <= upto && sh.err == nil; j++ {
		if isDup(en.ev, j) {
			continue
		}
		sh.step(j, &en.ev[j])
	}
	sh.advance(t)
	if !phaseOnly {
		for k := range sh.hist {
			sh.hist[k].Priority = en.prio
		}
		if sh.c.ph != phIdle {
			sh.c.prio = en.prio
		}
	}
	return sh
}

// adopt makes a full shadow's clock the slot's clock: the current cycle (if
// any) goes into the history, followed by the shadow's earlier cycles.
func (en *engine) adopt(sh *engine) {
	if en.c.ph != phIdle {
		en.hist = append(en.hist, en.c.snapshot(en.c.end))
	}
	en.hist = append(en.hist, sh.hist...)
	if sh.c.ph == phIdle {
		// The target's start condition never held (then the shadow has
		// no cycles either): no clock yet.
		en.c = clock{num: en.c.num}
		return
	}
	en.c = sh.c
}

func stateAt(ev []Event, i int) string {
	for ; i >= 0; i-- {
		if ev[i].State != "" {
			return ev[i].State
		}
	}
	return ""
}

// assignmentAt returns the group and assignee holding the ticket after
// event i.
func assignmentAt(ev []Event, i int) (group, assignee string) {
	for ; i >= 0; i-- {
		if ev[i].Kind == Assigned || ev[i].Kind == Created {
			return ev[i].Group, ev[i].Assignee
		}
	}
	return "", ""
}

// reopen applies the target's reopen mode to a cycle stopped by a resolve
// or close.
func (en *engine) reopen(i int, t time.Time, sel *Target) {
	c := &en.c
	switch c.t.cond.Reopen {
	case ReopenNewCycle:
		if sel != nil {
			en.begin(i, t, sel, t)
		} else {
			c.orphan, c.reopenAt, c.reopenIx = true, t, i
		}
	case ReopenContinue, ReopenPauseClosed:
		c.mark = c.end
		c.end, c.stage, c.byClose = time.Time{}, NotStarted, false
		c.ph = phRunning
		if c.t.cond.Reopen == ReopenPauseClosed {
			c.ph = phPaused
		}
		if c.t.groupIdx != nil || en.rec != nil {
			// The closed time counts on the schedules of the groups that
			// held the ticket while it was closed, each stretch on its
			// holder's and attributed to it, split at the hand-overs in
			// between.
			group, assignee := en.group, en.assignee
			en.group, en.assignee = assignmentAt(en.ev, c.endIdx)
			c.setSched(c.t.schedFor(en.group))
			for j := c.endIdx + 1; j < i; j++ {
				if e := en.ev[j]; e.Kind == Assigned && !isDup(en.ev, j) {
					en.advance(e.At)
					en.group, en.assignee = e.Group, e.Assignee
					c.setSched(c.t.schedFor(e.Group))
				}
			}
			en.group, en.assignee = group, assignee
		}
		en.advance(t)
		c.ph, c.latch, c.inPause = phRunning, false, false
		c.prio = en.prio
		if en.fixed == nil && sel != c.t {
			// The priority changed while the ticket was resolved: the
			// continued cycle switches targets now, by the policy's mode.
			en.switchTarget(i, t, sel)
		}
	}
}

// snapshot converts the replayed clock into a Cycle as of asOf.
func (c *clock) snapshot(asOf time.Time) Cycle {
	out := Cycle{
		Number: c.num, Target: c.t.spec.Name, Kind: c.t.spec.Kind, Priority: c.prio,
		Breached: c.breached, BreachAt: c.breachAt, Start: c.start, End: c.end, AsOf: asOf,
		Goal: itsm.Duration(c.goal), Elapsed: itsm.Duration(c.elapsed), WallElapsed: itsm.Duration(c.wall),
		Paused: itsm.Duration(c.paused), PausedWall: itsm.Duration(c.pausedWall),
		Remaining: itsm.Duration(satSub(c.goal, c.elapsed)), target: c.t, due: c.due, sched: c.sched,
	}
	switch c.ph {
	case phRunning:
		out.Stage, out.Running = Running, true
	case phPaused:
		out.Stage = Paused
	case phEnded:
		out.Stage = c.stage
	}
	if c.breached {
		out.Deadline = c.breachAt
		if c.ph == phRunning || c.ph == phPaused {
			out.Stage = Breached
		}
	}
	return out
}

// status builds the Status of the slot as of en.now.
func (en *engine) status() Status {
	s := Status{Slot: en.slot, History: en.hist}
	if c := &en.c; c.t != nil {
		s.Metric = c.t.spec.Metric
	}
	c := &en.c
	if c.ph == phIdle {
		return s
	}
	s.Cycle = c.snapshot(en.now)
	if !c.breached && en.active() {
		// Projected deadline, assuming no further pause (a paused clock is
		// assumed to resume at now): the breach rule projected forward.
		d, err := project(c.sched, c.due, c.mark, satSub(c.goal, c.elapsed), true)
		if err != nil {
			en.fail(wrapSched("target "+quote(c.t.spec.Name), c.mark, err))
			return Status{}
		}
		s.Deadline = d
	}
	return s
}
