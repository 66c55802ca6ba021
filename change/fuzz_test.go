package change

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
)

// seedModels returns the JSON of one model of every kind.
func seedModels(t testing.TB) [][]byte {
	h, err := newHistoryModel(HistorySpec{Name: "h", Multipliers: Multipliers{Failed: 5}, Bands: Bands{Base: Low, Thresholds: []Threshold{Threshold{dec("4"), High}}}})
	if err != nil {
		t.Fatal(err)
	}
	hi, err := NewHighest("hi", DefaultRules(), h)
	if err != nil {
		t.Fatal(err)
	}
	fm, err := NewFirstMatch("fm", Moderate, hi, DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, m := range []Model{serviceNowQuestionnaire(t), DefaultRules(), h, hi, fm, riskMatrix(t)} {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func FuzzDecodeModel(f *testing.F) {
	for _, s := range seedModels(f) {
		f.Add(s)
	}
	f.Add([]byte(`{"kind":"highest","models":[{"kind":"highest","models":[]}]}`))
	f.Add([]byte(`{"kind":"questionnaire","mode":"weighted_mean","questions":[{"id":"a","weight":1,"answers":[{"id":"x","score":3}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, data, func() error { return decodeModelRoundTrip(data) })
	})
}

func decodeModelRoundTrip(data []byte) error {
	m, err := DecodeModel(data)
	if err != nil {
		return nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("decoded model does not encode: %w", err)
	}
	m2, err := DecodeModel(b)
	if err != nil {
		return fmt.Errorf("re-decode of %s: %w", b, err)
	}
	b2, err := json.Marshal(m2)
	if err != nil || string(b) != string(b2) {
		return fmt.Errorf("round trip differs:\n%s\n%s", b, b2)
	}
	// Assessing arbitrary input must not panic.
	_, _ = m.Assess(Input{Type: Normal, Answers: map[string]string{"a": "x"}, Impact: "1", Likelihood: "1"})
	return nil
}

func FuzzPolicies(f *testing.F) {
	for _, v := range []any{DefaultRouting(), DefaultLifecycle(), Bands{AtLeast: true, Base: Low, Thresholds: []Threshold{{dec("2.5"), High}}}} {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[{"type":"normal","from":"low","to":"critical","approvers":["cab","cab"]}]`))
	f.Add([]byte(`{"maintenance":{"zone":"Europe/Berlin","week":"Sat 22:00-06:00"},"blackouts":[{"name":"x","start":"2026-01-01T00:00:00Z","end":"2026-01-02T00:00:00Z"}],"working_days":{"week":"Mon-Fri 08:00-17:00"}}`))
	f.Add([]byte(`{"base":"low","thresholds":[{"score":1e400,"level":"high"}]}`))
	f.Add([]byte(`{"base":"low","thresholds":[{"score":"1e-999999999","level":"high"},{"score":"1e999999999","level":"critical"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, data, func() error { return policiesRoundTrip(data) })
	})
}

func policiesRoundTrip(data []byte) error {
	var r Routing
	if json.Unmarshal(data, &r) == nil {
		b, err := json.Marshal(&r)
		if err != nil {
			return err
		}
		var r2 Routing
		if err := json.Unmarshal(b, &r2); err != nil {
			return fmt.Errorf("routing re-decode: %w", err)
		}
	}
	var bd Bands
	if json.Unmarshal(data, &bd) == nil && bd.validate("bands") == nil {
		b, err := json.Marshal(bd)
		if err != nil {
			return err
		}
		var b2 Bands
		if err := json.Unmarshal(b, &b2); err != nil {
			return fmt.Errorf("bands re-decode: %w", err)
		}
		_ = bd.classify(7, 3)
	}
	var lc Lifecycle
	if json.Unmarshal(data, &lc) == nil {
		b, err := json.Marshal(&lc)
		if err != nil {
			return err
		}
		var lc2 Lifecycle
		if err := json.Unmarshal(b, &lc2); err != nil {
			return fmt.Errorf("lifecycle re-decode: %w", err)
		}
	}
	var sr ScheduleRules
	if json.Unmarshal(data, &sr) == nil {
		b, err := json.Marshal(sr)
		if err != nil {
			return fmt.Errorf("schedule rules re-encode: %w", err)
		}
		var sr2 ScheduleRules
		if err := json.Unmarshal(b, &sr2); err != nil {
			return fmt.Errorf("schedule rules re-decode of %s: %w", b, err)
		}
	}
	return nil
}

func FuzzGraph(f *testing.F) {
	f.Add([]byte(`{"cis":["x"],"relations":[{"parent":"a","child":"b"},{"parent":"b","child":"c"}]}`))
	f.Add([]byte(`{"relations":[{"parent":"a","child":"b"},{"parent":"b","child":"a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, data, func() error {
			var g Graph
			if json.Unmarshal(data, &g) != nil {
				return nil
			}
			b, err := json.Marshal(&g)
			if err != nil {
				return err
			}
			var g2 Graph
			if err := json.Unmarshal(b, &g2); err != nil {
				return fmt.Errorf("re-decode: %w", err)
			}
			// Conflicts over the graph's own CIs must not fail or panic.
			var ps []Planned
			for i, ci := range cisOf(&g) {
				ps = append(ps, Planned{ID: ci, CIs: []string{ci}, Start: at(i % 3), End: at(i%3 + 2)})
			}
			_, err = conflicts(ps, &g)
			return err
		})
	})
}

func FuzzParseNames(f *testing.F) {
	for _, s := range []string{"low", "very_high", "very-high", "Very High", "5", "normal", "ecab", "peer-review", "same_ci", "percent_of_max", "cancelled", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		within(t, fuzzDeadline, s, func() error {
			for _, v := range []interface {
				encoding.TextMarshaler
				encoding.TextUnmarshaler
			}{new(Level), new(Type), new(Approver), new(State), new(Mode), new(ConflictKind)} {
				if v.UnmarshalText([]byte(s)) != nil {
					continue
				}
				b, err := v.MarshalText()
				if err != nil {
					return fmt.Errorf("%T %q decodes but does not encode: %w", v, s, err)
				}
				if string(b) != s {
					return fmt.Errorf("%T %q decodes, but encodes as %q: more than one text form", v, s, b)
				}
			}
			if l, ok := levelFromLabel(s); ok && !l.valid() {
				return fmt.Errorf("label %q gives level %v", s, l)
			}
			return nil
		})
	})
}

// FuzzConflicts decodes bytes into a batch of planned changes (instants,
// extreme instants, duplicate and bad records, CIs outside the graph) and
// checks CheckConflicts against the O(n²) reference model.
func FuzzConflicts(f *testing.F) {
	f.Add([]byte{1, 4, 0, 3, 1, 2, 4, 0, 5, 2, 1, 6, 1, 3, 1, 1})
	f.Add([]byte{0, 250, 0, 1, 0, 0, 251, 7, 1, 0, 255, 0, 0, 0, 0})
	f.Add([]byte{8, 1, 0x82, 9, 0, 8, 1, 2, 9, 1})
	cis := []string{"dc1", "rack1", "srv1", "srv2", "vm1", "app1", "lonely", "srv9"} // srv9 is not in the graph
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, data, func() error {
			var in []Planned
			for len(data) >= 5 && len(in) < 64 {
				b := data[:5]
				data = data[5:]
				var p Planned
				if b[0]%9 < 8 { // 8: an empty ID
					p.ID = fmt.Sprintf("C%d", b[0]%9)
				}
				p.Start = t0.Add(time.Duration(b[1]) * 15 * time.Minute)
				if int(b[1]) >= 256-len(extremes) {
					p.Start = extremes[255-int(b[1])]
				}
				p.End = p.Start.Add(time.Duration(b[2]&0x7f%6) * 15 * time.Minute) // 0: an instant
				if b[2]&0x80 != 0 {
					p.Start, p.End = p.End, p.Start.Add(-time.Nanosecond) // inverted (or a wrapped-around extreme)
				}
				for k, ci := range cis {
					if b[3]&(1<<k) != 0 {
						p.CIs = append(p.CIs, ci)
					}
				}
				if b[4]&0x80 != 0 {
					p.CIs = append(p.CIs, "")
				}
				p.Assignee = []string{"", "ann", "bob"}[b[4]%3]
				in = append(in, p)
			}
			g, err := NewGraph(cisOf(testGraph(t)), relationsOf(testGraph(t)))
			if err != nil {
				return err
			}
			want := checkConflictsReference(in, cisOf(g), relationsOf(g))
			var failed error
			requireSameReport(errorCollector{&failed}, want, CheckConflicts(in, g))
			return failed
		})
	})
}

