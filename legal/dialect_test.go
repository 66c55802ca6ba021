package legal

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
)

// The module's JSON convention (root doc.go): lower snake_case keys with
// explicit tags on every configuration and result type, and in what the
// package writes.
func TestDialect(t *testing.T) {
	if p := jsonconv.CheckTypes(Regime{}, Incident{}, Impact{}, Deadline{}, Status{}, Classification{}); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}
	de := mustPlace(t, "DE", "Europe/Berlin")
	inc := Incident{ID: "INC-1", Facts: []Fact{HighRisk}, Events: []Event{
		ev(Aware, bt(2026, 5, 4, 8, 0)), ev(Classified, bt(2026, 5, 4, 9, 0)),
		ev(Submitted, bt(2026, 5, 4, 12, 0), "dora_initial"),
	}}
	st, err := Track(inc, bt(2026, 5, 10, 8, 0), de, DORA(), GDPR(), NIS2(), BSIG())
	if err != nil {
		t.Fatal(err)
	}
	d, err := End(bt(2026, 5, 4, 8, 0), Period{N: 1, Unit: Months}, BGB, de)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Classify(Impact{CriticalServices: true, MaliciousAccess: true})
	if err != nil {
		t.Fatal(err)
	}
	docs := [][]byte{[]byte(incidentDoc), []byte(regimeDoc), []byte(impactDoc)}
	for _, v := range []any{st, d, c, inc, DORA(), GDPR(), NIS2(), BSIG()} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%T: %v", v, err)
		}
		docs = append(docs, b)
	}
	for _, doc := range docs {
		if p := jsonconv.CheckJSON(doc); len(p) > 0 {
			t.Errorf("%s:\n%s", doc, strings.Join(p, "\n"))
		}
	}
	// The documented JSON decodes.
	var r Regime
	var i Incident
	var im Impact
	for _, x := range []struct {
		doc string
		v   any
	}{{incidentDoc, &i}, {regimeDoc, &r}, {impactDoc, &im}} {
		if err := json.Unmarshal([]byte(x.doc), x.v); err != nil {
			t.Errorf("%s: %v", x.doc, err)
		}
	}
	// Results round-trip.
	var back Status
	b, _ := json.Marshal(st)
	if err := json.Unmarshal(b, &back); err != nil || len(back.Duties) != len(st.Duties) || back.Duties[0].State != st.Duties[0].State {
		t.Errorf("Status does not round-trip: %v", err)
	}
}

// The JSON of the package documentation and the Examples.
const (
	incidentDoc = `{"id": "INC-4711",
	 "facts": ["high_risk", "client_impact"],
	 "events": [{"kind": "aware", "at": "2026-05-08T09:10:00+02:00"},
	            {"kind": "classified", "at": "2026-05-08T11:00:00+02:00"},
	            {"kind": "submitted", "obligation": "dora_initial", "at": "2026-05-08T13:30:00+02:00"}]}`
	regimeDoc = `{"name": "outsourcing_contract", "title": "IT outsourcing contract, § 12 (security incidents)", "counting": "bgb",
	 "obligations": [
	  {"id": "contract_notice", "name": "Notify the customer", "citation": "Contract § 12(1)", "trigger": "aware", "within": "4 hours"},
	  {"id": "contract_report", "name": "Written incident report", "citation": "Contract § 12(2)", "trigger": "resolved", "within": "10 days"}]}`
	impactDoc = `{"critical_services": true, "clients_affected": 120000, "clients_total": 900000,
	 "downtime": "3h15m", "member_states": 1, "costs_and_losses": "85000"}`
)

// The module's nil-receiver rule: a method on a nil pointer returns an
// error or its documented zero answer; it never panics. The package's
// pointer methods are the decoders; value methods cannot be called on a
// nil pointer without Go's own nil dereference, so they are left out.
func TestNilReceivers(t *testing.T) {
	ptrs := []any{(*Regime)(nil), (*Incident)(nil), (*Impact)(nil), (*Period)(nil), (*Rules)(nil), (*Unit)(nil),
		(*EventKind)(nil), (*Fact)(nil), (*State)(nil), (*Criterion)(nil), (*Anchor)(nil)}
	for _, p := range apitest.NilPanics(ptrs...) {
		if !valueMethod(ptrs, p) {
			t.Errorf("panics on a nil receiver: %s", p)
		}
	}
	for _, u := range []encoding.TextUnmarshaler{(*Period)(nil), (*Rules)(nil), (*Unit)(nil), (*EventKind)(nil), (*Fact)(nil), (*State)(nil), (*Criterion)(nil), (*Anchor)(nil)} {
		// valid text for each, so that only the nil target can fail
		for _, s := range []string{"1 month", "bgb", "days", "aware", "high_risk", "open", "clients", "classified"} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("(%T).UnmarshalText(%q) panics: %v", u, s, r)
					}
				}()
				_ = u.UnmarshalText([]byte(s))
			}()
		}
	}
	for _, u := range []json.Unmarshaler{(*Regime)(nil), (*Incident)(nil), (*Impact)(nil)} {
		var e *itsm.Error
		if err := u.UnmarshalJSON([]byte(`{}`)); !errors.As(err, &e) {
			t.Errorf("(%T).UnmarshalJSON: %v, want an *itsm.Error", u, err)
		}
	}
}

