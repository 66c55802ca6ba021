package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/change"
)

//go:embed board.json
var embeddedBoard []byte

// Board is the meeting's input: configuration and the change requests.
type Board struct {
	Meeting     time.Time                `json:"meeting"`
	WorkingDays calendar.Spec            `json:"working_days"`
	Maintenance map[string]calendar.Spec `json:"maintenance"`
	Blackouts   []change.Blackout        `json:"blackouts"`
	CIs         *change.Graph            `json:"cis"`
	Model       json.RawMessage          `json:"model"`
	Routing     *change.Routing          `json:"routing,omitempty"` // approvals and notice; default: change.DefaultRouting
	Changes     []Request                `json:"changes"`
}

// Request is one change request.
type Request struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	CIs         []string     `json:"cis"`
	Assignee    string       `json:"assignee"`
	Maintenance string       `json:"maintenance,omitempty"` // calendar name; "" = none agreed
	Start       time.Time    `json:"start"`
	End         time.Time    `json:"end"`
	Requested   time.Time    `json:"requested"`
	Input       change.Input `json:"input"`
}

// Assessed is a request with the board's findings.
type Assessed struct {
	Request
	Risk       change.Result
	Decision   change.Decision
	Violations []change.Violation
	Proposal   *itsm.Interval // next slot that fits, when the window does not
	// ScheduleErr says why the schedule could not be checked (the risk is
	// then assessed without schedule facts).
	ScheduleErr error
}

// Rejected is a request the board could not assess, and why.
type Rejected struct {
	ID  string
	Err error
}

// Outcome is the whole meeting. One bad request does not cancel it: it is
// in Rejected with the reason, and every other request is assessed.
type Outcome struct {
	Meeting   time.Time
	Changes   []Assessed
	Conflicts []change.Conflict
	Rejected  []Rejected // in board order
	// Findings are what could not be checked, and why: CIs the graph lacks,
	// schedules that could not be checked.
	Findings []string
}

// Load decodes and validates a board.
func Load(raw []byte) (*Board, error) {
	var b Board
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, err
	}
	if b.Routing == nil {
		b.Routing = change.DefaultRouting()
	}
	return &b, nil
}

