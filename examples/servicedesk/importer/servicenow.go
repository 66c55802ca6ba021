package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ServiceNow incident event log export, as in the "incident_event_log" data
// set: one row per update of an incident, oldest first or in any order.
//
// Columns read (names case-insensitive; others ignored): number,
// incident_state, opened_at, sys_updated_at, impact, urgency, priority,
// reassignment_count, reopen_count, made_sla, resolved_at, closed_at, and
// if present assignment_group, cmdb_ci or category (the service) and
// contact_type. "?" means empty. Labels are "1 - High" style; timestamps
// dd-mm-yyyy hh:mm (also d/m/yyyy and yyyy-mm-dd hh:mm:ss) in -tz.
var serviceNowColumns = []string{"number", "incident_state", "opened_at", "sys_updated_at", "impact", "urgency", "priority",
	"reassignment_count", "reopen_count", "made_sla", "resolved_at", "closed_at"}

type snRow struct {
	line, mod               int // mod: sys_mod_count, -1 when absent
	number, state           string
	opened, updated         time.Time
	impact, urgency, prio   string
	reassign, reopen        int
	madeSLA                 *bool
	madeSLAText             string
	resolved, closed        time.Time
	group, service, contact string
}

// ReadServiceNow reads a ServiceNow incident event log and rebuilds each
// incident's event log from the differences between successive rows.
func ReadServiceNow(file string, rd io.Reader, opts Options) ([]*Incident, Stats, error) {
	var st Stats
	t, err := newTable(file, "servicenow", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require(serviceNowColumns...); err != nil {
		return nil, st, err
	}
	groups := map[string][]snRow{}
	var order []string
	err = t.each(func(r row) error {
		g := func(c string) string {
			if v := r.get(c); v != "?" {
				return v
			}
			return ""
		}
		x := snRow{line: r.line, mod: -1, number: g("number"), prio: g("priority"), group: g("assignment_group"), contact: g("contact_type")}
		if x.number == "" {
			return fmt.Errorf("number is empty")
		}
		if x.state, err = state(g("incident_state")); err != nil {
			return fmt.Errorf("incident_state: %w", err)
		}
		if x.opened, err = parseTime(g("opened_at"), opts.Zone); err != nil {
			return fmt.Errorf("opened_at: %w", err)
		}
		if x.updated, err = parseTime(g("sys_updated_at"), opts.Zone); err != nil {
			return fmt.Errorf("sys_updated_at: %w", err)
		}
		if x.impact, err = level(opts.Matrix.Impact(), "impact", g("impact")); err != nil {
			return err
		}
		if x.urgency, err = level(opts.Matrix.Urgency(), "urgency", g("urgency")); err != nil {
			return err
		}
		for _, f := range []struct {
			col string
			dst *int
		}{{"reassignment_count", &x.reassign}, {"reopen_count", &x.reopen}, {"sys_mod_count", &x.mod}} {
			if s := g(f.col); s != "" {
				n, err := strconv.Atoi(s)
				if err != nil || n < 0 {
					return fmt.Errorf("%s %q: want a count", f.col, s)
				}
				*f.dst = n
			}
		}
		if s := g("made_sla"); s != "" {
			b, err := strconv.ParseBool(strings.ToLower(s))
			if err != nil {
				return fmt.Errorf("made_sla %q: want true or false", s)
			}
			x.madeSLA, x.madeSLAText = &b, s
		}
		if s := g("resolved_at"); s != "" {
			if x.resolved, err = parseTime(s, opts.Zone); err != nil {
				return fmt.Errorf("resolved_at: %w", err)
			}
		}
		if s := g("closed_at"); s != "" {
			if x.closed, err = parseTime(s, opts.Zone); err != nil {
				return fmt.Errorf("closed_at: %w", err)
			}
		}
		x.service = cmp.Or(g("cmdb_ci"), g("category"), "(no service)")
		if x.updated.Before(x.opened) {
			return fmt.Errorf("sys_updated_at %s is before opened_at %s", g("sys_updated_at"), g("opened_at"))
		}
		if _, seen := groups[x.number]; !seen {
			order = append(order, x.number)
		}
		groups[x.number] = append(groups[x.number], x)
		return nil
	})
	if err != nil {
		return nil, st, err
	}
	out := make([]*Incident, 0, len(order))
	for _, num := range order {
		rows := groups[num]
		// ServiceNow orders an incident's updates by sys_updated_at and,
		// within one second (updates in the same minute of the export),
		// by sys_mod_count, its update counter.
		slices.SortStableFunc(rows, func(a, b snRow) int {
			return cmp.Or(a.updated.Compare(b.updated), cmp.Compare(a.mod, b.mod))
		})
		first, last := rows[0], rows[len(rows)-1]
		src := &Source{System: "servicenow", Line: last.line, Resolved: last.resolved, Closed: last.closed,
			HasCounts: true, ReopenCount: last.reopen, ReassignmentCount: last.reassign}
		if last.madeSLA != nil {
			src.Verdicts = []Verdict{{Field: "made_sla", Metric: "resolution", Met: *last.madeSLA, Text: last.madeSLAText,
				Final: !*last.madeSLA || !last.resolved.IsZero() || !last.closed.IsZero()}}
		}
		inc := &Incident{ID: num, Service: first.service, Contact: first.contact, Opened: first.opened,
			SourcePriority: last.prio, Source: src}
		inc.Events = append(inc.Events, Event{Line: first.line, At: first.opened, Kind: EvOpen, State: StNew,
			Team: first.group, Impact: first.impact, Urgency: first.urgency, NPS: -1})
		prev := snRow{state: StNew, group: first.group, impact: first.impact, urgency: first.urgency, updated: first.opened}
		sawResolved := false
		override := "" // the priority label in force by override, "" = none
		for _, x := range rows {
			if !x.opened.Equal(first.opened) {
				if err := t.unreject(x.line, fmt.Errorf("%s: opened_at differs from line %d", num, first.line)); err != nil {
					return nil, st, err
				}
				continue
			}
			if x.reassign > prev.reassign || x.group != prev.group && x.group != "" {
				team := x.group
				if team == "" {
					team = fmt.Sprintf("reassignment %d", x.reassign)
				}
				inc.Events = append(inc.Events, Event{Line: x.line, At: x.updated, Kind: EvAssign, Team: team, NPS: -1})
			}
			if x.impact != prev.impact || x.urgency != prev.urgency {
				inc.Events = append(inc.Events, Event{Line: x.line, At: x.updated, Kind: EvImpact, Impact: x.impact, Urgency: x.urgency, NPS: -1})
			}
			// ServiceNow's own priority, where it is not what the matrix
			// gives for the row's impact and urgency, is an override made in
			// ServiceNow (from the first row: at opening); when it falls back
			// in line with the matrix the override is removed.
			if want := overrideLabel(opts, x); want != override {
				at := x.updated
				if x.line == first.line {
					at = first.opened
				}
				ev := Event{Line: x.line, At: at, Kind: EvPriority, Priority: want, NPS: -1}
				if want != "" {
					ev.Reason = "set in ServiceNow"
				}
				inc.Events = append(inc.Events, ev)
				override = want
			}
			if x.state != prev.state {
				// The update row is written when the state is saved; the
				// resolution and closing instants are the fields ServiceNow
				// keeps for them (resolved_at, closed_at), when the row
				// carries them and they fall between the previous update
				// and this one.
				at := x.updated
				switch {
				case x.state == StResolved && !x.resolved.IsZero():
					at = clampTo(x.resolved, prev.updated, x.updated, first.opened)
				case x.state == StClosed && !x.closed.IsZero():
					at = clampTo(x.closed, prev.updated, x.updated, first.opened)
				}
				ev := Event{Line: x.line, At: at, Kind: EvState, State: x.state, NPS: -1}
				if x.reopen > prev.reopen {
					ev.Reason = "reopened"
				}
				if x.state == StResolved {
					sawResolved = true
				}
				if x.state == StClosed && !sawResolved && !x.resolved.IsZero() && !x.resolved.After(x.updated) {
					// Closed without a recorded Resolved row: resolved_at says when.
					inc.Events = append(inc.Events, Event{Line: x.line, At: later(x.resolved, first.opened), Kind: EvState, State: StResolved, NPS: -1})
					sawResolved = true
				}
				inc.Events = append(inc.Events, ev)
			}
			prev = x
			if prev.group == "" {
				prev.group = inc.Events[0].Team
			}
		}
		sortEvents(inc.Events)
		out = append(out, inc)
	}
	slices.SortStableFunc(st.Errors, func(a, b *RowError) int { return cmp.Compare(a.Line, b.Line) })
	return out, st, nil
}

// clampTo returns t moved into [lo, hi] (and not before opened): a field
// instant outside the stretch of its update would reorder the events.
func clampTo(t, lo, hi, opened time.Time) time.Time {
	lo = later(lo, opened)
	if t.Before(lo) {
		return lo
	}
	if t.After(hi) {
		return hi
	}
	return t
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// overrideLabel returns the row's priority if it differs from the matrix's
// answer for the row's impact and urgency, else "".
func overrideLabel(opts Options, x snRow) string {
	p, err := opts.Matrix.Priority().Parse(x.prio)
	if err != nil {
		return "" // no or unreadable priority: the matrix decides
	}
	m, err := opts.Matrix.LookupLabels(x.impact, x.urgency)
	if err != nil || m.Equal(p) {
		return ""
	}
	return x.prio
}
