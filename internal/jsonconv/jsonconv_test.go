package jsonconv

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
)

type good struct {
	ClosedFrom string        `json:"closed_from"`
	Goal       itsm.Duration `json:"goal,omitempty"`
	Skip       int           `json:"-"`
	When       time.Time     `json:"when"`
	Rate       itsm.Ratio    `json:"rate"`
	Kids       []*good       `json:"kids"`
	hidden     int           // unexported: not JSON, not checked
}

var _ = good{}.hidden

type bad struct {
	BreachAt time.Time `json:"breachAt"`
	NoTag    string
	Wait     time.Duration  `json:"wait"`
	Exact    *big.Rat       `json:"exact"`
	Share    float64        `json:"share"`
	Nested   map[string]bad `json:"nested"`
}

func TestCheckTypes(t *testing.T) {
	if p := CheckTypes(good{}); len(p) != 0 {
		t.Errorf("good: %v", p)
	}
	p := CheckTypes(&bad{})
	want := []string{"breachAt", "NoTag", "time.Duration", "big.Rat", "float64"}
	if len(p) != len(want) {
		t.Fatalf("bad: got %d problems %v, want %d", len(p), p, len(want))
	}
	all := strings.Join(p, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no problem mentions %q:\n%s", w, all)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	if p := CheckJSON([]byte(`{"a_b":[{"c":1}],"d":{"e_2":null}}`)); len(p) != 0 {
		t.Errorf("good: %v", p)
	}
	p := CheckJSON([]byte(`{"a":[{"breachAt":1}],"B":{"x__y":2}}`))
	if len(p) != 3 {
		t.Errorf("bad: %v", p)
	}
	doc := []byte(`{"aliases":{"Very low":1},"rules":[{"by_name":{"P 1":{"ok_key":1,"badKey":2}}}]}`)
	if p := CheckJSON(doc, "$.aliases", "$.rules[*].by_name"); len(p) != 1 || !strings.Contains(p[0], "badKey") {
		t.Errorf("data maps: %v", p)
	}
	if p := CheckJSON(doc); len(p) != 3 {
		t.Errorf("without data maps: %v", p)
	}
}

func TestValidKey(t *testing.T) {
	for k, want := range map[string]bool{"a": true, "closed_from": true, "p95": true, "a_1": true,
		"": false, "A": false, "aB": false, "_a": false, "a_": false, "a__b": false, "1a": false, "a-b": false} {
		if ValidKey(k) != want {
			t.Errorf("ValidKey(%q) = %v", k, !want)
		}
	}
}
