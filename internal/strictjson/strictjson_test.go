package strictjson

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

type config struct {
	Pause []string `json:"pause"`
	Goal  string   `json:"goal"`
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in, err string
		want    config
	}{
		{in: `{"pause":["Awaiting Vendor"],"goal":"4h"}`, want: config{Pause: []string{"Awaiting Vendor"}, Goal: "4h"}},
		{in: " {\"goal\":\"4h\"} \n\t", want: config{Goal: "4h"}},
		{in: `{"pasue":["Awaiting Vendor"]}`, err: `unknown key "pasue"`},
		{in: `{"goal":"4h"}}`, err: ErrTrailingData.Error()},
		{in: `{"goal":"4h"} {"goal":"8h"}`, err: ErrTrailingData.Error()},
		{in: `{"goal":`, err: "unexpected EOF"},
		{in: ``, err: "EOF"},
	} {
		var got config
		err := Decode([]byte(tc.in), &got)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Decode(%q) = %v, want error containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got.Goal != tc.want.Goal || strings.Join(got.Pause, ",") != strings.Join(tc.want.Pause, ",") {
			t.Errorf("Decode(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
	var got config
	if err := Decode([]byte(`{"goal":"4h"} x`), &got); !errors.Is(err, ErrTrailingData) {
		t.Errorf("trailing data: got %v, want ErrTrailingData", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"pause":["a"],"goal":"4h"}`)
	f.Add(`{"goal":"4h"}}`)
	f.Add(`{"x":1}`)
	f.Add(`{"pause":["a"],"Pause":[]}`)
	f.Add(`{"rules":[{"name":"a"},{"name":"b","targets":[{"goal":{"x":{"y":1e5}}}]}],"amount":"-12.5e-3"}`)
	f.Add(`{"amount":1e999999999,"extra":{"\u212a":1,"k":[1,2,{"a":"1111"}]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		// Decode never panics, whatever the target.
		var n nested
		_ = Decode([]byte(in), &n)
		var a any
		if err := Decode([]byte(in), &a); errors.Is(err, ErrDuplicateKey) || errors.Is(err, ErrDecimalBound) {
			// The pre-walk reports only a syntactically valid first value;
			// invalid JSON keeps the decoder's syntax error.
			var raw json.RawMessage
			if json.NewDecoder(strings.NewReader(in)).Decode(&raw) != nil {
				t.Fatalf("Decode(%q) = %v, but the input is not valid JSON", in, err)
			}
		}
		var c config
		if err := Decode([]byte(in), &c); err == nil {
			// Accepted input decodes the same way the second time.
			var again config
			if err := Decode([]byte(in), &again); err != nil || again.Goal != c.Goal || len(again.Pause) != len(c.Pause) {
				t.Fatalf("not deterministic: %q", in)
			}
		}
	})
}

func TestDecodeInto(t *testing.T) {
	dst := config{Goal: "keep"}
	if err := DecodeInto([]byte(` null `), &dst); err != nil || dst.Goal != "keep" {
		t.Errorf("null: %+v, %v; want unchanged", dst, err)
	}
	if err := DecodeInto([]byte(`{"goal":"8h","pasue":[]}`), &dst); err == nil || dst.Goal != "keep" {
		t.Errorf("unknown key: %+v, %v; want an error and dst unchanged", dst, err)
	}
	if err := DecodeInto([]byte(`{"goal":"8h"}`), &dst); err != nil || dst.Goal != "8h" {
		t.Errorf("valid: %+v, %v", dst, err)
	}
	if !IsNull([]byte("\tnull\n")) || IsNull([]byte(`"null"`)) {
		t.Error("IsNull")
	}
}

func TestUnknownKeyNamesSnakeCase(t *testing.T) {
	type cfg struct {
		BreachAt string `json:"breach_at"`
	}
	var c cfg
	err := Decode([]byte(`{"breachAt":"x"}`), &c)
	var e *UnknownKeyError
	if !errors.As(err, &e) || !errors.Is(err, ErrUnknownKey) || e.Suggest != "breach_at" {
		t.Fatalf("err = %v", err)
	}
	if want := `unknown key "breachAt" (keys are snake_case: "breach_at")`; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	err = Decode([]byte(`{"pasue":1}`), &c)
	if !errors.As(err, &e) || e.Suggest != "" || err.Error() != `unknown key "pasue"` {
		t.Errorf("misspelt key: %v", err)
	}
}

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{
		"breachAt": "breach_at", "no-rollback-plan": "no_rollback_plan", "nameEN": "name_en",
		"MTTRTarget": "mttr_target", "closed_from": "closed_from", "p95": "p95", "budgetPercent": "budget_percent",
		"Bad": "bad", "cisAffected": "cis_affected",
	} {
		if got := SnakeCase(in); got != want {
			t.Errorf("SnakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyCaseRefused(t *testing.T) {
	type inner struct {
		ClosedFrom string `json:"closed_from"`
	}
	type cfg struct {
		Week  string           `json:"week"`
		Items []inner          `json:"items"`
		ByDay map[string]inner `json:"by_day"`
	}
	for in, path := range map[string]string{
		`{"Week":"x"}`: "$",
		`{"items":[{"closed_from":"1"},{"Closed_From":"2"}]}`: "$.items[1]",
		`{"by_day":{"mon":{"CLOSED_FROM":"1"}}}`:              "$.by_day.mon",
	} {
		var c cfg
		err := Decode([]byte(in), &c)
		var e *KeyCaseError
		if !errors.As(err, &e) || !errors.Is(err, ErrKeyCase) || e.Path != path {
			t.Errorf("Decode(%s) = %v, want KeyCaseError at %s", in, err, path)
		}
	}
	var c cfg
	if err := Decode([]byte(`{"week":"x","items":[{"closed_from":"1"}],"by_day":{"MON":{"closed_from":"1"}}}`), &c); err != nil {
		t.Errorf("exact keys refused: %v", err)
	}
}