// Assess runs the board.
func Assess(b *Board) (*Outcome, error) {
	model, err := change.DecodeModel(b.Model)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	wd, err := calendar.New(b.WorkingDays)
	if err != nil {
		return nil, fmt.Errorf("working_days: %w", err)
	}
	windows := map[string]*calendar.Calendar{}
	for name, spec := range b.Maintenance {
		if windows[name], err = calendar.New(spec); err != nil {
			return nil, fmt.Errorf("maintenance %q: %w", name, err)
		}
	}
	out := &Outcome{Meeting: b.Meeting}
	var planned []change.Planned
	seen := map[string]int{}
	for i, r := range b.Changes {
		// A request that cannot take part in the conflict check at all.
		var bad error
		switch first, dup := seen[r.ID]; {
		case r.ID == "":
			bad = fmt.Errorf("request %d has no id", i+1)
		case dup:
			bad = fmt.Errorf("duplicate id: request %d has it too", first+1)
		case r.End.Before(r.Start):
			bad = fmt.Errorf("window %s – %s ends before it starts", r.Start.Format(time.RFC3339), r.End.Format(time.RFC3339))
		case len(r.CIs) == 0 || slices.Contains(r.CIs, ""):
			bad = errors.New("names no CI, or an empty one")
		}
		if bad != nil {
			out.Rejected = append(out.Rejected, Rejected{ID: r.ID, Err: bad})
			continue
		}
		seen[r.ID] = i
		// A request that cannot be assessed (an unknown maintenance window,
		// answers the model refuses) still occupies its window on its CIs.
		planned = append(planned, change.Planned{ID: r.ID, CIs: r.CIs, Assignee: r.Assignee, Start: r.Start, End: r.End})
		x, err := assess(b, model, wd, windows, r)
		if err != nil {
			out.Rejected = append(out.Rejected, Rejected{ID: r.ID, Err: err})
			continue
		}
		if x.ScheduleErr != nil {
			out.Findings = append(out.Findings, fmt.Sprintf("%s: schedule not checked: %v", r.ID, x.ScheduleErr))
		}
		out.Changes = append(out.Changes, x)
	}
	// A CI the graph lacks is a finding, not an error: the request is still
	// checked for conflicts with others on the same CI, and relates to no
	// other CI.
	rep := change.CheckConflicts(planned, b.CIs)
	out.Conflicts = rep.Conflicts
	for _, u := range rep.UnknownCIs {
		out.Findings = append(out.Findings, fmt.Sprintf("%s: CI %q is not in the CI graph: checked for conflicts on the same CI, related to none", u.Change, u.CI))
	}
	for _, e := range rep.Rejected {
		// The board admits no record CheckConflicts refuses; should one
		// slip through, the others are still checked and the reason shown.
		out.Findings = append(out.Findings, fmt.Sprintf("conflicts not checked for %s: %v", e.ID, e))
	}
	assessed := map[string]int{}
	for i, x := range out.Changes {
		assessed[x.ID] = i
	}
	// Propose a slot for changes that break their window: the next stretch of
	// the maintenance window, after the notice the lead-time policy asks, that
	// collides with no other change on a related CI and no blackout.
	for i := range out.Changes {
		x := &out.Changes[i]
		if !slices.ContainsFunc(x.Violations, func(v change.Violation) bool {
			return v.Rule == change.RuleMaintenanceWindow || v.Rule == change.RuleBlackout || v.Rule == change.RuleLeadTime
		}) || windows[x.Maintenance] == nil {
			continue
		}
		after, err := wd.AddDays(x.Requested, x.Decision.LeadDays)
		if err != nil {
			out.Findings = append(out.Findings, fmt.Sprintf("%s: no slot proposed: %v", x.ID, err))
			continue
		}
		after = later(after, b.Meeting)
		// Busy: blackouts, and every other change (as planned, or as
		// already proposed; assessed or not) on a related CI or by the same
		// engineer.
		var busy []itsm.Interval
		for _, bo := range b.Blackouts {
			busy = append(busy, bo.Interval)
		}
		for _, p := range planned {
			if p.ID == x.ID || !related(b.CIs, x.CIs, p.CIs) && p.Assignee != x.Assignee {
				continue
			}
			busy = append(busy, itsm.Interval{Start: p.Start, End: p.End}) // an instant blocks slots containing it
			if y, ok := assessed[p.ID]; ok && out.Changes[y].Proposal != nil {
				busy = append(busy, *out.Changes[y].Proposal)
			}
		}
		slot, err := change.NextSlot(windows[x.Maintenance], after, x.End.Sub(x.Start), busy, after.AddDate(0, 3, 0))
		switch {
		case err == nil:
			x.Proposal = &slot
		case !errors.Is(err, change.ErrNoSlot):
			out.Findings = append(out.Findings, fmt.Sprintf("%s: no slot proposed: %v", x.ID, err))
		}
	}
	return out, nil
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func related(g *change.Graph, a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || g.IsAncestor(x, y) || g.IsAncestor(y, x) {
				return true
			}
		}
	}
	return false
}

func assess(b *Board, model change.Model, wd *calendar.Calendar, windows map[string]*calendar.Calendar, r Request) (Assessed, error) {
	x := Assessed{Request: r}
	rules := change.ScheduleRules{Blackouts: b.Blackouts, WorkingDays: wd}
	if r.Maintenance != "" {
		w, ok := windows[r.Maintenance]
		if !ok {
			return x, fmt.Errorf("unknown maintenance window %q", r.Maintenance)
		}
		if r.Input.Type != change.Emergency {
			rules.Maintenance = w
		}
	}
	in := r.Input
	in.Facts.CIsAffected = max(in.Facts.CIsAffected, len(r.CIs))
	win := itsm.Interval{Start: r.Start, End: r.End}
	// Risk and schedule feed each other (a freeze or short notice raises the
	// risk; a higher risk needs more notice): iterate until the level settles.
	level := change.None
	for range 4 {
		var err error
		if x.Risk, err = model.Assess(in); err != nil {
			return x, err
		}
		if x.Risk.Level == level {
			break
		}
		level = x.Risk.Level
		// The routing policy says how much notice this level needs.
		d, err := b.Routing.Route(in.Type, level)
		if err == nil {
			x.Violations, err = change.CheckSchedule(win, d.LeadDays, rules, r.Requested)
		}
		if err != nil {
			// Not fatal: the request is still assessed (without schedule
			// facts) and checked for conflicts; the papers say why not.
			x.Violations, x.ScheduleErr = nil, err
			if x.Risk, err = model.Assess(in); err != nil {
				return x, err
			}
			break
		}
		change.ApplyViolations(&in.Facts, x.Violations)
	}
	var err error
	x.Decision, err = b.Routing.Route(in.Type, x.Risk.Level)
	return x, err
}