// errorCollector is a require.TestingT that records the first failure as
// an error, for checks that run off the test goroutine.
type errorCollector struct{ err *error }

func (c errorCollector) Errorf(format string, args ...any) {
	if *c.err == nil {
		*c.err = fmt.Errorf(format, args...)
	}
}

// FailNow ends the check by a panic carrying the failure, which within
// reports with the input.
func (c errorCollector) FailNow() { panic(*c.err) }

// FuzzSchedule drives NextSlot, NextAllowedSlot and CheckSchedule with any
// int64 seconds (time.Unix wraps the extremes around year 1) and any
// duration: each must finish within the deadline, return an error wrapping
// ErrSchedule or ErrNoSlot, or a slot of the asked length in
// [after, until), in open time of the window calendar, clear of busy.
func FuzzSchedule(f *testing.F) {
	f.Add(int64(1795420800), int64(3600e9), int64(1796025600), int64(1795424400), int64(1795431600))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(math.MaxInt64-unixToInternal), int64(math.MinInt64), int64(0))
	f.Add(int64(math.MinInt64), int64(math.MinInt64), int64(-2208988800), int64(-1), int64(1))
	wd, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		f.Fatal(err)
	}
	rules := ScheduleRules{Maintenance: wd, ServiceHours: mustCal(f, "UTC", "Mon-Fri 09:00-10:00"), Freeze: mustCal(f, "UTC", "Sun 00:00-24:00"),
		WorkingDays: wd}
	f.Fuzz(func(t *testing.T, afterSec, length, untilSec, busyFrom, busyTo int64) {
		after, until := time.Unix(afterSec, 0), time.Unix(untilSec, 0)
		busy := []itsm.Interval{{Start: time.Unix(busyFrom, 0), End: time.Unix(busyTo, 0)}}
		if busy[0].End.Before(busy[0].Start) {
			busy = nil
		}
		d := time.Duration(length)
		within(t, fuzzDeadline, []int64{afterSec, length, untilSec, busyFrom, busyTo}, func() error {
			w, err := NextSlot(wd, after, d, busy, until)
			if err := slotLaw(w, err, after, d, until); err != nil {
				return fmt.Errorf("NextSlot: %w", err)
			}
			if err == nil && (wd.Between(w.Start, w.End) != d || (len(busy) > 0 && occupies(w, busy[0]))) {
				return fmt.Errorf("NextSlot: %v is not free open time", w)
			}
			w, err = NextAllowedSlot(rules, lead(Normal, Low), after, d, busy, until)
			if err := slotLaw(w, err, after, d, until); err != nil {
				return fmt.Errorf("NextAllowedSlot: %w", err)
			}
			if err == nil {
				vs, err := CheckSchedule(w, lead(Normal, Low), rules, after)
				if err != nil || len(vs) > 0 {
					return fmt.Errorf("NextAllowedSlot's %v fails CheckSchedule: %v %v", w, vs, err)
				}
			}
			if after.Before(until) {
				if _, err := CheckSchedule(itsm.Interval{Start: after, End: until}, lead(Normal, High), rules, after); err != nil && !errors.Is(err, ErrSchedule) {
					return fmt.Errorf("CheckSchedule: %w does not wrap ErrSchedule", err)
				}
			}
			return nil
		})
	})
}
