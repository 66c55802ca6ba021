package sla

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

var fuzzStates = []string{"New", "In Progress", "Awaiting User Info", "Awaiting Vendor", "Resolved", "Closed", "", "Bogus"}
var fuzzPrios = []string{"", "P1", "P3", "P9"}

// fuzzGroups are assignment groups: two with schedules of their own in
// fuzzTeamPolicy, one without, and none.
var fuzzGroups = []string{"", "berlin", "sydney", "field"}

// decodeTimeline turns arbitrary bytes into an arbitrary timeline: events
// in any order, duplicates, unknown kinds and states, events before
// creation, huge offsets.
func decodeTimeline(data []byte) (events []Event, now time.Time) {
	base := time.Date(2026, time.November, 20, 21, 0, 0, 0, berlin)
	now = base
	if len(data) >= 4 {
		// Up to ±2^31 minutes (±4000 years): far outside the calendar's
		// supported range, where its arithmetic reports errors.
		now = base.Add(time.Duration(int32(binary.LittleEndian.Uint32(data))) * time.Minute)
		data = data[4:]
	}
	for len(data) >= 8 {
		off := int64(int32(binary.LittleEndian.Uint32(data)))
		if data[6]&0x80 == 0 {
			off %= 90 * 86400 // mostly within three months
		}
		e := Event{
			At:       base.Add(time.Duration(off) * time.Second),
			Kind:     EventKind(data[4] % 12),
			State:    fuzzStates[int(data[5])%len(fuzzStates)],
			Priority: fuzzPrios[int(data[6])%len(fuzzPrios)],
			Assignee: fuzzPrios[int(data[7])%len(fuzzPrios)],
			Group:    fuzzGroups[int(data[7]>>2)%len(fuzzGroups)],
		}
		if data[7]&0x80 != 0 {
			e.At = time.Time{}
		}
		events = append(events, e)
		data = data[8:]
	}
	return events, now
}

func FuzzEvaluate(f *testing.F) {
	seed := func(offs ...int32) []byte {
		b := binary.LittleEndian.AppendUint32(nil, uint32(30000))
		for i, o := range offs {
			b = binary.LittleEndian.AppendUint32(b, uint32(o))
			b = append(b, byte(i%11), byte(i), byte(i%3), byte(i))
		}
		return b
	}
	f.Add(seed(0))
	f.Add(seed(0, 600, 1200, 3600, 7200, 99999, 100000, 200000, 200000, 300000, 400000))
	f.Add(seed(0, -600, 1200))
	f.Add([]byte{})
	var pols []*Policy
	for _, m := range []PriorityChangeMode{KeepElapsed, Retroactive, Restart} {
		spec := demoSpec(m)
		spec.States = nil
		p := demoPolicy(f, m)
		if m == Restart {
			var err error
			if p, err = NewPolicy(spec, map[string]Schedule{"office": office()}); err != nil {
				f.Fatal(err)
			}
		}
		pols = append(pols, p)
	}
	// The demo policy with its clocks following the team, and a team OLA.
	spec := demoSpec(KeepElapsed)
	spec.States = nil
	spec.GroupSchedules = map[string]string{"berlin": "office", "sydney": "sydney"}
	for i := range spec.Rules {
		for j := range spec.Rules[i].Targets {
			spec.Rules[i].Targets[j].FollowGroup = true
		}
		spec.Rules[i].Targets = append(spec.Rules[i].Targets, TargetSpec{Name: "sydney OLA", Kind: OLA, Metric: Resolution,
			Goal: Business(2 * time.Hour), Schedule: "sydney", Conditions: &Conditions{Start: Condition{Groups: []string{"sydney"}},
				HeldBy: []string{"sydney"}, Pause: pauseStates, Reopen: ReopenContinue}})
	}
	p, err := NewPolicy(spec, map[string]Schedule{"office": office(), "sydney": teamCalendars()["sydney"]})
	if err != nil {
		f.Fatal(err)
	}
	pols = append(pols, p)
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, "input "+quoteInput(data), func() { fuzzEvaluate(t, pols, data) })
	})
}

