package main

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm/kpi"
)

// deskCalendar is the schedule business-time KPIs are measured on.
func (a *analysis) deskCalendar() kpi.Schedule {
	if c, ok := a.Calendars[a.Cfg.BusinessHours]; ok && a.Cfg.BusinessHours != "" {
		return c
	}
	return nil // wall clock
}

func (a *analysis) kpiSection() (*Section, error) {
	s := &Section{ID: "kpis", Title: "Service desk KPIs (tickets opened in the period)"}
	cut := a.Now
	desk := a.deskCalendar()
	type pair struct {
		name    string
		measure kpi.Measure
		start   func(*Ticket) time.Time
		end     func(*Ticket) time.Time
	}
	clocks := []kpi.Clock{kpi.Business, kpi.Wall}
	if desk == nil {
		clocks = clocks[1:] // no business hours configured: wall clock only
	}
	measures := []pair{
		{"MTTA (opened → first response)", kpi.MTTA, func(t *Ticket) time.Time { return t.Opened }, func(t *Ticket) time.Time { return t.Ack }},
		{"MTTR (opened → resolved)", kpi.MTTResolve, func(t *Ticket) time.Time { return t.Opened }, func(t *Ticket) time.Time { return t.ResolvedAt() }},
	}
	tt := &Table{ID: "times", Columns: []Column{{"measure", "Measure", false, false}, {"clock", "Clock", false, false}, {"n", "Completed", true, false},
		{"mean", "Mean", true, false}, {"median", "Median", true, false}, {"p90", "90th pct", true, false}, {"open", "Still open", true, false}, {"open_median", "Open, median so far", true, false}}}
	byPrio := &Table{ID: "mttr_by_priority", Title: "MTTR by effective priority", Columns: []Column{{"priority", "P", false, false}, {"n", "Resolved", true, false},
		{"mean_business", "Mean (business)", true, false}, {"median_business", "Median (business)", true, false}, {"mean_wall", "Mean (wall)", true, false}, {"median_wall", "Median (wall)", true, false}}}
	ch := &Chart{Title: "Median time to resolve by priority, business hours (h)"}
	for _, m := range measures {
		for _, clk := range clocks {
			var sched kpi.Schedule
			if clk == kpi.Business {
				sched = desk
			}
			smp := &kpi.Sample{Measure: m.measure, Clock: clk}
			for _, t := range a.period {
				if t.Cancelled {
					continue
				}
				end := m.end(t)
				if end.IsZero() && !t.Open() {
					// Closed without the end this measure needs (no first
					// response in the log, no resolved_at): neither
					// completed nor still open, so not in the sample.
					continue
				}
				if !end.IsZero() && end.After(cut) {
					end = time.Time{}
				}
				if err := smp.Observe(sched, m.start(t), end, cut); err != nil {
					return nil, fmt.Errorf("%s %s: %w", t.ID, m.name, err)
				}
			}
			done, open := smp.Completed(), smp.Censored()
			mean, _ := done.Stats().Mean()
			med, _ := done.Median()
			p90, _, err := done.Percentile(ninety, kpi.NearestRank)
			if err != nil {
				return nil, err
			}
			openMed := none()
			f := dur
			if clk == kpi.Business {
				f = hrs
			}
			if v, ok := open.Median(); ok {
				openMed = f(v)
			}
			tt.Add(txt(m.name), txt(clk.String()), num(done.Stats().Count()), f(mean), f(med), f(p90), num(open.Stats().Count()), openMed)
		}
	}
	for _, p := range a.Matrix.Priority().All() {
		bus := &kpi.Sample{Measure: kpi.MTTResolve, Clock: kpi.Business}
		wall := &kpi.Sample{Measure: kpi.MTTResolve, Clock: kpi.Wall}
		for _, t := range a.period {
			res := t.ResolvedAt()
			if t.Cancelled || !t.Prio.Effective().Equal(p) || res.IsZero() || res.After(cut) {
				continue
			}
			if err := bus.Observe(desk, t.Opened, res, cut); err != nil {
				return nil, err
			}
			if err := wall.Observe(nil, t.Opened, res, cut); err != nil {
				return nil, err
			}
		}
		bm, _ := bus.Completed().Stats().Mean()
		bmed, okb := bus.Completed().Median()
		wm, _ := wall.Completed().Stats().Mean()
		wmed, _ := wall.Completed().Median()
		if bus.Completed().Stats().Count() == 0 {
			byPrio.Add(txt(prioLabel(p)), num(0), none(), none(), none(), none())
		} else {
			byPrio.Add(txt(prioLabel(p)), num(bus.Completed().Stats().Count()), hrs(bm), hrs(bmed), dur(wm), dur(wmed))
		}
		if okb {
			h := bmed.Hours()
			ch.Bars = append(ch.Bars, Bar{Label: p.String(), Value: h, Text: fmtHours(bmed)})
			ch.Max = max(ch.Max, h)
		}
	}
	if desk == nil { // the business columns would repeat the wall clock
		byPrio.Columns = slices.Delete(byPrio.Columns, 2, 4)
		for i := range byPrio.Rows {
			byPrio.Rows[i] = slices.Delete(byPrio.Rows[i], 2, 4)
		}
		ch.Title = "Median time to resolve by priority, hours (wall clock)"
	}
	if step := niceStep(ch.Max, 4); ch.Max > 0 {
		ch.Max = math.Ceil(ch.Max/step-1e-9) * step // end the axis on a round tick
	}

	// Rates.
	var desk2 kpi.DeskRates
	csat, err := kpi.NewCSAT(kpi.DefaultCSAT())
	if err != nil {
		return nil, err
	}
	var nps kpi.NPS
	for _, t := range a.period {
		if t.Cancelled {
			continue
		}
		res := t.ResolvedAt()
		resolved, reopens, handoffs := !res.IsZero(), t.ReopenCount(), t.ReassignmentCount()
		o := kpi.TicketOutcome{Resolved: resolved, Reopened: reopens > 0 && resolved, Reassignments: handoffs,
			Escalated: handoffs > 0}
		// First contact: taken by phone or chat while the requester was on
		// the line, solved by the desk without a hand-off or a reopening.
		o.AtFirstContact = resolved && slices.Contains(a.Channels, strings.ToLower(strings.TrimSpace(t.Contact))) && handoffs == 0 &&
			reopens == 0 && res.Sub(t.Opened) <= a.Cfg.FirstContact.Within.Std()
		if resolved {
			o.FixAttempts = 1 + reopens
		}
		if err := desk2.Add(o); err != nil {
			return nil, fmt.Errorf("%s: %w", t.ID, err)
		}
		if t.CSAT > 0 {
			if err := csat.Add(t.CSAT); err != nil {
				return nil, fmt.Errorf("%s: %w", t.ID, err)
			}
		}
		if t.NPS >= 0 {
			if err := nps.Add(t.NPS); err != nil {
				return nil, fmt.Errorf("%s: %w", t.ID, err)
			}
		}
	}
	rt := &Table{ID: "rates", Title: "Rates", Columns: []Column{{"kpi", "KPI", false, false}, {"value", "Value", true, false}, {"fraction", "Count", true, false}, {"definition", "Definition", false, false}}}
	rt.Add(txt("First contact resolution"), pct(desk2.FCR(), 1), frac(desk2.FCR()), txt(a.f("resolved within %s of opening, taken by %s (contact type, any case), no hand-off, not reopened ÷ resolved", fmtDur(a.Cfg.FirstContact.Within.Std()), strings.Join(a.Cfg.FirstContact.Channels, "/"))))
	rt.Add(txt("First time fix"), pct(desk2.FTF(), 1), frac(desk2.FTF()), txt("resolved with one fix attempt, not reopened ÷ resolved"))
	rt.Add(txt("Reopen rate"), pct(desk2.ReopenRate(), 1), frac(desk2.ReopenRate()), txt("resolved tickets reopened at least once ÷ resolved"))
	rt.Add(txt("Reassignment rate"), pct(desk2.ReassignmentRate(), 1), frac(desk2.ReassignmentRate()), txt("tickets handed to another team at least once ÷ tickets"))
	rt.Add(txt("CSAT"), pct(csat.Score(), 1), frac(csat.Score()), txt("ratings 4–5 ÷ survey answers (1–5)"))
	npsCell := none()
	if v, ok := nps.Ratio().Percent(0); ok {
		npsCell = Cell{v.String(), json.Number(v.String())}
	}
	rt.Add(txt("NPS"), npsCell, Cell{fmt.Sprintf("%d/%d/%d", nps.Promoters, nps.Passives, nps.Detractors), nil}, txt("% promoters (9–10) − % detractors (0–6); count promoters/passives/detractors"))

	// Backlog now and its age.
	buckets := []time.Duration{24 * time.Hour, 3 * 24 * time.Hour, 7 * 24 * time.Hour, 14 * 24 * time.Hour, 30 * 24 * time.Hour}
	bl, err := kpi.NewBacklog(a.Now, buckets, nil, kpi.Wall)
	if err != nil {
		return nil, err
	}
	for _, t := range a.all {
		if t.Cancelled {
			continue // a cancelled ticket is not work waiting
		}
		kt := kpi.Ticket{Opened: t.Opened, Resolved: t.Resolved}
		if err := bl.Add(kt); err != nil {
			return nil, fmt.Errorf("%s: %w", t.ID, err)
		}
	}
	bt := &Table{ID: "backlog_age", Title: a.f("Backlog now: %d open tickets, by age (wall clock)", bl.Ages().Count()),
		Columns: []Column{{"age", "Age", false, false}, {"tickets", "Tickets", true, false}, {"share", "Share", true, false}}}
	bch := &Chart{Title: "Backlog by age"}
	bseries := Series{Name: "open tickets", Color: "#2166ac"}
	for _, b := range bl.Distribution() {
		label := fmt.Sprintf("%s – %s", fmtDur(b.From.Std()), fmtDur(b.To.Std()))
		if b.Unbounded {
			label = "≥ " + fmtDur(b.From.Std())
		}
		bt.Add(txt(label), num(b.Count), pct(b.Share, 1))
		bch.Categories = append(bch.Categories, label)
		bseries.Values = append(bseries.Values, float64(b.Count))
	}
	bch.Series = []Series{bseries}

	for _, row := range tt.Rows {
		if row[0].Text == measures[1].name && row[1].Text == clocks[0].String() {
			label := "Median time to resolve (business hours)"
			if desk == nil {
				label = "Median time to resolve (wall clock)"
			}
			a.key(label, row[4], "KPIs")
		}
	}
	a.key("First contact resolution", pct(desk2.FCR(), 1), "KPIs")
	csatNPS := a.numText(pct(csat.Score(), 1).Text + " / " + npsCell.Text)
	a.key("CSAT / NPS", Cell{csatNPS, csatNPS}, "KPIs")
	old := int64(0)
	for _, b := range bl.Distribution() {
		if b.From.Std() >= 7*24*time.Hour {
			old += b.Count
		}
	}
	a.key("Backlog older than 7 days", num(old), "KPIs")
	clockNote := a.tr("No business-hours calendar is configured (business_hours): times are wall-clock time.")
	if desk != nil {
		clockNote = a.f("Business time is counted on the calendar %q (%s).", a.Cfg.BusinessHours, a.Cfg.Calendars[a.Cfg.BusinessHours].Week.String())
	}
	s.Intro = []string{clockNote + " " + a.tr("Tickets still open at now are kept apart (censored), never dropped; cancelled tickets are left out.")}
	s.Tables = []*Table{tt, byPrio, rt, bt}
	s.Charts = []*Chart{a.volumeChart(), ch, bch}
	return s, nil
}

