package main

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/examples/servicedesk/importer"
)

// teamsDemoAnalysis builds the analysis of the embedded demo data as Build
// does, for testing one section.
func teamsDemoAnalysis(t *testing.T) *analysis {
	t.Helper()
	cfg, from, err := LoadConfig("", true)
	if err != nil {
		t.Fatal(err)
	}
	w, err := cfg.Resolve()
	if err != nil {
		t.Fatal(err)
	}
	w.Demo, w.ConfigSource, w.Lang = true, from, "en"
	if err := w.applyFlags(Options{}); err != nil {
		t.Fatal(err)
	}
	d, err := w.load(Options{}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	w.fitToData(Options{}, d)
	a := &analysis{World: w, data: d, summary: &Table{ID: "summary",
		Columns: []Column{{"figure", "Figure", false, false}, {"value", "Value", false, false}, {"section", "Details in", false, false}}}}
	for _, inc := range d.Incidents {
		if inc.Opened.After(w.Now) {
			continue
		}
		tk, err := w.Analyse(inc, w.Now)
		if err != nil {
			continue
		}
		a.all = append(a.all, tk)
		if !tk.Opened.Before(w.From) && tk.Opened.Before(w.To) {
			a.period = append(a.period, tk)
		}
	}
	return a
}

// The team clocks on the demo data: every team with its city and
// calendar, the Bangalore team counted on Bangalore's hours, and the
// comparison of the SLA as configured with the SLA following the team.
func TestTeamsSection(t *testing.T) {
	a := teamsDemoAnalysis(t)
	s, err := a.teamsSection()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteText(&b, &Report{Sections: []*Section{s}}, 0); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	rows := map[string][]Cell{}
	for _, r := range s.Tables[0].Rows {
		rows[r[1].Text] = r
	}
	for _, team := range []string{"Service Desk", "Workplace", "Network", "SAP Basis", "Vendor"} {
		r, ok := rows[team]
		if !ok {
			t.Fatalf("no row for %s", team)
		}
		if r[6].Value.(int64)+r[7].Value.(int64) == 0 {
			t.Errorf("%s: no cycle decided in the period", team)
		}
	}
	if rows["SAP Basis"][2].Text != "Bangalore" || rows["Service Desk"][2].Text != "Dortmund" {
		t.Errorf("cities: %v / %v", rows["SAP Basis"], rows["Service Desk"])
	}
	if len(s.Tables) != 3 || len(s.Tables[1].Rows) == 0 {
		t.Fatalf("tables: %d", len(s.Tables))
	}
	if len(s.Tables[2].Rows) == 0 {
		t.Errorf("no ticket changes when the SLA follows the team")
	}
}

// The room left in the demo's month in progress (July 2026, now Monday 6
// July 08:00): per SLA target the breaches left before the 90 % goal, per
// service the downtime left before its target and each credit tier, and
// the error budget of the around-the-clock services.
func TestRoomLeftSection(t *testing.T) {
	a := teamsDemoAnalysis(t)
	s, err := a.roomLeftSection()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteText(&b, &Report{Sections: []*Section{s}}, 0); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	ids := map[string]*Table{}
	for _, tb := range s.Tables {
		ids[tb.ID] = tb
	}
	for _, id := range []string{"room_attainment", "room_availability", "room_error_budget"} {
		if ids[id] == nil || len(ids[id].Rows) == 0 {
			t.Errorf("table %s missing or empty", id)
		}
	}

	// Half an hour of e-mail outage on Friday 3 July: of July's 44m38.4s
	// budget (99.9 %), 14m38.4s are left, which last 62h27m50.4s at 30
	// minutes per 128 hours (the month so far), until Wednesday 22:27.
	loc := a.Now.Location()
	a.data.Outages = append(a.data.Outages, importer.Outage{Service: "E-Mail", Kind: "outage",
		Start: time.Date(2026, 7, 3, 10, 0, 0, 0, loc), End: time.Date(2026, 7, 3, 10, 30, 0, 0, loc)})
	s, err = a.roomLeftSection()
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range s.Tables {
		if tb.ID == "room_availability" {
			for _, r := range tb.Rows {
				if r[0].Text == "E-Mail" && r[4].Value != durationText("14m38.4s") {
					t.Errorf("e-mail downtime left %v, want 14m38.4s (44m38.4s − 30m)", r[4].Value)
				}
			}
		}
		if tb.ID != "room_error_budget" {
			continue
		}
		for _, r := range tb.Rows {
			if r[0].Text == "E-Mail" && r[4].Value != durationText((62*time.Hour+27*time.Minute+50*time.Second+400*time.Millisecond).String()) {
				t.Errorf("e-mail budget lasts %q (%v)", r[4].Text, r[4].Value)
			}
		}
	}
}
