package legal

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
)

var berlin = func() *time.Location {
	l, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return l
}()

func bt(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, berlin)
}

func ev(k EventKind, at time.Time, obligation ...string) Event {
	e := Event{Kind: k, At: at}
	if len(obligation) > 0 {
		e.Obligation = obligation[0]
	}
	return e
}

func duty(t *testing.T, st Status, id string) Duty {
	t.Helper()
	for _, d := range st.Duties {
		if d.Obligation == id {
			return d
		}
	}
	t.Fatalf("no duty %s in\n%s", id, st)
	return Duty{}
}

func track1(t *testing.T, inc Incident, now time.Time, place Place, rs ...Regime) Status {
	t.Helper()
	st, err := Track(inc, now, place, rs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range st.Duties {
		if !d.Deadline.IsZero() {
			chainTo(t, d)
		}
	}
	return st
}

// chainTo checks that a duty's steps form a chain ending at its deadline.
func chainTo(t *testing.T, d Duty) {
	t.Helper()
	if len(d.Steps) == 0 {
		t.Errorf("%s: a deadline without steps", d)
		return
	}
	for i := 1; i < len(d.Steps); i++ {
		if !d.Steps[i].From.Equal(d.Steps[i-1].To) {
			t.Errorf("%s: step %d starts at %v, step %d ended at %v", d, i, d.Steps[i].From, i-1, d.Steps[i-1].To)
		}
	}
	if last := d.Steps[len(d.Steps)-1]; !last.To.Equal(d.Deadline) {
		t.Errorf("%s: steps end at %v, not at the deadline", d, last.To)
	}
}

// Delegated Regulation (EU) 2025/301 Art. 5(1)(a): the initial notification
// within 4 hours of classification as major and no later than 24 hours from
// awareness; Art. 5(2): where the classification came later than 24 hours
// after awareness, within 4 hours of the classification.
func TestDORAInitialNotification(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	tests := []struct {
		name, source    string
		aware, classify time.Time
		want            time.Time
		noteHas         string
	}{
		// The worked example of the text: aware Monday 08:00, classified
		// Tuesday 06:00: 4 hours from classification give Tuesday 10:00,
		// 24 hours from awareness Tuesday 08:00, the earlier binds.
		{"24 hours bind", "Art. 5(1)(a): two limits joined by \"and\"", bt(2026, 5, 4, 8, 0), bt(2026, 5, 5, 6, 0), bt(2026, 5, 5, 8, 0), "binds"},
		{"4 hours bind", "Art. 5(1)(a)", bt(2026, 5, 4, 8, 0), bt(2026, 5, 4, 10, 0), bt(2026, 5, 4, 14, 0), "does not expire before"},
		// Classified on the fourth day: 4 hours from the classification.
		{"late classification", "Art. 5(2)", bt(2026, 5, 4, 8, 0), bt(2026, 5, 7, 10, 0), bt(2026, 5, 7, 14, 0), "only the limit from classification as major binds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := Incident{ID: "INC-1", Events: []Event{ev(Aware, tc.aware), ev(Classified, tc.classify)}}
			st := track1(t, inc, tc.classify.Add(time.Minute), de, DORA())
			d := duty(t, st, "dora_initial")
			if d.State != Open || !d.Deadline.Equal(tc.want) {
				t.Errorf("%s: %s, want open until %v", tc.source, d, tc.want)
			}
			if !slices.ContainsFunc(d.Notes, func(n string) bool { return strings.Contains(n, tc.noteHas) }) {
				t.Errorf("%s: notes %q do not say %q", tc.source, d.Notes, tc.noteHas)
			}
			if st.Next != "dora/dora_initial" {
				t.Errorf("Next = %q", st.Next)
			}
		})
	}
	// Before the classification the duty waits, and says when it would be
	// due at the latest.
	inc := Incident{ID: "INC-1", Events: []Event{ev(Aware, bt(2026, 5, 4, 8, 0))}}
	d := duty(t, track1(t, inc, bt(2026, 5, 4, 9, 0), de, DORA()), "dora_initial")
	if d.State != Waiting || !slices.ContainsFunc(d.Notes, func(n string) bool { return strings.Contains(n, "Tue 2026-05-05 08:00") }) {
		t.Errorf("before classification: %s %q", d, d.Notes)
	}
}