// volumeChart is the weekly inflow by effective priority.
func (a *analysis) volumeChart() *Chart {
	c := &Chart{Title: "Incidents opened per week, by priority"}
	y, m, d := mondayOf(a.From.In(a.Loc))
	var weeks []time.Time
	for wk := midnight(y, m, d, a.Loc); wk.Before(a.To); wk = midnight(y, m, d+7*len(weeks), a.Loc) {
		weeks = append(weeks, wk)
		label := a.shortDay(wk)
		if wk.Before(a.From) || midnight(y, m, d+7*len(weeks), a.Loc).After(a.To) {
			label += "*" // the period covers only part of this week
			c.Note = "* a week the period covers only in part (its days are in the table)"
		}
		c.Categories = append(c.Categories, label)
	}
	levels := a.Matrix.Priority().All()
	series := make([]Series, len(levels))
	for i, l := range levels {
		series[i] = Series{Name: l.String(), Values: make([]float64, len(weeks)), Color: palette[min(i, len(palette)-1)]}
	}
	first := date.New(y, m, d)
	for _, t := range a.period {
		// Civil days, not hours: a DST week has 167 or 169 hours.
		wi := int(date.NewAt(t.Opened.In(a.Loc))-first) / 7
		if wi < 0 || wi >= len(weeks) {
			continue
		}
		for i, l := range levels {
			if t.Prio.Effective().Equal(l) {
				series[i].Values[wi]++
			}
		}
	}
	c.Series = series
	return c
}

var ninety = decimal.NewFromInt(90)
