package sla

import (
	"strconv"
	"time"
)

// Dated versions of a policy. ServiceNow advises never to edit an SLA
// definition in use, and Zammad does not recalculate after a change:
// because a clock here is a replay, a policy can carry its history of
// definitions (PolicySpec.Versions, each with its EffectiveFrom) and
// measure every ticket by the definition that applied to it.

// buildVersions builds the later versions of the policy whose first
// version is base: each is checked to start strictly after the one before
// it, to carry no versions of its own and no CurrentVersion, and takes the
// first version's calendars when it has none.
func buildVersions(base PolicySpec, vs []PolicySpec, schedules map[string]Schedule) ([]*Policy, error) {
	var out []*Policy
	prev := base.EffectiveFrom
	for i, v := range vs {
		ctx := "policy version " + v.EffectiveFrom.Format(time.RFC3339)
		switch {
		case v.EffectiveFrom.IsZero():
			return nil, errorf("policy version", strconv.Itoa(i+1), detail(ErrConfig, "a later version needs its effective_from"))
		case !v.EffectiveFrom.After(prev):
			return nil, errorf(ctx, prev.Format(time.RFC3339), detail(ErrConfig, "versions take effect in ascending order, each after the one before"))
		case len(v.Versions) > 0:
			return nil, errorf(ctx, "versions", detail(ErrConfig, "a version has no versions of its own"))
		case v.CurrentVersion:
			return nil, errorf(ctx, "current_version", detail(ErrConfig, "current_version is an option of the whole policy, on its first version"))
		}
		inherit := v.Calendars == nil
		if inherit {
			v.Calendars = base.Calendars
		}
		p, err := newPolicy(v, schedules)
		if err != nil {
			return nil, wrapCtx(ctx, err)
		}
		p.inherited = inherit
		out = append(out, p)
		prev = v.EffectiveFrom
	}
	return out, nil
}

// Version returns the version of the policy in force at t: the last one
// whose EffectiveFrom is at or before t, the first version before any of
// them (also before its own EffectiveFrom). It is a policy of its own,
// without versions (nil for a nil *Policy). [Compare] of two versions
// shows what a change does to the same tickets.
//
// [Policy.Evaluate], [Policy.Explain] and [Policy.NextChange] measure a
// ticket by the version in force when its clocks attached — at its
// creation, the instant of its [Created] event: a clock attaching later
// in the ticket's life (a target that appears with a priority change, a
// new cycle after a reopen) belongs to the same version, so a ticket is
// never measured by two definitions, and a new version applies to new
// tickets. With PolicySpec.CurrentVersion every ticket is measured by the
// version in force at the evaluation instant instead.
func (p *Policy) Version(t time.Time) *Policy {
	if p == nil || len(p.versions) == 0 {
		return p
	}
	v := &Policy{spec: p.spec, cals: p.cals, rules: p.rules, slots: p.slots}
	for _, x := range p.versions {
		if x.spec.EffectiveFrom.After(t) {
			break
		}
		v = x
	}
	return v
}

// versionFor returns the version that measures a ticket with the given
// timeline evaluated at now (p itself without versions).
func (p *Policy) versionFor(events []Event, now time.Time) *Policy {
	if len(p.versions) == 0 {
		return p
	}
	at := now
	if !p.spec.CurrentVersion {
		at = creation(events, now)
	}
	v := p
	for _, x := range p.versions {
		if x.spec.EffectiveFrom.After(at) {
			break
		}
		v = x
	}
	return v
}

// creation is the instant of the timeline's Created event (the earliest,
// if the timeline has several; now if it has none, which normalize
// rejects).
func creation(events []Event, now time.Time) time.Time {
	var at time.Time
	for _, e := range events {
		if e.Kind == Created && (at.IsZero() || e.At.Before(at)) {
			at = e.At
		}
	}
	if at.IsZero() {
		return now
	}
	return at
}
