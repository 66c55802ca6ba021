package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/sla"
)

// Build analyses the data and assembles the report.
func (w *World) Build(d *Data) (*Report, error) {
	r := &Report{
		Title: w.tr("Service desk report"),
		Subtitle: w.f("Now %s · period %s – %s · zone %s · configuration: %s", w.stamp(w.Now),
			w.date(w.From), w.date(w.To.Add(-time.Nanosecond)), w.Loc, w.tr(w.ConfigSource)),
		Now:    w.Now,
		Lang:   w.Lang,
		Inputs: d.Stats,
	}
	if w.Cfg.Company != "" {
		r.Title += " — " + w.Cfg.Company
	}
	var tickets []*Ticket
	var failed []string
	future := 0
	for _, inc := range d.Incidents {
		if inc.Opened.After(w.Now) {
			future++ // not known yet at "now": counted in the Data section
			continue
		}
		t, err := w.Analyse(inc, w.Now)
		if err != nil {
			failed = append(failed, fmt.Sprintf("ticket %s (line %d): %v", inc.ID, inc.Events[0].Line, err))
			continue
		}
		tickets = append(tickets, t)
	}
	inPeriod := func(t *Ticket) bool { return !t.Opened.Before(w.From) && t.Opened.Before(w.To) }
	var period []*Ticket
	for _, t := range tickets {
		if inPeriod(t) {
			period = append(period, t)
		}
	}
	a := &analysis{World: w, all: tickets, period: period, data: d, summary: &Table{ID: "summary", PhoneHide: []string{"section"},
		Columns: []Column{{"figure", "Figure", false, false}, {"value", "Value", false, false}, {"section", "Details in", false, false}}}}
	summary := &Section{ID: "summary", Title: "Monday morning summary", Tables: []*Table{a.summary}}
	r.Sections = append(r.Sections, summary, a.dataSection(d, failed, future))
	if s := a.sourceSection(); s != nil {
		r.Sections = append(r.Sections, s)
	}
	for _, f := range []func() (*Section, error){
		a.cutsSection, a.prioritySection, a.openSection, a.escalationSection, a.attainmentSection,
		a.reconcileSection, a.breachSection, a.kpiSection, a.availabilitySection, a.teamsSection, a.roomLeftSection, a.changeSection,
	} {
		s, err := f()
		if err != nil {
			return nil, err
		}
		if s != nil {
			r.Sections = append(r.Sections, s)
		}
	}
	if w.Demo {
		// The demo's regulatory clocks belong to the demo's story (a major
		// incident at its payment subsidiary), not to a user's export.
		s, err := a.regulatorySection()
		if err != nil {
			return nil, err
		}
		r.Sections = append(r.Sections, s)
	}
	w.localize(r)
	return r, nil
}

type analysis struct {
	*World
	all, period []*Ticket
	data        *Data
	summary     *Table // key figures, filled in by the sections
}

// key adds a line to the summary.
func (a *analysis) key(figure string, value Cell, section string) {
	a.summary.Add(txt(figure), value, txt(section))
}

func pct(r itsm.Ratio, places int32) Cell {
	p, ok := r.Percent(places)
	if !ok {
		return none()
	}
	return Cell{p.StringFixed(places) + " %", json.Number(p.StringFixed(places))}
}

func frac(r itsm.Ratio) Cell { return Cell{fmt.Sprintf("%d/%d", r.Num, r.Den), r.String()} }

func decCell(d decimal.Decimal, places int32) Cell {
	return Cell{d.StringFixed(places), json.Number(d.StringFixed(places))}
}