// fuzzEvaluate is FuzzEvaluate's body; it runs under a deadline (see
// within), so it reports with t.Errorf and returns.
func fuzzEvaluate(t *testing.T, pols []*Policy, data []byte) {
	events, now := decodeTimeline(data)
	for _, p := range pols {
		sts, err := p.Evaluate(Ticket{Events: events}, now)
		if err != nil {
			if len(err.Error()) == 0 {
				t.Error("empty error")
			}
			continue
		}
		xs, err := p.Explain(Ticket{Events: events}, now)
		if err != nil {
			t.Errorf("Explain failed where Evaluate did not: %v", err)
			return
		}
		if len(xs) != len(sts) {
			t.Errorf("explain %d statuses, evaluate %d", len(xs), len(sts))
			return
		}
		for i, st := range sts {
			if st.Elapsed+st.Remaining != st.Goal {
				t.Errorf("elapsed %v + remaining %v != goal %v", st.Elapsed, st.Remaining, st.Goal)
			}
			if st.Elapsed < 0 || st.Paused < 0 || st.WallElapsed < 0 {
				t.Errorf("negative duration in %+v", st)
			}
			if st.Breached && st.BreachAt.After(now) {
				t.Errorf("breach in the future: %v > %v", st.BreachAt, now)
			}
			// Explain takes no shortcuts (it measures every event's
			// interval); Evaluate skips quiet events: they must agree.
			if !reflect.DeepEqual(xs[i].Status, st) {
				t.Errorf("explain disagrees: %+v vs %+v", xs[i].Status, st)
			}
			if _, _, err := st.NextChange(); err != nil {
				t.Error(err)
			}
			if _, err := st.escalations(); err != nil {
				t.Error(err)
			}
			if _, err := json.Marshal(st); err != nil {
				t.Error(err)
			}
		}
	}
}

