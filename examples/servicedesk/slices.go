package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/sla"
	"github.com/rickb777/date/v2"
)

// The report's figures cut three ways a manager asks for: by time window
// (the last 7 days and the month to date beside the whole period), by
// assignment group and by service, and week by week (opened against
// resolved). One function computes a row of figures for any set of
// tickets, so the cuts always agree with each other and with the KPIs.

// figures are the key numbers of a set of tickets.
type figures struct {
	opened, resolved, open, breached int64
	att                              kpi.Attainment
	ttr                              *kpi.Sample
}

// figuresOf computes the figures of tickets, with resolutions counted up
// to now. Resolution attainment counts the tickets whose resolution clock
// met or breached; time to resolve is wall-clock time (the same for every
// configuration, and what a customer waits).
func (a *analysis) figuresOf(ts []*Ticket) (figures, error) {
	f := figures{ttr: &kpi.Sample{Measure: kpi.MTTResolve, Clock: kpi.Wall}}
	for _, t := range ts {
		f.opened++
		if t.Open() {
			f.open++
		}
		res := t.ResolvedAt()
		if !res.IsZero() && !res.After(a.Now) && !t.Cancelled {
			f.resolved++
			if err := f.ttr.Observe(nil, t.Opened, res, a.Now); err != nil {
				return f, fmt.Errorf("%s: %w", t.ID, err)
			}
		}
		if st, ok := t.StatusOf(sla.Resolution); ok {
			met, br, _ := outcome(st)
			if met || br {
				f.att.Add(met)
			}
			if br {
				f.breached++
			}
		}
	}
	return f, nil
}

func (f figures) medianTTR() Cell {
	if m, ok := f.ttr.Completed().Median(); ok {
		return dur(m)
	}
	return none()
}

// timeWindow is a named stretch of time ending at now (or the period's end).
type timeWindow struct {
	key, name  string
	start, end time.Time
}

// windows are the last 7 days (today and the 6 days before), the month to
// date and the reporting period.
func (a *analysis) windows() []timeWindow {
	y, m, d := a.Now.In(a.Loc).Date()
	return []timeWindow{
		{"last_7_days", a.tr("Last 7 days"), midnight(y, m, d-6, a.Loc), a.Now},
		{"month_to_date", a.tr("Month to date"), midnight(y, m, 1, a.Loc), a.Now},
		{"period", a.tr("Period"), a.From, a.To},
	}
}

func (a *analysis) ticketsIn(w timeWindow) []*Ticket {
	var out []*Ticket
	for _, t := range a.all {
		if !t.Opened.Before(w.start) && t.Opened.Before(w.end) {
			out = append(out, t)
		}
	}
	return out
}