func (a *analysis) dataSection(d *Data, failed []string, future int) *Section {
	s := &Section{ID: "data", Title: "Data"}
	open := 0
	for _, t := range a.all {
		if t.Open() {
			open++
		}
	}
	s.Intro = append(s.Intro, a.f("%d incidents known at now, %d opened in the period, %d open now.", len(a.all), len(a.period), open))
	if future > 0 {
		s.Intro = append(s.Intro, a.f("%d incidents opened after now are left out (set -now later to include them).", future))
	}
	t := &Table{ID: "inputs", Columns: []Column{{"file", "File", false, false}, {"format", "Format", false, false},
		{"rows_read", "Rows read", true, false}, {"rows_used", "Used", true, false}, {"rows_rejected", "Rejected", true, false}}}
	rej := &Table{ID: "rejected_rows", Title: "Rejected rows", Limit: 10, Columns: []Column{{"file", "File", false, false}, {"line", "Line", true, false}, {"error", "Error", false, false}}}
	for _, st := range d.Stats {
		t.Add(txt(st.File), txt(st.Format), num(int64(st.Read)), num(int64(st.Used)), num(int64(st.Rejected)))
		for _, e := range st.Errors {
			rej.Add(txt(e.File), num(int64(e.Line)), txt(e.Err.Error()))
		}
	}
	s.Tables = append(s.Tables, t)
	if len(rej.Rows) > 0 {
		s.Tables = append(s.Tables, rej)
	}
	if len(failed) > 0 {
		s.Notes = append(s.Notes, a.f("%d tickets could not be evaluated and are left out:", len(failed)))
		s.Notes = append(s.Notes, failed...)
	}
	return s
}

func (a *analysis) prioritySection() (*Section, error) {
	m := a.Matrix
	s := &Section{ID: "priorities", Title: "Priorities (impact × urgency)"}
	s.Intro = []string{"Matrix in use (rows impact, columns urgency); overrides are data, listed below."}
	mt := &Table{ID: "matrix", Columns: []Column{{"impact", "Impact \\ Urgency", false, false}}}
	for _, u := range m.Urgency().All() {
		mt.Columns = append(mt.Columns, Column{"urgency_" + fmt.Sprint(u.Number()), u.String(), false, false})
	}
	for _, i := range m.Impact().All() {
		row := []Cell{txt(i.String())}
		for _, u := range m.Urgency().All() {
			p, err := m.Lookup(i, u)
			if err != nil {
				return nil, err
			}
			row = append(row, txt(p.String()))
		}
		mt.Add(row...)
	}
	if f := m.Validate(); len(f) > 0 {
		for _, x := range f {
			s.Notes = append(s.Notes, "Matrix check: "+x.String())
		}
	}
	counts := map[string][2]int{}
	for _, t := range a.period {
		c := counts[t.Prio.Computed().String()]
		c[0]++
		counts[t.Prio.Computed().String()] = c
		e := counts[t.Prio.Effective().String()]
		e[1]++
		counts[t.Prio.Effective().String()] = e
	}
	dist := &Table{ID: "priority_counts", Title: "Tickets opened in the period", Columns: []Column{{"priority", "Priority", false, false},
		{"computed", "By matrix", true, false}, {"effective", "Effective", true, false}, {"share", "Share", true, false}}}
	for _, p := range m.Priority().All() {
		c := counts[p.String()]
		dist.Add(txt(p.String()), num(int64(c[0])), num(int64(c[1])), pct(itsm.Ratio{Num: int64(c[1]), Den: int64(len(a.period))}, 1))
	}
	ov := &Table{ID: "overrides", Title: "Overrides (effective priority differs from the matrix, or an override was recorded)", Limit: 12,
		Columns: []Column{{"ticket", "Ticket", false, false}, {"opened", "Opened", false, false}, {"service", "Service", false, false},
			{"impact", "Impact", false, false}, {"urgency", "Urgency", false, false}, {"computed", "Matrix", false, false}, {"effective", "Effective", false, false}, {"override", "Override", false, false}}}
	// Overrides that changed the priority first, then those recorded
	// without effect (a major incident that was P1 by the matrix anyway).
	byKind := map[string]int{}
	for _, changed := range []bool{true, false} {
		for _, t := range a.all {
			if len(t.Prio.Explain().Overrides) == 0 || !(inPeriodT(a.World, t) || t.Open()) {
				continue
			}
			if t.Prio.Effective().Equal(t.Prio.Computed()) == changed {
				continue
			}
			if changed {
				for _, ap := range t.Prio.Explain().Overrides {
					if !ap.Before.Equal(ap.After) {
						byKind[ap.Override.Kind.String()]++
					}
				}
			}
			ov.Add(txt(t.ID), at(t.Opened), txt(t.Service), txt(t.Impact.String()), txt(t.Urgency.String()),
				txt(prioLabel(t.Prio.Computed())), txt(prioLabel(t.Prio.Effective())), txt(overrideText(t)))
		}
	}
	var kinds []string
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		kinds = append(kinds, fmt.Sprintf("%d %s", byKind[k], k))
	}
	if len(kinds) > 0 {
		s.Intro = append(s.Intro, a.f("Overrides that changed a priority (tickets of the period or open now): %s.", strings.Join(kinds, ", ")))
	}
	s.Tables = []*Table{mt, dist, ov}
	return s, nil
}

