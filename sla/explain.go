package sla

import (
	"time"
)

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
// same way and records what Evaluate only sums up: the segments, and the
// crossing of every warning threshold by the rule of the breach (see
// [Threshold]), so the 100 % warning of a breached cycle is its BreachAt.
func Explain(t *Target, events []Event, now time.Time) (Explanation, error) {
	if t == nil {
		return Explanation{}, nilTarget("explain")
	}
	ev, err := normalize(events, nil, nil)
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
	if x.Warnings, err = en.warnings(st.Cycle); err != nil {
		return Explanation{}, err
	}
	if x.Escalations, err = st.escalations(); err != nil {
		return Explanation{}, err
	}
	x.Attribution = attribution(en.rec.segs)
	return x, nil
}