// windowTable shows the key figures of tickets opened in each window.
func (a *analysis) windowTable() (*Table, error) {
	ws := a.windows()
	t := &Table{ID: "windows", Title: a.tr("Tickets opened in the last 7 days, the month to date and the period"),
		Columns: []Column{{Key: "figure", Title: a.tr("Figure")}}}
	var fs []figures
	for _, w := range ws {
		t.Columns = append(t.Columns, Column{Key: w.key, Title: fmt.Sprintf("%s (%s–%s)", w.name, a.shortDay(w.start), a.shortDay(w.end.Add(-time.Nanosecond))), Right: true})
		f, err := a.figuresOf(a.ticketsIn(w))
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	row := func(name string, cell func(f figures) Cell) {
		r := []Cell{txt(a.tr(name))}
		for _, f := range fs {
			r = append(r, cell(f))
		}
		t.Add(r...)
	}
	row("Opened", func(f figures) Cell { return num(f.opened) })
	row("Resolved (of those)", func(f figures) Cell { return num(f.resolved) })
	row("Still open", func(f figures) Cell { return num(f.open) })
	if a.Policy != nil {
		row("Resolution target breached", func(f figures) Cell { return num(f.breached) })
		row("Resolution attainment", func(f figures) Cell { return pct(f.att.Ratio(), 1) })
	}
	row("Median time to resolve (wall clock)", func(f figures) Cell { return f.medianTTR() })
	return t, nil
}

// groupTable shows the figures of the period's tickets per key (the
// assignment group holding each ticket now, or its service), busiest first.
func (a *analysis) groupTable(id, title, keyTitle string, key func(*Ticket) string) (*Table, error) {
	groups := map[string][]*Ticket{}
	for _, t := range a.period {
		k := cmp.Or(key(t), a.tr("(none)"))
		groups[k] = append(groups[k], t)
	}
	names := slices.Sorted(maps.Keys(groups))
	slices.SortStableFunc(names, func(x, y string) int { return cmp.Compare(len(groups[y]), len(groups[x])) })
	t := &Table{ID: id, Title: title, Limit: 15, Columns: []Column{{Key: "name", Title: keyTitle},
		{Key: "opened", Title: a.tr("Opened"), Right: true}, {Key: "resolved", Title: a.tr("Resolved"), Right: true},
		{Key: "open", Title: a.tr("Open now"), Right: true}}}
	if a.Policy != nil {
		t.Columns = append(t.Columns, Column{Key: "breached", Title: a.tr("Breached"), Right: true}, Column{Key: "attainment", Title: a.tr("Attainment"), Right: true})
	}
	t.Columns = append(t.Columns, Column{Key: "median_ttr", Title: a.tr("Median to resolve"), Right: true})
	for _, n := range names {
		f, err := a.figuresOf(groups[n])
		if err != nil {
			return nil, err
		}
		r := []Cell{txt(n), num(f.opened), num(f.resolved), num(f.open)}
		if a.Policy != nil {
			r = append(r, num(f.breached), pct(f.att.Ratio(), 1))
		}
		t.Add(append(r, f.medianTTR())...)
	}
	return t, nil
}

// cutsSection is the report's time, team and service cuts.
func (a *analysis) cutsSection() (*Section, error) {
	s := &Section{ID: "cuts", Title: a.tr("Last 7 days, month to date, teams and services")}
	wt, err := a.windowTable()
	if err != nil {
		return nil, err
	}
	gt, err := a.groupTable("by_group", a.tr("Per assignment group (tickets opened in the period, by the group holding them now)"), a.tr("Assignment group"), func(t *Ticket) string { return t.Team })
	if err != nil {
		return nil, err
	}
	st, err := a.groupTable("by_service", a.tr("Per service (tickets opened in the period)"), a.tr("Service"), func(t *Ticket) string { return t.Service })
	if err != nil {
		return nil, err
	}
	ft, ch, err := a.flowTable()
	if err != nil {
		return nil, err
	}
	s.Intro = []string{a.tr("Each column counts the tickets opened in its window; resolutions and breaches are of those tickets, up to now. Time to resolve is wall-clock time.")}
	s.Tables = []*Table{wt, gt, st, ft}
	s.Charts = []*Chart{ch}
	return s, nil
}

// flowTable is opened against resolved per week of the period (Monday to
// Sunday); weeks the period covers only in part are marked.
func (a *analysis) flowTable() (*Table, *Chart, error) {
	y, m, d := mondayOf(a.From.In(a.Loc))
	var periods []itsm.Interval
	var partial []bool
	for i := 0; ; i++ {
		ws, we := midnight(y, m, d+7*i, a.Loc), midnight(y, m, d+7*i+7, a.Loc)
		if !ws.Before(a.To) {
			break
		}
		start, end := later(ws, a.From), earlier(we, a.To)
		periods = append(periods, itsm.Interval{Start: start, End: end})
		partial = append(partial, start.After(ws) || end.Before(we))
	}
	var kts []kpi.Ticket
	for _, t := range a.all {
		if t.Cancelled {
			continue
		}
		res := t.ResolvedAt()
		if res.After(a.Now) {
			res = time.Time{}
		}
		kts = append(kts, kpi.Ticket{Opened: t.Opened, Resolved: res})
	}
	flows, err := kpi.FlowSeries(periods, kts)
	if err != nil {
		return nil, nil, err
	}
	t := &Table{ID: "weekly_flow", Title: a.tr("Opened and resolved per week (cancelled tickets left out)"), Limit: 16, Columns: []Column{
		{Key: "week", Title: a.tr("Week from")}, {Key: "days", Title: a.tr("Days"), Right: true},
		{Key: "opened", Title: a.tr("Opened"), Right: true}, {Key: "resolved", Title: a.tr("Resolved"), Right: true},
		{Key: "net", Title: a.tr("Backlog change"), Right: true}}}
	ch := &Chart{Title: a.tr("Opened and resolved per week"), Grouped: true}
	in := Series{Name: a.tr("opened"), Color: "#ef8a62"}
	out := Series{Name: a.tr("resolved"), Color: "#2166ac"}
	anyPartial := false
	for i, f := range flows {
		days := int(date.NewAt(f.Period.End.Add(-time.Nanosecond).In(a.Loc)) - date.NewAt(f.Period.Start.In(a.Loc)) + 1)
		label := a.shortDay(f.Period.Start)
		if partial[i] {
			label += "*"
			anyPartial = true
		}
		t.Add(txt(label), num(int64(days)), num(f.In), num(f.Out), Cell{fmt.Sprintf("%+d", f.In-f.Out), f.In - f.Out})
		ch.Categories = append(ch.Categories, label)
		in.Values = append(in.Values, float64(f.In))
		out.Values = append(out.Values, float64(f.Out))
	}
	ch.Series = []Series{in, out}
	if anyPartial {
		ch.Note = a.tr("* a week the period covers only in part (its days are in the table)")
	}
	return t, ch, nil
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