// Delegated Regulation (EU) 2025/301 Art. 5(1)(b), (c): the intermediate
// report within 72 hours of the initial notification, the final report one
// month after the latest (updated) intermediate report.
func TestDORAChain(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	inc := Incident{ID: "INC-2", Events: []Event{
		ev(Aware, bt(2026, 5, 4, 8, 0)),
		ev(Classified, bt(2026, 5, 4, 10, 0)),
		ev(Submitted, bt(2026, 5, 4, 13, 0), "dora_initial"),
		ev(Submitted, bt(2026, 5, 7, 12, 0), "dora_intermediate"),
		ev(Submitted, bt(2026, 5, 8, 15, 0), "dora_intermediate"), // updated
	}}
	st := track1(t, inc, bt(2026, 5, 10, 12, 0), de, DORA())
	if d := duty(t, st, "dora_initial"); d.State != Met || !d.Submitted.Equal(bt(2026, 5, 4, 13, 0)) {
		t.Errorf("initial: %s", d)
	}
	if d := duty(t, st, "dora_intermediate"); d.State != Met || !d.Deadline.Equal(bt(2026, 5, 7, 13, 0)) || !d.Submitted.Equal(bt(2026, 5, 7, 12, 0)) {
		t.Errorf("intermediate: %s, want met, deadline Thu 13:00, submitted 12:00", d)
	}
	if d := duty(t, st, "dora_final"); d.State != Open || !d.Deadline.Equal(bt(2026, 6, 8, 15, 0)) {
		t.Errorf("final: %s, want open until 8 June 15:00 (one month after the latest intermediate report)", d)
	}
	if d := duty(t, st, "dora_clients"); d.State != NotApplicable {
		t.Errorf("clients without client_impact: %s", d)
	}
	// The intermediate report was not submitted: overdue after 72 hours.
	late := Incident{ID: "INC-3", Events: inc.Events[:3]}
	st = track1(t, late, bt(2026, 5, 7, 13, 0), de, DORA())
	if d := duty(t, st, "dora_intermediate"); d.State != Overdue {
		t.Errorf("intermediate at its deadline: %s, want overdue (the deadline is the first late instant)", d)
	}
	if !slices.Equal(st.Overdue, []string{"dora/dora_intermediate"}) || st.Next != "" {
		t.Errorf("Overdue %q, Next %q", st.Overdue, st.Next)
	}
}

// Delegated Regulation (EU) 2025/301 Art. 5(4), (5): a time limit that falls
// on a weekend day or a bank holiday may be met by noon of the next working
// day, except the initial notification and intermediate report of the
// entities of Art. 5(5).
func TestDORARelief(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	events := []Event{ev(Aware, bt(2026, 5, 9, 8, 0)), ev(Classified, bt(2026, 5, 9, 10, 0))} // Saturday
	now := bt(2026, 5, 9, 10, 30)
	for _, tc := range []struct {
		facts []Fact
		want  time.Time
		note  string
	}{
		{nil, bt(2026, 5, 9, 14, 0), "not applied"},
		{[]Fact{DORAReliefFinal}, bt(2026, 5, 9, 14, 0), "not applied"},
		{[]Fact{DORARelief}, bt(2026, 5, 11, 12, 0), ""},
	} {
		inc := Incident{ID: "INC-4", Facts: tc.facts, Events: events}
		d := duty(t, track1(t, inc, now, de, DORA()), "dora_initial")
		if !d.Deadline.Equal(tc.want) {
			t.Errorf("facts %v: %s, want deadline %v", tc.facts, d, tc.want)
		}
		if tc.note != "" && !slices.ContainsFunc(d.Notes, func(n string) bool { return strings.Contains(n, tc.note) }) {
			t.Errorf("facts %v: notes %q", tc.facts, d.Notes)
		}
	}
	// A final report due on Sunday 24 May 2026: Whit Monday 25 May is a
	// public holiday in Germany, so noon of Tuesday 26 May, for an entity
	// of Art. 5(5) too.
	inc := Incident{ID: "INC-5", Facts: []Fact{DORAReliefFinal}, Events: []Event{
		ev(Aware, bt(2026, 4, 20, 8, 0)), ev(Classified, bt(2026, 4, 20, 9, 0)),
		ev(Submitted, bt(2026, 4, 20, 12, 0), "dora_initial"),
		ev(Submitted, bt(2026, 4, 24, 10, 0), "dora_intermediate"),
	}}
	d := duty(t, track1(t, inc, bt(2026, 5, 1, 9, 0), de, DORA()), "dora_final")
	if !d.Deadline.Equal(bt(2026, 5, 26, 12, 0)) {
		t.Errorf("final: %s, want Tue 26 May 12:00\n%q", d, d.Steps)
	}
}

