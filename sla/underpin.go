package sla

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// UnderpinningCheck says whether a supporting OLA/UC target fits inside the
// SLA target it underpins, for one rule (priority set) and metric.
type UnderpinningCheck struct {
	Rule       string   `json:"rule"`                 // rule name (or "rule N")
	Priorities []string `json:"priorities,omitempty"` // the rule's priorities
	SLA        string   `json:"sla"`                  // name of the SLA target
	Metric     Metric   `json:"metric"`               // its metric
	// Support names the supporting target, or the chain "a → b" when
	// several support one SLA (each starts where the previous one's
	// deadline falls, the first at the SLA's start).
	Support string `json:"support"`
	Kind    Kind   `json:"kind"` // kind of the (first) supporting target
	// Slack is the worst case over the sampled start instants of the SLA
	// schedule's counted time between the support's deadline and the SLA's
	// deadline: positive = room left, negative = overrun (the support may
	// legally finish after the SLA is breached).
	Slack itsm.Duration `json:"slack"`
	// WallSlack is the worst case of the real time between the two
	// deadlines; the support fits only if it is never negative (a support
	// ending in the evening after a 17:00 SLA deadline overruns it even
	// though no business time lies in between).
	WallSlack  itsm.Duration `json:"wall_slack"`
	WorstStart time.Time     `json:"worst_start"` // a start with the worst Slack
	Fits       bool          `json:"fits"`        // Slack ≥ 0 and WallSlack ≥ 0
}

// CheckUnderpinning checks every SLA target that names supporting targets
// (TargetSpec.UnderpinnedBy): for start instants from window.Start in steps
// of step (< window.End), it computes each deadline from the start on its
// own schedule (ignoring pauses) and reports the worst slack per support,
// and for the chain of all supports when there are several. A 4 h SLA on
// Mon–Fri 08–17 resting on a UC allowing 8 business hours overruns by 4 h.
// A week sampled every 15 minutes is a good window for weekly schedules.
//
// An SLA that follows the team (TargetSpec.FollowGroup) is counted, while
// a support holds the ticket, on the schedule of the support's team —
// the first of its Conditions.HeldBy groups, else of its Start
// condition's groups — as its clock would be: a 4 h SLA handed to a team
// in another zone is measured on that team's hours during its OLA, and
// after the last support on the last team's hours.
// An invalid window, a step ≤ 0 or more than a million samples is an error
// wrapping [ErrConfig].
func (p *Policy) CheckUnderpinning(window itsm.Interval, step time.Duration) ([]UnderpinningCheck, error) {
	if p == nil {
		return nil, errNilPolicy("check underpinning")
	}
	if err := window.Validate(); err != nil {
		return nil, errorf("underpinning window", window.String(), because(ErrConfig, err))
	}
	if step <= 0 {
		return nil, errorf("underpinning step", itsm.Duration(step).String(), detail(ErrConfig, "the step must be positive"))
	}
	samples := window.Duration() / step
	if samples > 1_000_000 {
		return nil, errorf("underpinning window", window.String(), detail(ErrConfig, "more than a million samples"))
	}
	var out []UnderpinningCheck
	for ri, targets := range p.rules {
		r := p.spec.Rules[ri]
		name := r.Name
		if name == "" {
			name = fmt.Sprintf("rule %d", ri)
		}
		for _, sla := range targets {
			if len(sla.spec.UnderpinnedBy) == 0 {
				continue
			}
			var sups []*Target
			for _, n := range sla.spec.UnderpinnedBy {
				for _, t := range targets {
					if t.spec.Name == n {
						sups = append(sups, t)
					}
				}
			}
			groups := make([][]*Target, 0, len(sups)+1)
			for _, s := range sups {
				groups = append(groups, []*Target{s})
			}
			if len(sups) > 1 {
				groups = append(groups, sups)
			}
			for _, chain := range groups {
				c := UnderpinningCheck{Rule: name, Priorities: r.Priorities, SLA: sla.spec.Name, Metric: sla.spec.Metric, Kind: chain[0].spec.Kind}
				names := make([]string, len(chain))
				for i, t := range chain {
					names[i] = t.spec.Name
				}
				c.Support = strings.Join(names, " → ")
				first := true
				// At most samples+1 starts: s.Add saturates at the end of
				// time's range and could otherwise never pass window.End.
				for k, s := time.Duration(0), window.Start; k <= samples && s.Before(window.End); k, s = k+1, s.Add(step) {
					sd, dl, slack, err := underpin(sla, chain, s)
					if err != nil {
						return nil, err
					}
					wall := itsm.Duration(dl.Sub(sd))
					if first || slack < c.Slack {
						c.Slack, c.WorstStart = slack, s
					}
					if first || wall < c.WallSlack {
						c.WallSlack = wall
					}
					first = false
				}
				c.Fits = c.Slack >= 0 && c.WallSlack >= 0
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// underpin follows a cycle of sla starting at s through the chain of
// supports, each starting at the previous one's deadline: sd is the last
// support's deadline, dl the SLA's deadline, slack the SLA's counted time
// left at sd (negative: overrun). The SLA counts on its own schedule, or,
// when it follows the team, on the schedule of each support's team while
// that support runs and of the last one's after it.
func underpin(sla *Target, chain []*Target, s time.Time) (sd, dl time.Time, slack itsm.Duration, err error) {
	if sla.groupIdx == nil {
		if dl, err = deadlineFrom(sla, s, ""); err != nil {
			return
		}
		sd = s
		for _, t := range chain {
			if sd, err = deadlineFrom(t, sd, ""); err != nil {
				return
			}
		}
		return sd, dl, itsm.Duration(sla.sched.Between(sd, dl)), nil
	}
	goal, due, err := sla.goalSpan(s, team(chain[0]))
	if err != nil {
		return
	}
	used := time.Duration(0)
	sd = s
	var sched Schedule
	for _, t := range chain {
		from := sd
		if sd, err = deadlineFrom(t, from, team(t)); err != nil {
			return
		}
		sched = sla.scheds[sla.schedFor(team(t))]
		b := sched.Between(from, sd)
		if dl.IsZero() && satAdd(used, b) >= goal {
			// The SLA's deadline falls while this support runs.
			if dl, err = project(sched, due, from, satSub(goal, used), true); err != nil {
				return sd, dl, 0, wrapSched("target "+quote(sla.spec.Name), from, err)
			}
		}
		used = satAdd(used, b)
	}
	if dl.IsZero() {
		if dl, err = project(sched, due, sd, satSub(goal, used), true); err != nil {
			return sd, dl, 0, wrapSched("target "+quote(sla.spec.Name), sd, err)
		}
	}
	return sd, dl, itsm.Duration(satSub(goal, used)), nil
}

// team is the group a support target's clock belongs to: the first of its
// HeldBy groups, else of its Start condition's groups ("" if none).
func team(t *Target) string {
	switch {
	case len(t.cond.HeldBy) > 0:
		return t.cond.HeldBy[0]
	case len(t.cond.Start.Groups) > 0:
		return t.cond.Start.Groups[0]
	}
	return ""
}

// deadlineFrom is the deadline of a cycle of t starting at s held by
// group, without pauses: the breach rule projected from the start
// (crossing.go).
func deadlineFrom(t *Target, s time.Time, group string) (time.Time, error) {
	g, due, err := t.goalSpan(s, group)
	if err != nil {
		return time.Time{}, err
	}
	d, err := project(t.scheds[t.schedFor(group)], due, s, g, true)
	if err != nil {
		return time.Time{}, wrapSched("target "+quote(t.spec.Name), s, err)
	}
	return d, nil
}
