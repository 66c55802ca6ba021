package main

import (
	"strings"
	"testing"
	"time"
)

// The demo's major incident: DORA and GDPR clocks at Monday 6 July 2026
// 08:00 (the embedded data's "now"): the initial notification was filed in
// time, the intermediate report is due 72 hours after it (Tue 7 July 03:55),
// the GDPR notification 72 hours after awareness (Mon 6 July 21:40), which
// is next.
func TestRegulatorySection(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 7, 6, 8, 0, 0, 0, loc)
	a := &analysis{World: &World{Loc: loc, Now: now}, summary: &Table{ID: "summary",
		Columns: []Column{{"figure", "Figure", false, false}, {"value", "Value", false, false}, {"section", "Details in", false, false}}}}
	s, err := a.regulatorySection()
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]Cell{}
	for _, r := range s.Tables[0].Rows {
		rows[r[1].Text] = r
	}
	for name, want := range map[string][2]string{
		"Initial notification":                        {"met", "Sat 04 Jul 04:30"},
		"Intermediate report":                         {"open", "Tue 07 Jul 03:55"},
		"Notify the supervisory authority":            {"open", "Mon 06 Jul 21:40"},
		"Communicate the breach to the data subjects": {"due", "–"},
	} {
		r, ok := rows[name]
		if !ok {
			t.Errorf("no row %q", name)
			continue
		}
		if r[3].Text != want[0] || r[4].Text != want[1] {
			t.Errorf("%s: state %s deadline %s, want %s %s", name, r[3].Text, r[4].Text, want[0], want[1])
		}
	}
	if !strings.Contains(strings.Join(s.Intro, " "), "Next deadline: Notify the supervisory authority (GDPR Art. 33(1)), due Mon 06 Jul 21:40") || !strings.Contains(s.Intro[0], "major") {
		t.Errorf("intro: %q", s.Intro)
	}
}