// GDPR Art. 33(1): 72 hours after becoming aware; counted exactly by
// default, or as Regulation 1182/71 counts (mkm.legal: aware 22.12.2020
// 12:17, end 25.12.2020 13:00).
func TestGDPR(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	aware := bt(2020, 12, 22, 12, 17)
	inc := Incident{ID: "BREACH-1", Events: []Event{ev(Aware, aware)}}
	st := track1(t, inc, aware.Add(time.Hour), de, GDPR())
	if d := duty(t, st, "gdpr_authority"); d.State != Open || !d.Deadline.Equal(bt(2020, 12, 25, 12, 17)) {
		t.Errorf("exact: %s", d)
	}
	g := GDPR()
	g.Counting = EU1182
	st = track1(t, inc, aware.Add(time.Hour), de, g)
	if d := duty(t, st, "gdpr_authority"); !d.Deadline.Equal(bt(2020, 12, 25, 13, 0)) {
		t.Errorf("1182/71: %s", d)
	}
	if d := duty(t, st, "gdpr_data_subjects"); d.State != NotApplicable {
		t.Errorf("Art. 34 without high risk: %s", d)
	}
	// Art. 34(1) with a high risk: due without undue delay, no fixed limit.
	inc.Facts = []Fact{HighRisk}
	st = track1(t, inc, aware.Add(100*time.Hour), de, GDPR())
	if d := duty(t, st, "gdpr_data_subjects"); d.State != Due || !d.Deadline.IsZero() {
		t.Errorf("Art. 34 with high risk: %s", d)
	}
	if d := duty(t, st, "gdpr_authority"); d.State != Overdue {
		t.Errorf("Art. 33(1) after 100 hours: %s", d)
	}
	// A processor informs the controller (Art. 33(2)) instead.
	inc.Facts = []Fact{Processor}
	st = track1(t, inc, aware.Add(time.Hour), de, GDPR())
	if d := duty(t, st, "gdpr_authority"); d.State != NotApplicable {
		t.Errorf("processor, Art. 33(1): %s", d)
	}
	if d := duty(t, st, "gdpr_controller"); d.State != Due {
		t.Errorf("processor, Art. 33(2): %s", d)
	}
}