func inPeriodT(w *World, t *Ticket) bool { return !t.Opened.Before(w.From) && t.Opened.Before(w.To) }

func stageText(c sla.Cycle) string {
	switch c.Stage {
	case sla.Breached:
		if c.End.IsZero() {
			return "BREACHED"
		}
		return "breached"
	case sla.Paused:
		if c.Breached {
			return "paused, BREACHED"
		}
		return "paused"
	}
	return c.Stage.String()
}

// openRow is an open ticket with its resolution clock explained.
type openRow struct {
	t    *Ticket
	res  sla.Status
	resX *sla.Explanation
	hasR bool
}

func (a *analysis) openRows() ([]openRow, error) {
	var rows []openRow
	for _, t := range a.all {
		if !t.Open() {
			continue
		}
		row := openRow{t: t}
		row.res, row.hasR = t.StatusOf(sla.Resolution)
		xs, err := a.Explain(t, a.Now)
		if err != nil {
			return nil, fmt.Errorf("ticket %s: %w", t.ID, err)
		}
		for i := range xs {
			if xs[i].Status.Metric == sla.Resolution {
				row.resX = &xs[i]
			}
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(x, y openRow) int {
		dx, dy := x.res.Deadline, y.res.Deadline
		if dx.IsZero() != dy.IsZero() {
			if dx.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(dx.Compare(dy), cmp.Compare(x.t.ID, y.t.ID))
	})
	return rows, nil
}

func (a *analysis) openSection() (*Section, error) {
	rows, err := a.openRows()
	if err != nil {
		return nil, err
	}
	s := &Section{ID: "open", Title: "Open tickets: SLA status now"}
	breached, paused := 0, 0
	t := &Table{ID: "open_tickets", Limit: 25, Expand: true, NarrowOrder: []string{"priority", "resolution_due", "remaining", "clock", "state", "service", "team"}, Columns: []Column{
		{"ticket", "Ticket", false, false}, {"priority", "P", false, false}, {"service", "Service", false, false}, {"team", "Team", false, false},
		{"state", "State", false, false}, {"opened", "Opened", false, false}, {"response", "Response", false, false},
		{"resolution_due", "Resolution due", false, false}, {"remaining", "Remaining", true, false}, {"used", "Used", true, false},
		{"warnings", "Warnings", false, false}, {"clock", "Clock", false, false}}}
	for _, r := range rows {
		resp := "–"
		if st, ok := r.t.StatusOf(sla.Response); ok {
			resp = stageText(st.Cycle)
		}
		due, remaining, used, warn, clock := none(), none(), none(), txt(""), txt("no target")
		if r.hasR {
			c := r.res.Cycle
			due = at(c.Deadline)
			remaining = hrs(c.Remaining.Std())
			if c.Remaining < 0 {
				// Overdue: business hours past a deadline mean little to a
				// reader ("-201h 25m"); working days past it do.
				remaining.Text = a.overdue(c.Target, c.Deadline)
			}
			if p, ok := (itsm.Ratio{Num: int64(c.Elapsed), Den: int64(c.Goal)}).Percent(0); c.Goal > 0 && ok {
				used = Cell{p.String() + " %", json.Number(p.String())}
			}
			clock = txt(stageText(c))
			if c.Breached {
				breached++
			}
			if c.Stage == sla.Paused {
				paused++
			}
			if r.resX != nil {
				var ws []string
				for _, w := range r.resX.Warnings {
					if w.Reached {
						ws = append(ws, w.Threshold.String())
					}
				}
				warn = txt(strings.Join(ws, " "))
			}
		}
		state := r.t.State
		if r.t.NoHistory && r.t.Source != nil && r.t.Source.Status != "" {
			state = r.t.Source.Status // no history: the status as exported, since an unknown time
		}
		t.Add(txt(r.t.ID), txt(prioLabel(r.t.Prio.Effective())), txt(r.t.Service), txt(r.t.Team), txt(state),
			at(r.t.Opened), txt(resp), due, remaining, used, warn, clock)
	}
	a.key("Open tickets", num(int64(len(rows))), "Open tickets")
	if a.Policy == nil {
		s.Title = "Open tickets now"
		s.Intro = []string{a.f("%d open tickets. No SLA policy is configured: no deadlines.", len(rows))}
		t.Columns = t.Columns[:6]
		for i := range t.Rows {
			t.Rows[i] = t.Rows[i][:6]
		}
		s.Tables = []*Table{t}
		return s, nil
	}
	s.Intro = []string{a.f("%d open tickets, %d of them past their resolution deadline, %d paused (waiting for the user or a vendor). Sorted by resolution deadline; remaining time is business time on the target's calendar, time past a deadline in working days.", len(rows), breached, paused)}
	a.key("… past their resolution deadline", num(int64(breached)), "Open tickets")
	a.key("… paused (user or vendor)", num(int64(paused)), "Open tickets")
	s.Tables = []*Table{t}
	return s, nil
}

// overdue says how long a deadline has passed, in working days of the
// target's calendar (days after the deadline's, up to today's): "overdue
// today", "3 working days overdue".
func (a *analysis) overdue(target string, deadline time.Time) string {
	cal := calendar.AlwaysOpen()
	for _, r := range a.Policy.Spec.Rules {
		for _, ts := range r.Targets {
			if c, ok := a.Calendars[ts.Schedule]; ok && ts.Name == target {
				cal = c
			}
		}
	}
	n := cal.WorkingDays(date.NewAt(deadline.In(a.Loc))+1, date.NewAt(a.Now.In(a.Loc))+1)
	switch {
	case n <= 0:
		return a.tr("overdue today")
	case n == 1:
		return a.tr("1 working day overdue")
	}
	return a.f("%d working days overdue", n)
}

func (a *analysis) escalationSection() (*Section, error) {
	if a.Policy == nil {
		return nil, nil
	}
	rows, err := a.openRows()
	if err != nil {
		return nil, err
	}
	y, m, d := a.Now.In(a.Loc).Date()
	day, end := midnight(y, m, d, a.Loc), midnight(y, m, d+1, a.Loc)
	s := &Section{ID: "escalations", Title: a.f("Escalations and deadlines due today (%s)", a.day(day))}
	t := &Table{ID: "escalations_today", Columns: []Column{{"at", "At", false, false}, {"ticket", "Ticket", false, false}, {"priority", "P", false, false},
		{"what", "What", false, false}, {"target", "Target", false, false}, {"deadline", "Deadline", false, false}, {"team", "Team", false, false}, {"state", "State", false, false}}}
	type item struct {
		at   time.Time
		row  openRow
		what string
	}
	var items []item
	earlier := 0
	for _, r := range rows {
		if r.resX == nil {
			continue
		}
		c := r.res.Cycle
		if !c.Deadline.IsZero() && !c.Deadline.Before(day) && c.Deadline.Before(end) {
			items = append(items, item{c.Deadline, r, "deadline (breach unless resolved or paused)"})
		}
		for _, e := range r.resX.Escalations {
			switch {
			case !e.At.Before(day) && e.At.Before(end):
				items = append(items, item{e.At, r, "escalate to " + e.Name})
			case e.At.Before(day):
				earlier++
			}
		}
	}
	slices.SortStableFunc(items, func(x, y item) int { return cmp.Or(x.at.Compare(y.at), cmp.Compare(x.row.t.ID, y.row.t.ID)) })
	for _, it := range items {
		c := it.row.res.Cycle
		when := at(it.at)
		if it.at.Before(a.Now) {
			when.Text += " (passed)"
		}
		t.Add(when, txt(it.row.t.ID), txt(prioLabel(it.row.t.Prio.Effective())), txt(it.what), txt(c.Target), at(c.Deadline), txt(it.row.t.Team), txt(it.row.t.State))
	}
	s.Intro = []string{a.f("%d escalations or deadlines fall on today; %d escalation levels of open tickets fired on earlier days. A paused clock's deadline assumes it resumes now.", len(items), earlier)}
	a.key("Escalations and deadlines today", num(int64(len(items))), "Escalations")
	s.Tables = []*Table{t}
	return s, nil
}

// outcome classifies a ticket's cycles of one slot: met, breached, or
// still pending (running, not yet breached). Cancelled cycles don't count.
func outcome(st sla.Status) (met, breached, pending bool) {
	for _, c := range st.Cycles() {
		if c.Breached {
			return false, true, false
		}
	}
	switch st.Stage {
	case sla.Met:
		return true, false, false
	case sla.Running, sla.Paused:
		return false, false, true
	}
	return false, false, false
}

func (a *analysis) attainmentSection() (*Section, error) {
	if a.Policy == nil {
		s := &Section{ID: "attainment", Title: "SLA attainment in the period"}
		s.Intro = []string{"No SLA policy is configured, so no SLA clocks are computed (no open-ticket deadlines, escalations, attainment or breaches). Give one in -config under \"sla\" (package sla's policy JSON); -print-config shows the configuration in effect."}
		a.key("SLA attainment", txt("no SLA policy configured"), s.Title)
		return s, nil
	}
	s := &Section{ID: "attainment", Title: "SLA attainment in the period"}
	type acc struct {
		att     kpi.Attainment
		pending int
		goal    string
	}
	accs := map[string]*acc{}
	var order []string
	for _, r := range a.Policy.Spec.Rules {
		for _, ts := range r.Targets {
			accs[ts.Name] = &acc{goal: fmt.Sprintf("%s (%s)", ts.Goal, cmp.Or(ts.Schedule, "24x7"))}
			order = append(order, ts.Name)
		}
	}
	for _, t := range a.period {
		for _, st := range t.Status {
			x := accs[st.Target]
			if x == nil {
				continue
			}
			met, br, pend := outcome(st)
			switch {
			case met || br:
				x.att.Add(met)
			case pend:
				x.pending++
			}
		}
	}
	goal := a.Cfg.AttainmentGoal
	t := &Table{ID: "attainment", Columns: []Column{{"target", "Target", false, false}, {"goal", "Goal", false, false}, {"measured", "Measured", true, false},
		{"met", "Met", true, false}, {"breached", "Breached", true, false}, {"pending", "Pending", true, false}, {"attainment", "Attainment", true, false}, {"ok", "≥ " + goal.String() + " %", false, false}}}
	ch := &Chart{Title: a.f("Attainment per target (marker: %s %% goal)", goal.String()), Min: 50, Max: 100}
	var missed []string
	for _, name := range order {
		x := accs[name]
		r := x.att.Ratio()
		ok := none()
		bad := false
		if c, has := r.CmpPercent(goal); has {
			ok = Cell{map[bool]string{true: "yes", false: "NO"}[c >= 0], c >= 0}
			bad = c < 0
		}
		t.Add(txt(name), txt(x.goal), num(x.att.Total), num(x.att.Met), num(x.att.Total-x.att.Met), num(int64(x.pending)), pct(r, 1), ok)
		if bad {
			missed = append(missed, name+" "+a.numText(pct(r, 1).Text))
		}
		if p, has := r.Percent(1); has {
			v, _ := p.Float64()
			ch.Bars = append(ch.Bars, Bar{Label: name, Value: v, Text: p.StringFixed(1) + " %", Target: goal.InexactFloat64(), HasTarget: true, Bad: bad})
			ch.Min = math.Min(ch.Min, math.Floor(v/10)*10) // no bar is cut at the axis
		}
	}
	s.Intro = []string{"Tickets opened in the period, per target: met, breached (a breach counts even if the ticket was later resolved), and still running. The goal is compared exactly, not on the rounded percentage."}
	if len(missed) == 0 {
		missed = []string{"none"}
	}
	a.key(a.f("Targets below the %s %% goal", goal.String()), txt(strings.Join(missed, ", ")), "SLA attainment")
	s.Tables = []*Table{t}
	s.Charts = []*Chart{ch}
	return s, nil
}

func (a *analysis) breachSection() (*Section, error) {
	if a.Policy == nil {
		return nil, nil
	}
	s := &Section{ID: "breaches", Title: "Resolution breaches explained (P1–P3, period)"}
	t := &Table{ID: "breaches", Limit: 15, NarrowOrder: []string{"priority", "overrun", "target", "breach_at", "service"}, Columns: []Column{{"ticket", "Ticket", false, false}, {"priority", "P", false, false}, {"service", "Service", false, false},
		{"target", "Target", false, false}, {"goal", "Goal", true, false}, {"counted", "Counted", true, false}, {"overrun", "Overrun", true, false}, {"paused", "Paused", true, false},
		{"breach_at", "Breached at", false, false}, {"held_by", "Counted time held by", false, false}}}
	seg := &Table{ID: "breach_segments", Title: "Segments of the P1/P2 breaches (what the clock counted, and why not)", Limit: 40,
		Columns: []Column{{"ticket", "Ticket", false, false}, {"from", "From", false, false}, {"to", "To", false, false}, {"kind", "Kind", false, false}, {"counted", "Counted", true, false}, {"assignee", "Held by", false, false}}}
	n := 0
	for _, tk := range a.period {
		st, ok := tk.StatusOf(sla.Resolution)
		if !ok || tk.Prio.Effective().Number() > 3 {
			continue
		}
		if _, br, _ := outcome(st); !br {
			continue
		}
		xs, err := a.Explain(tk, a.Now)
		if err != nil {
			return nil, fmt.Errorf("ticket %s: %w", tk.ID, err)
		}
		var x *sla.Explanation
		for i := range xs {
			if xs[i].Status.Metric == sla.Resolution {
				x = &xs[i]
			}
		}
		if x == nil {
			continue
		}
		n++
		c := x.Status.Cycle
		for _, h := range x.Status.Cycles() {
			if h.Breached {
				c = h
				break
			}
		}
		shares := slices.Clone(x.Attribution)
		slices.SortStableFunc(shares, func(p, q sla.Share) int { return cmp.Compare(q.Counted, p.Counted) })
		var held []string
		for _, sh := range shares {
			if sh.Cycle == c.Number && sh.Counted > 0 {
				held = append(held, fmt.Sprintf("%s %s", cmp.Or(sh.Assignee, "(unassigned)"), fmtHours(sh.Counted.Std())))
			}
		}
		t.Add(txt(tk.ID), txt(prioLabel(tk.Prio.Effective())), txt(tk.Service), txt(c.Target), hrs(c.Goal.Std()), hrs(c.Elapsed.Std()),
			hrs((c.Elapsed - c.Goal).Std()), hrs(c.Paused.Std()), at(c.BreachAt), txt(strings.Join(held, ", ")))
		if tk.Prio.Effective().Number() <= 2 {
			for _, sg := range x.Segments {
				if sg.Cycle != c.Number {
					continue
				}
				seg.Add(txt(tk.ID), at(sg.Start), at(sg.End), txt(sg.Kind.String()), hrs(sg.Counted.Std()), txt(sg.Assignee))
			}
		}
	}
	// Largest overrun first (ties by ticket): the worst failures lead, and
	// the segments follow the same order.
	overrun := func(row []Cell) time.Duration {
		d, _ := time.ParseDuration(string(row[6].Value.(durationText)))
		return d
	}
	slices.SortStableFunc(t.Rows, func(p, q []Cell) int {
		return cmp.Or(cmp.Compare(overrun(q), overrun(p)), cmp.Compare(p[0].Text, q[0].Text))
	})
	rank := map[string]int{}
	for i, row := range t.Rows {
		rank[row[0].Text] = i
	}
	slices.SortStableFunc(seg.Rows, func(p, q []Cell) int { return cmp.Compare(rank[p[0].Text], rank[q[0].Text]) })
	s.Intro = []string{a.f("%d tickets breached their resolution target. Counted is business time on the target's calendar; paused time (awaiting user or vendor) and out-of-hours time are not counted. Sorted by overrun, largest first.", n)}
	s.Tables = []*Table{t, seg}
	return s, nil
}
