package legal

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
)

func TestPresetsValid(t *testing.T) {
	for _, r := range []Regime{GDPR(), NIS2(), BSIG(), DORA()} {
		if err := r.Validate(); err != nil {
			t.Errorf("%s: %v", r.Name, err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%s: %v", r.Name, err)
		}
		back, err := ParseRegime(b)
		if err != nil {
			t.Fatalf("%s: %v\n%s", r.Name, err, b)
		}
		if !reflect.DeepEqual(back, r) {
			t.Errorf("%s does not round-trip through JSON:\n%s", r.Name, b)
		}
		for _, o := range r.Obligations {
			if !strings.Contains(o.Citation, "Art.") && !strings.Contains(o.Citation, "§") {
				t.Errorf("%s: citation %q names no article or paragraph", o.ID, o.Citation)
			}
		}
	}
}

// Presets are values: changing one returned copy changes no other.
func TestPresetsImmutable(t *testing.T) {
	d := DORA()
	d.Obligations[0].Within = Period{N: 1, Unit: Days}
	d.Obligations[0].Relief.AnyOf[0] = HighRisk
	d.Obligations[0].Outer.Within = Period{N: 1, Unit: Days}
	if e := DORA(); e.Obligations[0].Within != p4h || e.Obligations[0].Relief.AnyOf[0] != DORARelief || e.Obligations[0].Outer.Within != p24h {
		t.Errorf("a change to a returned regime leaked into the preset: %+v", e.Obligations[0])
	}
}

func TestParseRegime(t *testing.T) {
	doc := `{"name": "contract_x", "title": "Contract X, § 7 (security incidents)", "counting": "bgb",
	 "obligations": [
	  {"id": "x_first", "name": "First notice", "citation": "Contract X § 7(1)", "trigger": "aware", "within": "2 hours"},
	  {"id": "x_report", "name": "Written report", "citation": "Contract X § 7(2)", "trigger": "submitted:x_first", "within": "5 days"}]}`
	r, err := ParseRegime([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if r.Counting != BGB || r.Obligations[1].Trigger != (Anchor{Event: Submitted, Obligation: "x_first"}) || r.Obligations[1].Within != (Period{N: 5, Unit: Days}) {
		t.Errorf("parsed %+v", r)
	}
	tests := []struct {
		name, doc string
		sentinel  error
		has       string
		valid     string // one of the listed valid values
	}{
		{"unknown key", `{"name": "x", "counting": "exact", "obligations": [], "oblgations": []}`, ErrRegime, "oblgations", ""},
		{"camelCase key", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "ongoingAt": "a"}]}`, ErrRegime, "ongoingAt", ""},
		{"bad name", `{"name": "X-1", "obligations": []}`, ErrRegime, `"X-1"`, ""},
		{"no obligations", `{"name": "x", "obligations": []}`, ErrRegime, "no obligations", ""},
		{"bad counting", `{"name": "x", "counting": "1182", "obligations": []}`, ErrRules, `"1182"`, "eu_1182_71"},
		{"bad period", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "within": "72 hrs"}]}`, ErrPeriod, `"72 hrs"`, "hours"},
		{"duration text", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "within": "72h"}]}`, ErrPeriod, `"72h"`, ""},
		{"bad trigger", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "noticed"}]}`, ErrRegime, `"noticed"`, "submitted:<id>"},
		{"no trigger", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1"}]}`, ErrRegime, "trigger", "aware"},
		{"dangling submitted", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "submitted:b"}]}`, ErrRegime, `"b"`, "a"},
		{"own submission", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "submitted:a"}]}`, ErrRegime, "own submission", ""},
		{"duplicate id", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware"}, {"id": "a", "name": "B", "citation": "§ 2", "trigger": "aware"}]}`, ErrRegime, "duplicate", ""},
		{"no citation", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": " ", "trigger": "aware"}]}`, ErrRegime, "cite", ""},
		{"bad fact", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "if": ["risky"]}]}`, ErrIncident, `"risky"`, "high_risk"},
		{"ongoing without limit", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware"}, {"id": "b", "name": "B", "citation": "§ 2", "trigger": "aware", "ongoing_at": "a"}]}`, ErrRegime, "time limit", ""},
		{"dangling replaces", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "replaces": "z"}]}`, ErrRegime, `"z"`, "a"},
		{"relief without limit", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "relief": {"any_of": ["dora_relief"], "citation": "§ 2"}}]}`, ErrRegime, "relief needs", ""},
		{"outer without citation", `{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "classified", "within": "4 hours", "outer": {"from": "aware", "within": "24 hours"}}]}`, ErrRegime, "outer citation", ""},
		{"duplicate key", `{"name": "x", "name": "y", "obligations": []}`, ErrRegime, "duplicate", ""},
		{"trailing", `{"name": "x", "obligations": []} {}`, ErrRegime, "", ""},
		{"not an object", `[]`, ErrRegime, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRegime([]byte(tc.doc))
			var e *itsm.Error
			if !errors.Is(err, tc.sentinel) || !errors.As(err, &e) || e.Pkg != "legal" {
				t.Fatalf("%v (%T), want a legal *itsm.Error wrapping %v", err, err, tc.sentinel)
			}
			if !strings.Contains(err.Error(), tc.has) {
				t.Errorf("%v does not mention %q", err, tc.has)
			}
			if tc.valid != "" && !slices.Contains(e.Valid, tc.valid) {
				t.Errorf("%v: Valid %q lacks %q", err, e.Valid, tc.valid)
			}
		})
	}
}

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]Period{
		"72 hours":       {N: 72, Unit: Hours},
		"1 hour":         {N: 1, Unit: Hours},
		"1 month":        {N: 1, Unit: Months},
		" 2 months ":     {N: 2, Unit: Months},
		"1.5 months":     {N: 1, Unit: Months, Half: true},
		"0.5 months":     {N: 0, Unit: Months, Half: true},
		"3 working_days": {N: 3, Unit: WorkingDays},
		"1 working_day":  {N: 1, Unit: WorkingDays},
		"2 weeks":        {N: 2, Unit: Weeks},
		"1 year":         {N: 1, Unit: Years},
	} {
		got, err := ParsePeriod(in)
		if err != nil || got != want {
			t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", in, got, err, want)
			continue
		}
		if back, err := ParsePeriod(got.String()); err != nil || back != got {
			t.Errorf("%q: String %q does not parse back: %+v, %v", in, got.String(), back, err)
		}
	}
	for _, in := range []string{"", "72", "hours", "72h", "72 hrs", "0 days", "-1 days", "1.5 weeks", "1.25 months", "1e3 days", "201 years", "99999999999 hours", "1 month ago", "1.5"} {
		_, err := ParsePeriod(in)
		var e *itsm.Error
		if !errors.Is(err, ErrPeriod) || !errors.As(err, &e) || e.Input != in {
			t.Errorf("ParsePeriod(%q): %v, want ErrPeriod quoting the input", in, err)
		}
	}
	_, err := ParsePeriod("3 fortnights")
	if !strings.Contains(err.Error(), "valid: hours, days, working_days, weeks, months, years") {
		t.Errorf("unknown unit: %v does not list the units", err)
	}
}
