package legal

import (
	"testing"
	"time"
)

// One worked example per rule of every built-in regime, from the text of
// the provision cited in the row; a rule added to a preset without a row
// here fails the test.
func TestEveryRule(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	aware := bt(2026, 3, 2, 9, 0) // a Monday
	type row struct {
		id, source string
		facts      []Fact
		events     []Event
		now        time.Time
		state      State
		deadline   time.Time
	}
	sub := func(id string, at time.Time) Event { return ev(Submitted, at, id) }
	rows := []row{
		{"gdpr_authority", "GDPR Art. 33(1): not later than 72 hours after having become aware", nil, nil, aware.Add(time.Hour), Open, bt(2026, 3, 5, 9, 0)},
		{"gdpr_controller", "GDPR Art. 33(2): the processor notifies the controller without undue delay", []Fact{Processor}, nil, aware.Add(time.Hour), Due, time.Time{}},
		{"gdpr_data_subjects", "GDPR Art. 34(1): high risk: communicate without undue delay", []Fact{HighRisk}, nil, aware.Add(time.Hour), Due, time.Time{}},
		{"nis2_early_warning", "NIS2 Art. 23(4)(a): within 24 hours of becoming aware", nil, nil, aware.Add(time.Hour), Open, bt(2026, 3, 3, 9, 0)},
		{"nis2_notification", "NIS2 Art. 23(4)(b): within 72 hours of becoming aware", nil, nil, aware.Add(time.Hour), Open, bt(2026, 3, 5, 9, 0)},
		{"nis2_intermediate", "NIS2 Art. 23(4)(c): upon request", nil, []Event{ev(Requested, bt(2026, 3, 6, 9, 0), "nis2_intermediate")}, bt(2026, 3, 6, 10, 0), Due, time.Time{}},
		{"nis2_final", "NIS2 Art. 23(4)(d): one month after the submission of the notification", nil, []Event{sub("nis2_notification", bt(2026, 3, 4, 16, 0))}, bt(2026, 3, 5, 9, 0), Open, bt(2026, 4, 4, 16, 0)},
		{"nis2_progress", "NIS2 Art. 23(4)(e): ongoing when the final report is due: progress report then", nil, []Event{sub("nis2_notification", bt(2026, 3, 4, 16, 0))}, bt(2026, 4, 5, 9, 0), Overdue, bt(2026, 4, 4, 16, 0)},
		{"nis2_final_ongoing", "NIS2 Art. 23(4)(e): final report within one month of the handling", nil, []Event{sub("nis2_notification", bt(2026, 3, 4, 16, 0)), ev(Resolved, bt(2026, 4, 10, 12, 0))}, bt(2026, 4, 11, 9, 0), Open, bt(2026, 5, 10, 12, 0)},
		{"bsig_early_warning", "BSIG § 32(1) no. 1: frühe Erstmeldung within 24 hours of Kenntniserlangung", nil, nil, aware.Add(time.Hour), Open, bt(2026, 3, 3, 9, 0)},
		{"bsig_notification", "BSIG § 32(1) no. 2: Meldung within 72 hours", nil, nil, aware.Add(time.Hour), Open, bt(2026, 3, 5, 9, 0)},
		{"bsig_intermediate", "BSIG § 32(1) no. 3: Zwischenmeldung auf Ersuchen", nil, []Event{ev(Requested, bt(2026, 3, 6, 9, 0), "bsig_intermediate")}, bt(2026, 3, 6, 10, 0), Due, time.Time{}},
		{"bsig_final", "BSIG § 32(1) no. 4: Abschlussmeldung one month after the Meldung", nil, []Event{sub("bsig_notification", bt(2026, 3, 4, 16, 0))}, bt(2026, 3, 5, 9, 0), Open, bt(2026, 4, 4, 16, 0)},
		{"bsig_progress", "BSIG § 32(2): Fortschrittsmeldung when still ongoing", nil, []Event{sub("bsig_notification", bt(2026, 3, 4, 16, 0))}, bt(2026, 4, 5, 9, 0), Overdue, bt(2026, 4, 4, 16, 0)},
		{"bsig_final_ongoing", "BSIG § 32(2): Abschlussmeldung one month after the handling", nil, []Event{sub("bsig_notification", bt(2026, 3, 4, 16, 0)), ev(Resolved, bt(2026, 4, 10, 12, 0))}, bt(2026, 4, 11, 9, 0), Open, bt(2026, 5, 10, 12, 0)},
		{"dora_initial", "2025/301 Art. 5(1)(a): 4 hours from classification, no later than 24 hours from awareness", nil, []Event{ev(Classified, bt(2026, 3, 2, 11, 0))}, bt(2026, 3, 2, 12, 0), Open, bt(2026, 3, 2, 15, 0)},
		{"dora_intermediate", "2025/301 Art. 5(1)(b): 72 hours from the initial notification", nil, []Event{ev(Classified, bt(2026, 3, 2, 11, 0)), sub("dora_initial", bt(2026, 3, 2, 14, 0))}, bt(2026, 3, 3, 9, 0), Open, bt(2026, 3, 5, 14, 0)},
		{"dora_final", "2025/301 Art. 5(1)(c): one month from the latest intermediate report", nil, []Event{ev(Classified, bt(2026, 3, 2, 11, 0)), sub("dora_initial", bt(2026, 3, 2, 14, 0)), sub("dora_intermediate", bt(2026, 3, 4, 10, 0))}, bt(2026, 3, 5, 9, 0), Open, bt(2026, 4, 4, 10, 0)},
		{"dora_clients", "DORA Art. 19(3): impact on clients' financial interests: inform without undue delay", []Fact{ClientImpact}, []Event{ev(Classified, bt(2026, 3, 2, 11, 0))}, bt(2026, 3, 2, 12, 0), Due, time.Time{}},
	}
	covered := map[string]bool{}
	for _, tc := range rows {
		covered[tc.id] = true
		t.Run(tc.id, func(t *testing.T) {
			inc := Incident{ID: "R", Facts: tc.facts, Events: append([]Event{ev(Aware, aware)}, tc.events...)}
			st := track1(t, inc, tc.now, de, GDPR(), NIS2(), BSIG(), DORA())
			d := duty(t, st, tc.id)
			if d.State != tc.state || !d.Deadline.Equal(tc.deadline) {
				t.Errorf("%s: %s, want %s with deadline %v", tc.source, d, tc.state, tc.deadline)
			}
		})
	}
	for _, r := range []Regime{GDPR(), NIS2(), BSIG(), DORA()} {
		for _, o := range r.Obligations {
			if !covered[o.ID] {
				t.Errorf("no worked example for %s (%s)", o.ID, o.Citation)
			}
		}
	}
}
