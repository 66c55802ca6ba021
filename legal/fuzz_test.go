package legal

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
)

// withDeadline runs body in a goroutine and fails the input if it panics or
// does not finish within a few seconds: Go's fuzzer has no per-input
// timeout, so a body that loops would hang the run instead of reporting.
func withDeadline(t *testing.T, input []byte, body func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- errors.New("panic: " + stringOf(r))
			}
		}()
		done <- body()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("input %q: %v", input, err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("input %q: no answer within 5 s", input)
	}
}

func stringOf(v any) string {
	if e, ok := v.(error); ok {
		return e.Error()
	}
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// FuzzParseRegime: any input is a regime or a legal *itsm.Error, never a
// panic or a hang; an accepted regime round-trips through JSON and can be
// tracked.
func FuzzParseRegime(f *testing.F) {
	// Small seeds: the fuzzer minimizes every new interesting input byte
	// by byte, uncounted, so kilobyte seeds spend the run minimizing.
	for _, r := range []Regime{GDPR(), NIS2(), DORA()} {
		r.Title = ""
		for i := range r.Obligations {
			r.Obligations[i].Text = ""
			r.Obligations[i].Name = "n"
		}
		b, err := json.Marshal(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(regimeDoc))
	f.Add([]byte(`{"name": "x", "counting": "eu_1182_71", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "within": "99999 days"}]}`))
	f.Add([]byte(`{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "classified", "within": "0.5 months", "outer": {"from": "aware", "within": "200 years", "citation": "§ 2"}, "relief": {"any_of": ["dora_relief"], "citation": "§ 3"}}]}`))
	f.Add([]byte(`{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "submitted:b"}, {"id": "b", "name": "B", "citation": "§ 2", "trigger": "submitted:a", "within": "1 week", "ongoing_at": "a", "replaces": "a"}]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	de, err := PlaceFor("DE", "Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	aware := time.Date(2026, 5, 8, 17, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		withDeadline(t, b, func() error {
			r, err := ParseRegime(b)
			if err != nil {
				var e *itsm.Error
				if !errors.As(err, &e) || e.Pkg != "legal" {
					return errors.New("not a legal *itsm.Error: " + err.Error())
				}
				_ = err.Error()
				return nil
			}
			out, err := json.Marshal(r)
			if err != nil {
				return err
			}
			back, err := ParseRegime(out)
			if err != nil {
				return errors.New("does not parse back: " + err.Error())
			}
			if !reflect.DeepEqual(back, r) {
				return errors.New("does not round-trip: " + string(out))
			}
			inc := Incident{ID: "F", Facts: []Fact{HighRisk, DORARelief}, Events: []Event{
				{Kind: Aware, At: aware}, {Kind: Classified, At: aware.Add(time.Hour)}, {Kind: Resolved, At: aware.Add(50 * time.Hour)},
			}}
			for _, o := range r.Obligations {
				inc.Events = append(inc.Events, Event{Kind: Submitted, At: aware.Add(3 * time.Hour), Obligation: o.ID},
					Event{Kind: Requested, At: aware.Add(2 * time.Hour), Obligation: o.ID})
			}
			st, err := Track(inc, aware.Add(24*time.Hour), de, r)
			if err != nil {
				var e *itsm.Error
				if !errors.As(err, &e) {
					return errors.New("Track: not an *itsm.Error: " + err.Error())
				}
				return nil
			}
			_ = st.String()
			return nil
		})
	})
}

// FuzzParsePeriod: any text is a period that prints and parses back, or an
// error; an accepted period is counted under every rule set without panic.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"72 hours", "1 month", "1.5 months", "0.5 months", "3 working_days", "200 years", "1000000 hours", "1 fortnight", "1.5 weeks", "٣ days", "1e3 days"} {
		f.Add(s)
	}
	de, err := PlaceFor("DE-BY", "Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	start := time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		withDeadline(t, []byte(s), func() error {
			p, err := ParsePeriod(s)
			if err != nil {
				var e *itsm.Error
				if !errors.Is(err, ErrPeriod) || !errors.As(err, &e) {
					return errors.New("not an ErrPeriod *itsm.Error: " + err.Error())
				}
				return nil
			}
			back, err := ParsePeriod(p.String())
			if err != nil || back != p {
				return errors.New("does not parse back: " + p.String())
			}
			for _, r := range []Rules{Exact, EU1182, BGB} {
				if _, err := End(start, p, r, de); err != nil && !errors.Is(err, ErrRules) && !errors.Is(err, ErrRange) {
					return err
				}
			}
			return nil
		})
	})
}

// FuzzIncident: any input is an incident or a legal *itsm.Error; an
// accepted incident is tracked under every built-in regime without panic,
// and every duty's explanation ends at its deadline.
func FuzzIncident(f *testing.F) {
	f.Add([]byte(incidentDoc))
	f.Add([]byte(`{"id": "N", "facts": ["dora_relief"], "events": [{"kind": "aware", "at": "2026-03-02T09:00:00Z"}, {"kind": "resolved", "at": "2026-04-20T17:00:00Z"}, {"kind": "submitted", "obligation": "nis2_notification", "at": "2026-03-04T09:00:00Z"}]}`))
	f.Add([]byte(`{"id": "R", "events": [{"kind": "requested", "obligation": "nis2_intermediate", "at": "9999-12-31T23:59:59Z"}, {"kind": "aware", "at": "0001-01-01T00:00:01Z"}]}`))
	de, err := PlaceFor("DE", "Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		withDeadline(t, b, func() error {
			var inc Incident
			if err := json.Unmarshal(b, &inc); err != nil {
				// encoding/json reports a syntax error before it calls
				// UnmarshalJSON
				var e *itsm.Error
				var se *json.SyntaxError
				if !errors.As(err, &se) && (!errors.As(err, &e) || e.Pkg != "legal") {
					return errors.New("not a legal *itsm.Error: " + err.Error())
				}
				return nil
			}
			st, err := Track(inc, now, de, GDPR(), NIS2(), DORA())
			if err != nil {
				var e *itsm.Error
				if !errors.As(err, &e) {
					return errors.New("Track: not an *itsm.Error: " + err.Error())
				}
				return nil
			}
			for _, d := range st.Duties {
				if !d.Deadline.IsZero() && (len(d.Steps) == 0 || !d.Steps[len(d.Steps)-1].To.Equal(d.Deadline)) {
					return errors.New("explanation does not end at the deadline: " + d.String())
				}
			}
			_ = st.String()
			return nil
		})
	})
}

// FuzzImpact: any input is an impact or a legal *itsm.Error; an accepted
// impact is classified or refused with ErrImpact, and a major verdict
// always has critical services affected.
func FuzzImpact(f *testing.F) {
	f.Add([]byte(impactDoc))
	f.Add([]byte(`{"critical_services": true, "malicious_access": true, "value_affected": "1e60", "value_daily": "0.0000001"}`))
	f.Add([]byte(`{"clients_affected": 9223372036854775807, "clients_total": 9223372036854775807, "duration": "-1h"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		withDeadline(t, b, func() error {
			var im Impact
			if err := json.Unmarshal(b, &im); err != nil {
				var e *itsm.Error
				var se *json.SyntaxError
				if !errors.As(err, &se) && !errors.As(err, &e) {
					return errors.New("not an *itsm.Error: " + err.Error())
				}
				return nil
			}
			c, err := Classify(im)
			if err != nil {
				if !errors.Is(err, ErrImpact) {
					return err
				}
				return nil
			}
			if c.Major && !im.CriticalServices {
				return errors.New("major without critical services")
			}
			_ = c.String()
			return nil
		})
	})
}
