package strictjson

import (
	"os"
	"testing"

	"github.com/shopspring/decimal"
)

// The benchmark types mirror a typical SLA policy (testdata/policy.json is
// the policy of examples/servicedesk): like the sla package, every level has
// its own UnmarshalJSON that calls Decode, so nested values are decoded,
// and checked, once per level.
type (
	benchPolicy struct {
		Name           string                   `json:"name"`
		PriorityChange string                   `json:"priority_change"`
		Conditions     map[string]benchConds    `json:"conditions"`
		Calendars      map[string]benchCalendar `json:"calendars"`
		Rules          []benchRule              `json:"rules"`
		Credit         struct {
			Tiers []benchTier `json:"tiers"`
		} `json:"credit"`
	}
	benchConds struct {
		Pause  []string `json:"pause"`
		Cancel struct {
			States []string `json:"states"`
		} `json:"cancel"`
		Reopen string `json:"reopen"`
	}
	benchCalendar struct {
		Zone     string `json:"zone"`
		Week     string `json:"week"`
		Holidays []struct {
			Region     string   `json:"region"`
			Categories []string `json:"categories"`
			ClosedFrom string   `json:"closed_from"`
		} `json:"holidays"`
	}
	benchRule struct {
		Name       string        `json:"name"`
		Priorities []string      `json:"priorities"`
		Targets    []benchTarget `json:"targets"`
	}
	benchTarget struct {
		Name        string            `json:"name"`
		Kind        string            `json:"kind"`
		Metric      string            `json:"metric"`
		Goal        map[string]any    `json:"goal"`
		Schedule    string            `json:"schedule"`
		Escalations []benchEscalation `json:"escalations"`
	}
	benchEscalation struct {
		Name   string `json:"name"`
		Offset string `json:"offset"`
	}
	benchTier struct {
		Below  decimal.Decimal `json:"below"`
		Credit decimal.Decimal `json:"credit"`
	}
)

func (p *benchPolicy) UnmarshalJSON(b []byte) error {
	type plain benchPolicy
	return DecodeInto(b, (*plain)(p))
}

func (c *benchConds) UnmarshalJSON(b []byte) error {
	type plain benchConds
	return DecodeInto(b, (*plain)(c))
}

func (c *benchCalendar) UnmarshalJSON(b []byte) error {
	type plain benchCalendar
	return DecodeInto(b, (*plain)(c))
}

func (r *benchRule) UnmarshalJSON(b []byte) error {
	type plain benchRule
	return DecodeInto(b, (*plain)(r))
}

func (t *benchTarget) UnmarshalJSON(b []byte) error {
	type plain benchTarget
	return DecodeInto(b, (*plain)(t))
}

func (e *benchEscalation) UnmarshalJSON(b []byte) error {
	type plain benchEscalation
	return DecodeInto(b, (*plain)(e))
}

func BenchmarkDecodePolicy(b *testing.B) {
	doc, err := os.ReadFile("testdata/policy.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		var p benchPolicy
		if err := Decode(doc, &p); err != nil {
			b.Fatal(err)
		}
	}
}
