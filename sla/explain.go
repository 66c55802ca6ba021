package sla

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// SegmentKind classifies a stretch of a cycle's wall time.
type SegmentKind uint8

// Segment kinds.
const (
	SegmentCounted    SegmentKind = iota + 1 // running inside the schedule's open time
	SegmentOutOfHours                        // running, but the schedule is closed
	SegmentPaused                            // paused (Counted is the open time it covered)
)

var segmentNames = [...]string{"", "counted", "out-of-hours", "paused"}

// String returns "counted", "out-of-hours" or "paused".
func (k SegmentKind) String() string {
	if k >= SegmentCounted && k <= SegmentPaused {
		return segmentNames[k]
	}
	return fmt.Sprintf("SegmentKind(%d)", k)
}

// MarshalText returns the name.
func (k SegmentKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Segment is a half-open stretch [Start, End) of one cycle with one meaning.
// Counted is the schedule's open time inside it (zero out of hours).
// Schedules without NextOpen/NextClose report running time as one counted
// segment per stretch between events.
type Segment struct {
	Cycle    int           `json:"cycle"`              // cycle number
	Start    time.Time     `json:"start"`              // first instant
	End      time.Time     `json:"end"`                // first instant after
	Kind     SegmentKind   `json:"kind"`               // counted, out-of-hours or paused
	Counted  time.Duration `json:"-"`                  // counted time on the schedule inside it
	Assignee string        `json:"assignee,omitempty"` // who held the ticket
	tg       *Target
}

// MarshalJSON writes the segment with a readable duration.
func (s Segment) MarshalJSON() ([]byte, error) {
	type plain Segment
	return json.Marshal(struct {
		plain
		Counted Duration `json:"counted"`
	}{plain(s), Duration(s.Counted)})
}

type recorder struct {
	segs []Segment
}

func (r *recorder) add(s Segment) {
	if !s.End.After(s.Start) {
		return
	}
	if n := len(r.segs); n > 0 {
		p := &r.segs[n-1]
		if p.Cycle == s.Cycle && p.Kind == s.Kind && p.Assignee == s.Assignee && p.End.Equal(s.Start) && p.tg == s.tg {
			p.End = s.End
			p.Counted = satAdd(p.Counted, s.Counted)
			return
		}
	}
	r.segs = append(r.segs, s)
}

// counted records running time [a, b), split into open and closed parts
// when the schedule can tell them apart.
func (r *recorder) counted(c *clock, a, b time.Time, total time.Duration, who string) {
	seg := func(x, y time.Time, k SegmentKind, d time.Duration) {
		r.add(Segment{Cycle: c.num, Start: x, End: y, Kind: k, Counted: d, Assignee: who, tg: c.t})
	}
	oc, ok := c.t.sched.(openCloser)
	if !ok {
		seg(a, b, SegmentCounted, total)
		return
	}
	for x := a; x.Before(b); {
		o, err := oc.NextOpen(x)
		if err != nil || !o.Before(b) {
			seg(x, b, SegmentOutOfHours, 0)
			return
		}
		if o.After(x) {
			seg(x, o, SegmentOutOfHours, 0)
			x = o
		}
		cl, err := oc.NextClose(x)
		if err != nil || !cl.After(x) || cl.After(b) {
			cl = b
		}
		seg(x, cl, SegmentCounted, c.t.sched.Between(x, cl))
		x = cl
	}
}

// Share is the time one assignee (team or provider) held a cycle: counted
// time used up, and paused time (measured on the target's schedule).
type Share struct {
	Cycle    int           `json:"cycle"`    // cycle number
	Assignee string        `json:"assignee"` // team or provider ("" = unassigned)
	Counted  time.Duration `json:"-"`        // counted time used up while holding it
	Paused   time.Duration `json:"-"`        // counted time paused while holding it
}

// MarshalJSON writes the share with readable durations.
func (s Share) MarshalJSON() ([]byte, error) {
	type plain Share
	return json.Marshal(struct {
		plain
		Counted Duration `json:"counted"`
		Paused  Duration `json:"paused"`
	}{plain(s), Duration(s.Counted), Duration(s.Paused)})
}

// Explanation is a status with the why: the segments of every cycle, the
// warning instants and escalation instants of the current cycle, and who
// held the ticket while the clock ran.
type Explanation struct {
	Status      Status         `json:"status"`                // the same status Evaluate returns
	Segments    []Segment      `json:"segments"`              // counted, out-of-hours and paused segments of every cycle, in order
	Warnings    []Warning      `json:"warnings"`              // threshold instants of the current cycle, ascending
	Escalations []EscalationAt `json:"escalations,omitempty"` // escalation instants of the current cycle
	Attribution []Share        `json:"attribution,omitempty"` // counted and paused time per cycle and assignee
}

// Explain is [Evaluate] with the explanation. It replays the timeline the
// same way and records what Evaluate only sums up.
func Explain(t *Target, events []Event, now time.Time) (Explanation, error) {
	if t == nil {
		return Explanation{}, errorf("explain", "nil target", ErrPolicy)
	}
	ev, err := normalize(events, nil)
	if err != nil {
		return Explanation{}, err
	}
	en := engine{ev: ev, now: now, fixed: t, slot: t.slot, rec: &recorder{}}
	return en.explain()
}

func (en *engine) explain() (Explanation, error) {
	en.run()
	st := en.status()
	if en.err != nil {
		return Explanation{}, en.err
	}
	x := Explanation{Status: st, Segments: en.rec.segs}
	var err error
	if x.Warnings, err = warnings(st.Cycle, en.rec.segs); err != nil {
		return Explanation{}, err
	}
	if x.Escalations, err = st.Cycle.Escalations(); err != nil {
		return Explanation{}, err
	}
	x.Attribution = attribution(en.rec.segs)
	return x, nil
}

// WarningsOf returns the warning instants of any cycle of the explained
// status (the current one's are in Warnings), from the recorded segments.
func (x Explanation) WarningsOf(c Cycle) ([]Warning, error) { return warnings(c, x.Segments) }

// warnings computes the instant of every threshold of the cycle: from the
// recorded running segments for thresholds already reached, projected from
// AsOf (assuming no further pause) for the rest of an active cycle.
// Thresholds of 100 % and more follow the breach rule (see [Threshold]).
func warnings(c Cycle, segs []Segment) ([]Warning, error) {
	if c.target == nil {
		return nil, nil
	}
	out := make([]Warning, 0, len(c.target.thresholds))
	for _, th := range c.target.thresholds {
		w := Warning{Threshold: th}
		x, ok := th.Of(c.Goal)
		if !ok {
			out = append(out, w)
			continue
		}
		w.Elapsed = x
		var at time.Time
		var found bool
		var err error
		if th.atLeast100() {
			at, found, err = reachedLikeBreach(c, segs, x)
		} else {
			at, found, err = reachedEarliest(c, segs, x)
		}
		if err != nil {
			return nil, wrapSched("threshold "+th.String(), at, err)
		}
		if !found && c.Active() {
			p, err := c.target.sched.Add(c.AsOf, max(satSub(x, c.Elapsed), 0))
			switch {
			case beyondRange(err):
				// Not within the schedule's range: At stays zero.
			case err != nil:
				return nil, wrapSched("threshold "+th.String(), c.AsOf, err)
			case th.atLeast100():
				at = c.settle(p)
			default:
				at = p
			}
		}
		w.At = at
		w.Reached = !w.At.IsZero() && !w.At.After(c.AsOf) && found
		out = append(out, w)
	}
	return out, nil
}

// reachedEarliest returns the first instant of the cycle's counted segments
// at which the counted time reaches x (the cycle's start for x = 0); found
// is false if it has not. On error, at is the instant Add failed from.
func reachedEarliest(c Cycle, segs []Segment, x time.Duration) (at time.Time, found bool, err error) {
	var cum time.Duration
	for _, s := range segs {
		if s.Cycle != c.Number || s.Kind != SegmentCounted {
			continue
		}
		if satAdd(cum, s.Counted) >= x {
			at, err := s.tg.sched.Add(s.Start, satSub(x, cum))
			if err != nil {
				return s.Start, false, err
			}
			return at, true, nil
		}
		cum = satAdd(cum, s.Counted)
	}
	if x == 0 {
		return c.Start, true, nil
	}
	return time.Time{}, false, nil
}

// reachedLikeBreach returns the instant a threshold of 100 % or more (x
// counted) is reached by the clock's breach rule (engine.advance): the first
// running instant with elapsed ≥ x, settled onto the goal's own instant
// when only closed time lies between; an instant settled into a pause, or
// onto the end of a running stretch the clock leaves, moves on to the next
// running instant. found is false if no running instant reaches it yet (an
// active cycle then projects it from AsOf); an ended cycle that reached
// the count but stopped before the settled instant did not reach it.
func reachedLikeBreach(c Cycle, segs []Segment, x time.Duration) (at time.Time, found bool, err error) {
	var run []Segment
	var sw time.Time // when the target in effect took over (KeepElapsed switch); zero: from the start
	for _, s := range segs {
		if s.Cycle != c.Number {
			continue
		}
		if s.tg != c.target {
			sw = s.End
		}
		if s.Kind == SegmentCounted || s.Kind == SegmentOutOfHours {
			run = append(run, s)
		}
	}
	var cum time.Duration
	var first time.Time // the first candidate, for a cycle that ended on it
	switched := sw.IsZero()
	for k, s := range run {
		if !switched && !s.Start.Before(sw) {
			// The count before the switch was measured against another
			// goal: more than x is reached at the switch, as a breach is
			// incurred at the change (engine.switchTarget).
			switched = true
			if cum > x {
				return sw, true, nil
			}
		}
		if !switched {
			cum = satAdd(cum, s.Counted)
			continue
		}
		var r time.Time
		switch {
		case cum >= x:
			r = s.Start
		case satAdd(cum, s.Counted) >= x:
			if r, err = s.tg.sched.Add(s.Start, satSub(x, cum)); err != nil {
				return s.Start, false, err
			}
		default:
			cum = satAdd(cum, s.Counted)
			continue
		}
		cum = satAdd(cum, s.Counted)
		a := c.settle(r)
		if first.IsZero() {
			first = a
		}
		// The clock runs on at s.End if the next running segment starts
		// there, or if this is the last one and the clock is still running.
		runsOn := (k+1 < len(run) && run[k+1].Start.Equal(s.End)) || (k+1 == len(run) && c.Running && s.End.Equal(c.AsOf))
		if a.Before(s.End) || (a.Equal(s.End) && runsOn) {
			return a, true, nil
		}
	}
	if !switched && cum > x {
		return sw, true, nil
	}
	if c.Running && cum >= x {
		// The clock runs at AsOf with the count reached (it resumed after
		// a pause that began on the count, or nothing has run yet for x =
		// 0): AsOf is the running instant, settled.
		if a := c.settle(c.AsOf); !a.After(c.AsOf) {
			return a, true, nil
		}
		return time.Time{}, false, nil // ahead: projected from AsOf
	}
	if len(run) == 0 && x == 0 {
		first = c.settle(c.Start)
	}
	if !c.Active() && !first.IsZero() && (c.End.IsZero() || !first.After(c.End)) {
		// Ended exactly on it (a stop at the deadline is met, and the
		// 100 % warning is reached).
		return first, true, nil
	}
	return time.Time{}, false, nil
}

func attribution(segs []Segment) []Share {
	var out []Share
	for _, s := range segs {
		i := slices.IndexFunc(out, func(x Share) bool { return x.Cycle == s.Cycle && x.Assignee == s.Assignee })
		if i < 0 {
			out = append(out, Share{Cycle: s.Cycle, Assignee: s.Assignee})
			i = len(out) - 1
		}
		switch s.Kind {
		case SegmentCounted:
			out[i].Counted = satAdd(out[i].Counted, s.Counted)
		case SegmentPaused:
			out[i].Paused = satAdd(out[i].Paused, s.Counted)
		}
	}
	return out
}

func sortShares(s []Share) {
	slices.SortStableFunc(s, func(a, b Share) int {
		if a.Counted != b.Counted {
			if a.Counted > b.Counted {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Assignee, b.Assignee)
	})
}
