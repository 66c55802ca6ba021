package sla

import (
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
)

// SegmentKind classifies a stretch of a cycle's wall time. Its text form
// (JSON) is "counted", "out_of_hours" or "paused", as beside each constant.
type SegmentKind uint8

const (
	SegmentCounted    SegmentKind = iota + 1 // "counted": running inside the schedule's open time
	SegmentOutOfHours                        // "out_of_hours": running, but the schedule is closed
	SegmentPaused                            // "paused": paused (Counted is the open time it covered)
)

var segmentNames = enum.New[SegmentKind]("sla", "segment kind", ErrConfig,
	SegmentCounted, "counted", SegmentOutOfHours, "out_of_hours", SegmentPaused, "paused")

// String returns the text form: "counted", "out_of_hours" or "paused".
func (k SegmentKind) String() string { return enumString(segmentNames, "segment kind", k) }

// MarshalText returns the text form; an undeclared value is an error.
func (k SegmentKind) MarshalText() ([]byte, error) {
	return enumMarshal(segmentNames, "segment kind", ErrConfig, k)
}

// Segment is a half-open stretch [Start, End) of one cycle with one meaning,
// held by one group and assignee and counted on one schedule. Counted is
// the schedule's open time inside it (zero out of hours). Schedules
// without NextOpen/NextClose report running time as one counted segment
// per stretch between events. A hand-over splits a segment: each part
// names the group that held the ticket and, for a clock that follows the
// team, the group's schedule that counted it.
type Segment struct {
	Cycle    int           `json:"cycle"`              // cycle number
	Start    time.Time     `json:"start"`              // first instant
	End      time.Time     `json:"end"`                // first instant after
	Kind     SegmentKind   `json:"kind"`               // counted, out_of_hours or paused
	Counted  itsm.Duration `json:"counted"`            // counted time on the schedule inside it
	Group    string        `json:"group,omitempty"`    // the assignment group that held the ticket
	Assignee string        `json:"assignee,omitempty"` // who held the ticket
	// Schedule names the schedule that counted the segment (the target's
	// schedule name, or the holding group's; "" for a target built with
	// NewTarget without a schedule name).
	Schedule string `json:"schedule,omitempty"`
	tg       *Target
}

// String renders the segment on one line:
// `cycle 1 counted [2026-…, 2026-…) 2h "network"`, with the group when
// known and, for a clock that follows the team, the schedule that counted
// it: `… 2h group "L2" "network" on "bangalore"`.
func (s Segment) String() string {
	var b strings.Builder
	b.WriteString("cycle " + strconv.Itoa(s.Cycle) + " " + s.Kind.String() + " ")
	b.WriteString(itsm.Interval{Start: s.Start, End: s.End}.String())
	b.WriteString(" " + s.Counted.String())
	if s.Group != "" {
		b.WriteString(" group " + quote(s.Group))
	}
	if s.Assignee != "" {
		b.WriteString(" " + quote(s.Assignee))
	}
	if s.Schedule != "" && s.tg != nil && s.tg.groupIdx != nil {
		b.WriteString(" on " + quote(s.Schedule))
	}
	return b.String()
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
		if p.Cycle == s.Cycle && p.Kind == s.Kind && p.Group == s.Group && p.Assignee == s.Assignee && p.Schedule == s.Schedule &&
			p.End.Equal(s.Start) && p.tg == s.tg {
			p.End = s.End
			p.Counted = itsm.Duration(satAdd(p.Counted.Std(), s.Counted.Std()))
			return
		}
	}
	r.segs = append(r.segs, s)
}

// counted records running time [a, b), held by group and who, split into
// open and closed parts when the clock's current schedule can tell them
// apart.
func (r *recorder) counted(c *clock, a, b time.Time, total time.Duration, group, who string) {
	name := c.t.names[c.si]
	seg := func(x, y time.Time, k SegmentKind, d time.Duration) {
		r.add(Segment{Cycle: c.num, Start: x, End: y, Kind: k, Counted: itsm.Duration(d), Group: group, Assignee: who, Schedule: name, tg: c.t})
	}
	oc, ok := c.sched.(openCloser)
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
		o = o.In(a.Location())
		if o.After(x) {
			seg(x, o, SegmentOutOfHours, 0)
			x = o
		}
		cl, err := oc.NextClose(x)
		if err != nil || !cl.After(x) || cl.After(b) {
			cl = b
		}
		cl = cl.In(a.Location())
		seg(x, cl, SegmentCounted, c.sched.Between(x, cl))
		x = cl
	}
}