// Run loads the board (embedded unless file is set), assesses it and writes
// the report.
func Run(file string, w io.Writer) error {
	raw := embeddedBoard
	if file != "" {
		var err error
		if raw, err = os.ReadFile(file); err != nil {
			return err
		}
	}
	b, err := Load(raw)
	if err != nil {
		return fmt.Errorf("board: %w", err)
	}
	o, err := Assess(b)
	if err != nil {
		return err
	}
	return Write(w, o)
}

// Write prints the meeting's papers. Every text that comes from the board
// (IDs, titles, CIs, assignees, model and rule names, answers) is passed
// through escapeControls, so a board cannot drive the terminal.
func Write(w io.Writer, o *Outcome) error {
	loc := o.Meeting.Location()
	e := escapeControls
	t := func(x time.Time) string { return x.In(loc).Format("Mon 02 Jan 15:04") }
	fmt.Fprintf(w, "Change advisory board, %s\n\n", o.Meeting.Format("Monday 02 January 2006 15:04 MST"))
	for _, x := range o.Changes {
		fmt.Fprintf(w, "%s  %s  [%s]\n", e(x.ID), e(x.Title), x.Input.Type)
		fmt.Fprintf(w, "  CIs %s, %s, window %s – %s, requested %s\n", e(strings.Join(x.CIs, ", ")), e(x.Assignee), t(x.Start), x.End.In(loc).Format("15:04"), t(x.Requested))
		fmt.Fprintf(w, "  risk: %s\n", x.Risk.Level)
		for _, l := range strings.Split(strings.TrimRight(x.Risk.String(), "\n"), "\n") {
			fmt.Fprintf(w, "    %s\n", e(l))
		}
		fmt.Fprintf(w, "  approval: %s\n", e(x.Decision.String()))
		if len(x.Violations) == 0 {
			fmt.Fprintln(w, "  schedule: ok")
		}
		for _, v := range x.Violations {
			fmt.Fprintf(w, "  schedule: %s: %s\n", e(v.Rule), e(v.Detail))
		}
		if x.Proposal != nil {
			fmt.Fprintf(w, "  proposal: next free slot %s – %s\n", t(x.Proposal.Start), x.Proposal.End.In(loc).Format("Mon 15:04"))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "Conflicts (half-open windows: back-to-back changes do not collide)")
	if len(o.Conflicts) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, c := range o.Conflicts {
		on := c.Assignee
		if c.Kind != change.SameAssignee {
			on = c.CIA
			if c.CIB != c.CIA {
				on += " / " + c.CIB
			}
		}
		fmt.Fprintf(w, "  %s × %s  %-13s %-26s %s – %s\n", e(c.A), e(c.B), c.Kind, e(on), t(c.Start), c.End.In(loc).Format("15:04"))
	}
	if len(o.Rejected) > 0 {
		fmt.Fprintln(w, "\nNot assessed (fix the request and bring it back)")
		for _, r := range o.Rejected {
			fmt.Fprintf(w, "  %s: %s\n", e(r.ID), e(r.Err.Error()))
		}
	}
	if len(o.Findings) > 0 {
		fmt.Fprintln(w, "\nFindings (what could not be checked, and why)")
		for _, f := range o.Findings {
			fmt.Fprintf(w, "  %s\n", e(f))
		}
	}
	fmt.Fprintln(w, "\nAgenda")
	groups := []struct {
		title string
		match func(change.Decision) bool
	}{
		{"ECAB (emergency, reviewed after the fact)", func(d change.Decision) bool { return slices.Contains(d.Approvers, change.ECAB) }},
		{"CAB", func(d change.Decision) bool { return slices.Contains(d.Approvers, change.CAB) }},
		{"Change manager only", func(d change.Decision) bool {
			return slices.Contains(d.Approvers, change.ChangeManager) && !slices.Contains(d.Approvers, change.CAB) && !slices.Contains(d.Approvers, change.ECAB)
		}},
		{"Peer review only", func(d change.Decision) bool { return len(d.Approvers) == 1 && d.Approvers[0] == change.PeerReview }},
		{"Pre-approved (standard changes, for information)", func(d change.Decision) bool { return len(d.Approvers) == 0 }},
	}
	for _, g := range groups {
		var ids []string
		for _, x := range o.Changes {
			if g.match(x.Decision) {
				s := e(x.ID) + " (" + x.Risk.Level.String()
				if len(x.Violations) > 0 {
					s += ", reschedule"
				}
				ids = append(ids, s+")")
			}
		}
		if len(ids) > 0 {
			fmt.Fprintf(w, "  %s: %s\n", g.title, strings.Join(ids, ", "))
		}
	}
	return nil
}