// NIS2 Art. 23(4)(d), (e): the final report one month after the
// notification; an incident still ongoing then gets a progress report at
// that time and the final report one month after its handling.
func TestNIS2Ongoing(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	base := []Event{
		ev(Aware, bt(2026, 3, 2, 9, 0)),
		ev(Submitted, bt(2026, 3, 2, 20, 0), "nis2_early_warning"),
		ev(Submitted, bt(2026, 3, 4, 9, 0), "nis2_notification"),
	}
	// Before the final report is due, unresolved: the final report is due.
	st := track1(t, Incident{ID: "N", Events: base}, bt(2026, 3, 20, 9, 0), de, NIS2())
	if d := duty(t, st, "nis2_final"); d.State != Open || !d.Deadline.Equal(bt(2026, 4, 4, 9, 0)) {
		t.Errorf("final: %s", d)
	}
	if d := duty(t, st, "nis2_progress"); d.State != NotApplicable {
		t.Errorf("progress before the final report is due: %s", d)
	}
	// Still unresolved when it fell due: progress report overdue, the final
	// report replaced by the one after the handling, which waits.
	st = track1(t, Incident{ID: "N", Events: base}, bt(2026, 4, 10, 9, 0), de, NIS2())
	if d := duty(t, st, "nis2_progress"); d.State != Overdue || !d.Deadline.Equal(bt(2026, 4, 4, 9, 0)) {
		t.Errorf("progress: %s", d)
	}
	if d := duty(t, st, "nis2_final"); d.State != NotApplicable {
		t.Errorf("final when ongoing: %s", d)
	}
	if d := duty(t, st, "nis2_final_ongoing"); d.State != Waiting {
		t.Errorf("final after handling, unresolved: %s", d)
	}
	// Resolved on 20 April: the final report one month later.
	ev2 := append(slices.Clone(base), ev(Resolved, bt(2026, 4, 20, 17, 0)))
	st = track1(t, Incident{ID: "N", Events: ev2}, bt(2026, 4, 21, 9, 0), de, NIS2())
	if d := duty(t, st, "nis2_final_ongoing"); d.State != Open || !d.Deadline.Equal(bt(2026, 5, 20, 17, 0)) {
		t.Errorf("final after handling: %s", d)
	}
	// Resolved in time: the ordinary final report only.
	ev3 := append(slices.Clone(base), ev(Resolved, bt(2026, 3, 10, 17, 0)))
	st = track1(t, Incident{ID: "N", Events: ev3}, bt(2026, 4, 21, 9, 0), de, NIS2())
	if d := duty(t, st, "nis2_final"); d.State != Overdue {
		t.Errorf("final, resolved in time: %s", d)
	}
	for _, id := range []string{"nis2_progress", "nis2_final_ongoing"} {
		if d := duty(t, st, id); d.State != NotApplicable {
			t.Errorf("%s, resolved in time: %s", id, d)
		}
	}
	// NIS2 Art. 23(4)(c): an intermediate report on request.
	ev4 := append(slices.Clone(base), ev(Requested, bt(2026, 3, 5, 9, 0), "nis2_intermediate"))
	st = track1(t, Incident{ID: "N", Events: ev4}, bt(2026, 3, 5, 10, 0), de, NIS2())
	if d := duty(t, st, "nis2_intermediate"); d.State != Due {
		t.Errorf("intermediate on request: %s", d)
	}
}

// One incident under several regimes: a bank's data breach is a major
// ICT-related incident (DORA) and a personal data breach (GDPR).
func TestSeveralRegimes(t *testing.T) {
	de := mustPlace(t, "DE-HE", "Europe/Berlin")
	inc := Incident{ID: "INC-7", Facts: []Fact{HighRisk, ClientImpact}, Events: []Event{
		ev(Aware, bt(2026, 5, 4, 8, 0)),
		ev(Classified, bt(2026, 5, 4, 9, 30)),
	}}
	utc := bt(2026, 5, 4, 10, 0).UTC()
	st := track1(t, inc, utc, de, DORA(), GDPR())
	if st.Next != "dora/dora_initial" {
		t.Errorf("Next = %q, want dora/dora_initial\n%s", st.Next, st)
	}
	if got := len(st.Duties); got != 7 {
		t.Errorf("%d duties, want 7 (4 DORA, 3 GDPR)", got)
	}
	for _, d := range st.Duties {
		if !d.Deadline.IsZero() && d.Deadline.Location() != time.UTC {
			t.Errorf("%s: deadline not in now's zone", d)
		}
	}
	if !strings.Contains(st.String(), "gdpr/gdpr_authority (GDPR Art. 33(1)): open, deadline Thu 2026-05-07 06:00 UTC") {
		t.Errorf("String:\n%s", st)
	}
}

