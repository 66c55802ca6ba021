package legal

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/shopspring/decimal"
)

// Delegated Regulation (EU) 2024/1772 Art. 8(1) and 9, one case per rule,
// worked from the text.
func TestClassify(t *testing.T) {
	dec := decimal.RequireFromString
	tests := []struct {
		name   string
		im     Impact
		major  bool
		basis  string
		counts []Criterion
	}{
		// Art. 8(1): critical services are a gate, not a threshold: with
		// every threshold met but no critical service affected, not major.
		{"gate", Impact{ClientsAffected: 200_000, Media: true, Duration: itsm.Duration(48 * time.Hour), MemberStates: 3, MaliciousAccess: true}, false, "Art. 8(1): critical services (Art. 6) not affected", []Criterion{Clients, Reputation, DurationDowntime, Geography}},
		// Art. 8(1)(a) with 9(5)(b): a successful malicious access to a
		// system supporting a critical function is major alone (recital 10).
		{"malicious access", Impact{CriticalServices: true, MaliciousAccess: true}, true, "Art. 8(1)(a)", nil},
		// Art. 8(1)(b): two thresholds: 9(1)(a) 10 % and 9(3)(b) 2 hours.
		{"two thresholds", Impact{CriticalServices: true, ClientsAffected: 1_001, ClientsTotal: 10_000, Downtime: itsm.Duration(2*time.Hour + time.Minute)}, true, "Art. 8(1)(b): critical services affected and 2 of the other thresholds met: clients, duration", []Criterion{Clients, DurationDowntime}},
		// One threshold is not enough; "higher than" 10 % and "longer than"
		// 2 hours are strict: exactly 10 % and exactly 2 hours do not count.
		{"one threshold", Impact{CriticalServices: true, ClientsAffected: 1_000, ClientsTotal: 10_000, Downtime: itsm.Duration(2 * time.Hour), CostsAndLosses: dec("100000.01")}, false, "only 1 of the other thresholds met (two needed): economic", []Criterion{Economic}},
		// 9(1)(b) absolute: more than 100 000 clients, whatever the share;
		// 9(4): two Member States.
		{"absolute clients", Impact{CriticalServices: true, ClientsAffected: 100_001, ClientsTotal: 5_000_000, MemberStates: 2}, true, "2 of the other thresholds met: clients, geography", []Criterion{Clients, Geography}},
		// 9(1)(c) 30 % of counterparts, 9(1)(e) value, 9(2)(b), 9(5)(a),
		// 9(6) EUR 100 000 exactly is not above.
		{"counterparts and data", Impact{CriticalServices: true, CounterpartsAffected: 31, CounterpartsTotal: 100, Complaints: true, DataImpact: true, CostsAndLosses: dec("100000")}, true, "3 of the other thresholds met: clients, reputation, data_losses", []Criterion{Clients, Reputation, DataLosses}},
		{"transaction value", Impact{CriticalServices: true, ValueAffected: dec("1000000.01"), ValueDaily: dec("10000000"), Duration: itsm.Duration(25 * time.Hour)}, true, "clients, duration", []Criterion{Clients, DurationDowntime}},
		{"nothing", Impact{CriticalServices: true}, false, "only 0 of the other thresholds met (two needed): none", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Classify(tc.im)
			if err != nil {
				t.Fatal(err)
			}
			if c.Major != tc.major || !strings.Contains(c.Basis, tc.basis) {
				t.Errorf("%v, want major=%v with basis containing %q", c, tc.major, tc.basis)
			}
			var got []Criterion
			for _, a := range c.Criteria {
				if a.Counts {
					got = append(got, a.Criterion)
				}
				if len(a.Reasons) == 0 {
					t.Errorf("%s: no reasons", a.Criterion)
				}
			}
			if len(got) != len(tc.counts) || (len(got) > 0 && !equalCriteria(got, tc.counts)) {
				t.Errorf("counted %v, want %v", got, tc.counts)
			}
			if c.Counted != len(got) {
				t.Errorf("Counted %d, want %d", c.Counted, len(got))
			}
			if len(c.Criteria) != 8 {
				t.Errorf("%d criteria assessed, want 8", len(c.Criteria))
			}
		})
	}
}

func equalCriteria(a, b []Criterion) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestClassifyErrors(t *testing.T) {
	for _, im := range []Impact{
		{ClientsAffected: -1},
		{ClientsAffected: 11, ClientsTotal: 10},
		{CounterpartsAffected: 3, CounterpartsTotal: 2},
		{CostsAndLosses: decimal.NewFromInt(-1)},
		{Downtime: -1},
		{MemberStates: -2},
	} {
		_, err := Classify(im)
		var e *itsm.Error
		if !errors.Is(err, ErrImpact) || !errors.As(err, &e) || e.Input == "" {
			t.Errorf("%+v: %v, want ErrImpact quoting the input", im, err)
		}
	}
	var im Impact
	err := json.Unmarshal([]byte(`{"critical_services": true, "clients_affected": 5, "media": true, "mediaa": true}`), &im)
	if !errors.Is(err, ErrImpact) || !strings.Contains(err.Error(), "mediaa") {
		t.Errorf("unknown key: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"critical_services": true, "duration": "30h", "costs_and_losses": "250000.50"}`), &im); err != nil || im.Duration.Std() != 30*time.Hour || !im.CostsAndLosses.Equal(decimal.RequireFromString("250000.5")) {
		t.Errorf("decoded %+v, %v", im, err)
	}
}