// valueMethod reports whether a NilPanics message names a method with a
// value receiver.
func valueMethod(ptrs []any, msg string) bool {
	for _, p := range ptrs {
		pt := reflect.TypeOf(p)
		prefix := "(" + pt.String() + ")."
		if !strings.HasPrefix(msg, prefix) {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(msg, prefix), ":")
		_, ok := pt.Elem().MethodByName(name)
		return ok
	}
	return false
}

// Every enum lists its valid values on a bad spelling, and its text forms
// round-trip.
func TestEnums(t *testing.T) {
	type enumCase struct {
		name  string
		valid []string
		parse func(string) error
		text  func() []string
	}
	rt := func(vals []encoding.TextMarshaler, mk func() encoding.TextUnmarshaler) []string {
		var out []string
		for _, v := range vals {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%v: %v", v, err)
				continue
			}
			if err := mk().UnmarshalText(b); err != nil {
				t.Errorf("%s does not parse back: %v", b, err)
			}
			out = append(out, string(b))
		}
		return out
	}
	cases := []enumCase{
		{"rules", rulesNames.Valid(), func(s string) error { var v Rules; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{Exact, EU1182, BGB}, func() encoding.TextUnmarshaler { return new(Rules) })
			}},
		{"unit", unitNames.Valid(), func(s string) error { var v Unit; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{Hours, Days, WorkingDays, Weeks, Months, Years}, func() encoding.TextUnmarshaler { return new(Unit) })
			}},
		{"event kind", eventNames.Valid(), func(s string) error { var v EventKind; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{Aware, Classified, Resolved, Requested, Submitted}, func() encoding.TextUnmarshaler { return new(EventKind) })
			}},
		{"fact", factNames.Valid(), func(s string) error { var v Fact; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{HighRisk, Processor, ClientImpact, DORARelief, DORAReliefFinal}, func() encoding.TextUnmarshaler { return new(Fact) })
			}},
		{"state", stateNames.Valid(), func(s string) error { var v State; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{NotApplicable, Waiting, Open, Overdue, Met, Late, Due, Done}, func() encoding.TextUnmarshaler { return new(State) })
			}},
		{"criterion", criterionNames.Valid(), func(s string) error { var v Criterion; return v.UnmarshalText([]byte(s)) },
			func() []string {
				return rt([]encoding.TextMarshaler{CriticalServices, Clients, Reputation, DurationDowntime, Geography, DataLosses, MaliciousAccess, Economic}, func() encoding.TextUnmarshaler { return new(Criterion) })
			}},
	}
	for _, c := range cases {
		if got := c.text(); strings.Join(got, ",") != strings.Join(c.valid, ",") {
			t.Errorf("%s: text forms %q, table %q", c.name, got, c.valid)
		}
		err := c.parse("Bogus")
		var e *itsm.Error
		if !errors.As(err, &e) || strings.Join(e.Valid, ",") != strings.Join(c.valid, ",") || !strings.Contains(err.Error(), `"Bogus"`) {
			t.Errorf("%s: bad spelling: %v", c.name, err)
		}
		for _, v := range c.valid {
			if !jsonconv.ValidKey(v) {
				t.Errorf("%s: %q is not lower snake_case", c.name, v)
			}
		}
	}
	// Undeclared values print without recursion and do not marshal.
	for _, v := range []interface {
		String() string
		MarshalText() ([]byte, error)
	}{Rules(9), Unit(0), EventKind(0), Fact(0), State(0), Criterion(0)} {
		if s := v.String(); !strings.Contains(s, "(") {
			t.Errorf("undeclared value prints %q", s)
		}
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("undeclared %s marshals", v)
		}
	}
}