func TestTrackErrors(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	now := bt(2026, 5, 4, 8, 0)
	_, err := Track(Incident{ID: "X"}, now, de, DORA(), DORA())
	if !errors.Is(err, ErrRegime) {
		t.Errorf("a regime twice: %v", err)
	}
	g := GDPR()
	g.Name = "gdpr2"
	if _, err := Track(Incident{ID: "X"}, now, de, GDPR(), g); !errors.Is(err, ErrRegime) || !strings.Contains(err.Error(), "gdpr_authority") {
		t.Errorf("an obligation ID twice: %v", err)
	}
	_, err = Track(Incident{ID: "X", Events: []Event{ev(Submitted, now, "dora_inital")}}, now, de, DORA())
	var e *itsm.Error
	if !errors.Is(err, ErrIncident) || !errors.As(err, &e) || !slices.Contains(e.Valid, "dora_initial") || !strings.Contains(err.Error(), `"dora_inital"`) {
		t.Errorf("unknown obligation: %v", err)
	}
	for _, bad := range []Incident{
		{ID: "X", Events: []Event{{Kind: Aware}}},
		{ID: "X", Events: []Event{{Kind: 0, At: now}}},
		{ID: "X", Events: []Event{{Kind: Submitted, At: now}}},
		{ID: "X", Events: []Event{{Kind: Aware, At: now, Obligation: "dora_initial"}}},
		{ID: "X", Facts: []Fact{0}},
	} {
		if _, err := Track(bad, now, de, DORA()); !errors.Is(err, ErrIncident) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

func TestIncidentJSON(t *testing.T) {
	doc := `{"id": "INC-4711",
	 "facts": ["high_risk", "client_impact"],
	 "events": [{"kind": "aware", "at": "2026-05-08T09:10:00+02:00"},
	            {"kind": "classified", "at": "2026-05-08T11:00:00+02:00"},
	            {"kind": "submitted", "obligation": "dora_initial", "at": "2026-05-08T13:30:00+02:00"}]}`
	var inc Incident
	if err := json.Unmarshal([]byte(doc), &inc); err != nil {
		t.Fatal(err)
	}
	if len(inc.Events) != 3 || inc.Events[2].Obligation != "dora_initial" || !inc.has(ClientImpact) {
		t.Errorf("decoded %+v", inc)
	}
	for _, bad := range []struct{ doc, want string }{
		{`{"id": "X", "events": [], "factz": []}`, "factz"},
		{`{"id": "X", "events": [{"kind": "awake", "at": "2026-05-08T09:10:00Z"}]}`, "valid: aware, classified, resolved, requested, submitted"},
		{`{"id": "X", "facts": ["high risk"], "events": []}`, "valid: high_risk, processor"},
		{`{"id": "X", "events": [{"kind": "submitted", "at": "2026-05-08T09:10:00Z"}]}`, "names its obligation"},
		{`{"id": "X", "id": "Y", "events": []}`, "duplicate"},
	} {
		err := json.Unmarshal([]byte(bad.doc), &inc)
		if !errors.Is(err, ErrIncident) || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: %v, want ErrIncident mentioning %q", bad.doc, err, bad.want)
		}
	}
}

// A deadline that cannot be computed names the incident, regime and
// obligation.
func TestTrackRangeError(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	old := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	_, err := Track(Incident{ID: "OLD", Events: []Event{{Kind: Aware, At: old}}}, old.Add(time.Hour), de, GDPR())
	if !errors.Is(err, ErrRange) || !strings.Contains(err.Error(), `incident "OLD" regime "gdpr" obligation "gdpr_authority"`) {
		t.Errorf("%v", err)
	}
}

func TestPlaceFor(t *testing.T) {
	for _, tc := range []struct{ region, zone, has string }{
		{"DE-XX", "Europe/Berlin", "DE-NW"},
		{"DE", "Europe/Bonn", "unknown time zone"},
		{"DE", "", "IANA"},
		{"DE", "Local", "IANA"},
	} {
		_, err := PlaceFor(tc.region, tc.zone)
		var e *itsm.Error
		if !errors.Is(err, ErrPlace) || !errors.As(err, &e) || !strings.Contains(err.Error(), tc.has) {
			t.Errorf("PlaceFor(%q, %q): %v", tc.region, tc.zone, err)
		}
	}
}