// FuzzPolicyJSON: any bytes either fail to decode/validate with an error or
// give a policy whose JSON round-trips.
func FuzzPolicyJSON(f *testing.F) {
	b, err := json.Marshal(demoPolicy(f, Retroactive))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"rules":[{"targets":[{"name":"x","metric":"response","goal":{"working_days":2},"schedule":"office","thresholds":[1e3,0.5]}]}]}`))
	f.Add([]byte(`{"rules":[{"targets":[{"name":"x","metric":"ack","goal":{"due":"2026-01-01T00:00:00Z"},"conditions":{"start":{"events":["created"]},"stop":{"states":["Done"]},"reopen":"continue"}}]}]}`))
	f.Add([]byte(`{"rules":[]}`))
	f.Add([]byte(`{"group_schedules":{"L2":"office"},"rules":[{"targets":[{"name":"x","metric":"resolution","goal":{"business":"1h"},"follow_group":true,"underpinned_by":["y"]},{"name":"y","kind":"ola","metric":"resolution","goal":{"business":"2h"},"conditions":{"start":{"groups":["L2"]},"held_by":["L2"]}}]}],"versions":[{"effective_from":"2026-04-01T00:00:00Z","rules":[{"targets":[]}]}]}`))
	f.Add([]byte(lintJSON))
	sched := map[string]Schedule{"office": office()}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Building a policy builds its calendars: under a deadline.
		within(t, fuzzDeadline, "input "+quoteInput(data), func() {
			var spec PolicySpec
			if json.Unmarshal(data, &spec) != nil {
				return
			}
			p, err := NewPolicy(spec, sched)
			if err != nil {
				return
			}
			// A valid policy lints: findings, or an error only from a
			// schedule's arithmetic.
			if _, err := p.Lint(lintFrom); err != nil && !errors.Is(err, ErrScheduleFailure) {
				t.Errorf("lint: %v", err)
			}
			out, err := json.Marshal(p)
			if err != nil {
				t.Errorf("marshal a valid policy: %v", err)
				return
			}
			var spec2 PolicySpec
			if err := json.Unmarshal(out, &spec2); err != nil {
				t.Errorf("re-decode %s: %v", out, err)
				return
			}
			p2, err := NewPolicy(spec2, sched)
			if err != nil {
				t.Errorf("re-validate %s: %v", out, err)
				return
			}
			out2, _ := json.Marshal(p2)
			if string(out) != string(out2) {
				t.Errorf("round trip changed:\n%s\n%s", out, out2)
			}
		})
	})
}

// FuzzCreditSchedule: decoding validates; a valid schedule computes without
// panicking for any availability and breach count, and round-trips.
func FuzzCreditSchedule(f *testing.F) {
	f.Add([]byte(`{"tiers":[{"below":"99.9","credit":"10"},{"below":"99","credit":"25"}],"per_breach":[{"target":"x","amount":"250","cap":"1000"}],"cap_percent":"50","rounding":{"places":2,"mode":"half_even"}}`), int64(998), int64(1000), int64(3))
	f.Add([]byte(`{}`), int64(0), int64(0), int64(0))
	f.Add([]byte(`{"tiers":[{"below":"1e-5","credit":"0"}],"rounding":{"places":18,"mode":"ceiling"}}`), int64(-1), int64(7), int64(-2))
	f.Fuzz(func(t *testing.T, data []byte, num, den, breaches int64) {
		// Decimal arithmetic on hostile exponents could take forever:
		// under a deadline.
		within(t, fuzzDeadline, fmt.Sprintf("input %s, %d, %d, %d", quoteInput(data), num, den, breaches), func() {
			var s CreditSchedule
			if json.Unmarshal(data, &s) != nil {
				return
			}
			cr, err := s.Compute(decimalFromInt(den%1_000_000), kpiRatio(num, den), map[string]int64{"x": breaches})
			if err == nil && cr.Total.IsNegative() && den%1_000_000 >= 0 && breaches >= 0 {
				t.Errorf("negative credit %v", cr.Total)
			}
			b, err := json.Marshal(s)
			if err != nil {
				t.Error(err)
				return
			}
			var s2 CreditSchedule
			if err := json.Unmarshal(b, &s2); err != nil {
				t.Errorf("re-decode %s: %v", b, err)
				return
			}
			b2, _ := json.Marshal(s2)
			if string(b) != string(b2) {
				t.Errorf("round trip changed:\n%s\n%s", b, b2)
			}
		})
	})
}

// FuzzTicketJSON: any decodable ticket evaluates without panicking, and a
// ticket round-trips through JSON.
func FuzzTicketJSON(f *testing.F) {
	f.Add([]byte(`{"id":"INC1","attrs":{"service":"mail"},"events":[{"at":"2026-11-20T21:00:00+01:00","kind":"created","priority":"P3","state":"New"},{"at":"2026-11-23T09:00:00+01:00","kind":"priority","priority":"P1"},{"at":"2026-11-23T10:00:00+01:00","kind":"resolve"}]}`))
	f.Add([]byte(`{"events":[{"at":"0001-01-01T00:00:00Z","kind":"created"},{"at":"9999-12-31T23:59:59Z","kind":"reopen"}]}`))
	p := demoPolicy(f, Retroactive)
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, "input "+quoteInput(data), func() {
			var tk Ticket
			if json.Unmarshal(data, &tk) != nil {
				return
			}
			_, _ = p.Evaluate(tk, now)
			_, _, _ = p.NextChange([]Ticket{tk}, now)
			b, err := json.Marshal(tk)
			if err != nil {
				return // e.g. an invalid kind set programmatically cannot come from JSON
			}
			var tk2 Ticket
			if err := json.Unmarshal(b, &tk2); err != nil {
				t.Errorf("re-decode %s: %v", b, err)
				return
			}
			b2, _ := json.Marshal(tk2)
			if string(b) != string(b2) {
				t.Errorf("round trip changed:\n%s\n%s", b, b2)
			}
		})
	})
}
