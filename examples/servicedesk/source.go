package main

import (
	"fmt"
	"strings"
)

// sourceSection states the definitions the report uses where the source
// system keeps its own figures, and shows the system's count beside the
// one recomputed from the events wherever the two differ, with the tickets
// that make the difference. The report's figures (KPIs, summary) are the
// source's: a manager compares them with the system's own screens.
func (a *analysis) sourceSection() *Section {
	var withFields []*Ticket
	for _, t := range a.period {
		if t.sourceFields() {
			withFields = append(withFields, t)
		}
	}
	if len(withFields) == 0 {
		return nil
	}
	s := &Section{ID: "definitions", Title: "Definitions: the source system's figures and the recomputed ones"}
	s.Intro = []string{a.f("%d of the %d incidents opened in the period carry ServiceNow's own fields. "+
		"The report counts as ServiceNow does: resolved = resolved_at is set (the clock stops at resolved_at, closing at closed_at), "+
		"reopened = reopen_count > 0, reassigned = reassignment_count > 0; an incident's updates are ordered by sys_updated_at, then sys_mod_count. "+
		"Beside each figure is the one recomputed from the update rows (state and assignment_group changes); where they differ the tickets are listed.", len(withFields), len(a.period))}
	t := &Table{ID: "source_figures", Columns: []Column{{"figure", "Figure", false, false}, {"field", "Source field", false, false},
		{"source", "Source", true, false}, {"recomputed", "Recomputed", true, false}, {"why", "Why they differ", false, false}}}
	type fig struct {
		name, field string
		src, rec    func(*Ticket) bool
		onlySrc     string // why a ticket counts for the source only
		onlyRec     string // why a ticket counts recomputed only
	}
	figs := []fig{
		{"Resolved", "resolved_at", func(t *Ticket) bool { return !t.ResolvedAt().IsZero() },
			func(t *Ticket) bool { return !t.FirstResolved.IsZero() },
			"resolved_at is set but no update row reaches Resolved or Closed",
			"an update row reaches Resolved or Closed but resolved_at is empty"},
		{"Reopened", "reopen_count", func(t *Ticket) bool { return t.Source.ReopenCount > 0 },
			func(t *Ticket) bool { return t.Reopens > 0 },
			"reopen_count rose but no update row leaves Resolved/Closed for an open state",
			"the update rows leave Resolved/Closed for an open state but reopen_count stays 0"},
		{"Reassigned", "reassignment_count", func(t *Ticket) bool { return t.Source.ReassignmentCount > 0 },
			func(t *Ticket) bool { return t.Reassignments > 0 },
			"reassignment_count rose while assignment_group named the same group",
			"assignment_group changed but reassignment_count stays 0"},
	}
	for _, f := range figs {
		var ns, nr int
		var onlyS, onlyR []string
		for _, tk := range withFields {
			sv, rv := f.src(tk), f.rec(tk)
			if sv {
				ns++
			}
			if rv {
				nr++
			}
			switch {
			case sv && !rv:
				onlyS = append(onlyS, tk.ID)
			case rv && !sv:
				onlyR = append(onlyR, tk.ID)
			}
		}
		var why []string
		if len(onlyS) > 0 {
			why = append(why, a.f("%d: %s (%s)", len(onlyS), f.onlySrc, idList(onlyS, 5)))
		}
		if len(onlyR) > 0 {
			why = append(why, a.f("%d: %s (%s)", len(onlyR), f.onlyRec, idList(onlyR, 5)))
		}
		if len(why) == 0 {
			why = []string{"the same"}
		}
		t.Add(txt(f.name), txt(f.field), num(int64(ns)), num(int64(nr)), txt(strings.Join(why, "; ")))
		v := fmt.Sprint(ns)
		if ns != nr || len(onlyS)+len(onlyR) > 0 {
			v += a.f(" (recomputed from the updates: %d)", nr)
		}
		a.key(f.name+" ("+f.field+")", Cell{v, int64(ns)}, "Definitions")
	}
	s.Tables = []*Table{t}
	return s
}

// idList shows up to n ids and how many more there are.
func idList(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:n], ", ") + fmt.Sprintf(" and %d more", len(ids)-n)
}
