package kpi

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"4h", "30m", "1h30m", "30d", "7d12h", "-5m", "0s", "1.5s", "", "d", "9999999999d", "-2562047h47m16.854775808s", "1d-1h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{s}), func() {
			d, err := itsm.ParseDuration(s)
			if err != nil {
				return
			}
			back, err := itsm.ParseDuration(itsm.Duration(d).String())
			if err != nil || back != d {
				t.Fatalf("%q → %v → %q → %v, %v", s, d, itsm.Duration(d).String(), back, err)
			}
		})
	})
}

// jsonRoundTrip decodes b into a fresh T; if that succeeds, encoding and
// decoding again must succeed and reproduce the same encoding.
func jsonRoundTrip[T any](t *testing.T, b []byte) {
	var v T
	if json.Unmarshal(b, &v) != nil {
		return
	}
	enc, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal after successful unmarshal: %v", err)
	}
	var w T
	if err := json.Unmarshal(enc, &w); err != nil {
		t.Fatalf("re-decoding %s: %v", enc, err)
	}
	enc2, _ := json.Marshal(w)
	if string(enc) != string(enc2) {
		t.Fatalf("not stable: %s vs %s", enc, enc2)
	}
}

func FuzzSLOJSON(f *testing.F) {
	for _, s := range []string{
		`{"name":"api","target":"99.9","window":"rolling","length":"720h"}`,
		`{"target":"99.5","window":"calendar_month","zone":"Europe/Berlin"}`,
		`{"name":"api","target":"99.9","window":"rolling","length":"30d"}`,
		`{"target":"100","window":"rolling","length":"1h"}`, `{}`, `[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{b}), func() {
			jsonRoundTrip[SLO](t, b)
			var s SLO
			if json.Unmarshal(b, &s) == nil {
				if _, err := s.WindowAt(t0); err != nil {
					t.Fatalf("valid SLO has no window: %v", err)
				}
				bud, err := s.Budget(1, 1000)
				if err != nil {
					t.Fatal(err)
				}
				_ = bud.BurnRate.String()
				_, _ = bud.ConsumedPercent(3)
			}
		})
	})
}

func FuzzBandTableJSON(f *testing.F) {
	b, _ := json.Marshal(DefaultBands())
	f.Add(b)
	f.Add([]byte(`{"bands":[{"name":"good","max_change_failure_percent":"20","recovery_under":"48h"},{"name":"bad"}]}`))
	f.Add([]byte(`{"bands":[{"name":"a","min_deployments":{"count":1,"per":"1h"}},{"name":"c"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{b}), func() {
			jsonRoundTrip[BandTable](t, b)
			var bt BandTable
			if json.Unmarshal(b, &bt) == nil {
				r, err := ComputeDORA(itsm.Interval{Start: t0, End: t0.Add(week)}, []Deployment{{ID: "a", At: t0, CommittedAt: []time.Time{t0}}}, []Failure{{DeploymentID: "a", Start: t0, Restored: t0.Add(time.Hour)}})
				if err != nil {
					t.Fatal(err)
				}
				c, err := bt.Classify(r)
				if err != nil || c.Overall == "" {
					t.Fatalf("valid table did not classify: %v %v", c, err)
				}
			}
		})
	})
}

func FuzzAlertPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(DefaultAlertPolicy())
	f.Add(b)
	f.Add([]byte(`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{b}), func() {
			jsonRoundTrip[AlertPolicy](t, b)
		})
	})
}

func FuzzCSATConfigJSON(f *testing.F) {
	f.Add([]byte(`{"scale":{"min":1,"max":5},"satisfied_from":4}`))
	f.Add([]byte(`{"scale":{"min":0,"max":10},"satisfied_from":9}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{b}), func() {
			jsonRoundTrip[CSATConfig](t, b)
			var c CSATConfig
			if json.Unmarshal(b, &c) == nil {
				acc, err := NewCSAT(c)
				if err != nil {
					t.Fatal(err)
				}
				if acc.Add(c.Scale.Min) != nil || acc.Add(c.Scale.Max) != nil || acc.Add(c.Scale.Max+1) == nil {
					t.Fatal("scale bounds")
				}
			}
		})
	})
}

func FuzzTextEnums(f *testing.F) {
	for _, s := range []string{"mtta", "mttr_recover", "wall", "business", "page", "ticket", "rolling", "calendar_month", "nearest_rank", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{s}), func() {
			var m Measure
			if m.UnmarshalText([]byte(s)) == nil {
				if _, err := m.MarshalText(); err != nil {
					t.Fatal(err)
				}
			}
			var c Clock
			if c.UnmarshalText([]byte(s)) == nil {
				if b, _ := c.MarshalText(); string(b) != s {
					t.Fatal("clock round trip")
				}
			}
			var sv Severity
			if sv.UnmarshalText([]byte(s)) == nil {
				if b, _ := sv.MarshalText(); string(b) != s {
					t.Fatal("severity round trip")
				}
			}
			if pm, err := percentileMethods.Parse(s); err == nil {
				if b, _ := percentileMethods.Marshal(pm); string(b) != s || pm.String() != s {
					t.Fatal("percentile method round trip")
				}
			}
			var w WindowKind
			if w.UnmarshalText([]byte(s)) == nil {
				if b, _ := w.MarshalText(); string(b) != s {
					t.Fatal("window round trip")
				}
			}
		})
	})
}

func FuzzComputeAvailability(f *testing.F) {
	f.Add(int64(0), int64(1000), int64(10), int64(20), int64(15), int64(30), int64(5), int64(12), true)
	f.Add(int64(5), int64(4), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), false)
	f.Add(int64(-1<<62), int64(1<<62), int64(-9), int64(1<<62), int64(0), int64(1), int64(2), int64(3), false)
	f.Fuzz(func(t *testing.T, ps, pe, o1s, o1e, o2s, o2e, ms, me int64, hours bool) {
		underDeadline(t, fmt.Sprintf("%#v", []any{ps, pe, o1s, o1e, o2s, o2e, ms, me, hours}), func() {
			ts := func(x int64) time.Time { return time.Unix(0, x).UTC() }
			var sched Schedule
			if hours {
				sched = officeHours()
			}
			a, err := ComputeAvailability(itsm.Interval{Start: ts(ps), End: ts(pe)}, []itsm.Interval{{Start: ts(o1s), End: ts(o1e)}, {Start: ts(o2s), End: ts(o2e)}}, []itsm.Interval{{Start: ts(ms), End: ts(me)}}, sched)
			var re itsm.RecordError
			if err != nil && !errors.As(err, &re) {
				return // the period: nothing computed
			}
			if a.Down < 0 || a.Down > a.Scheduled || a.Up+a.Down != a.Scheduled {
				t.Fatalf("inconsistent %+v", a)
			}
			if r, ok := a.Ratio().Rate(); ok && (r.IsNegative() || r.GreaterThan(decimal.NewFromInt(1))) {
				t.Fatalf("rate %s", r)
			}
		})
	})
}

func FuzzAllowedDowntime(f *testing.F) {
	f.Add("99.9", int64(days30))
	f.Add("99.99", int64(year365))
	f.Add("1e-30", int64(1))
	f.Add("100.0000000000000000000001", int64(day))
	f.Fuzz(func(t *testing.T, target string, window int64) {
		underDeadline(t, fmt.Sprintf("%#v", []any{target, window}), func() {
			tg, err := strictjson.ParseDecimal(target)
			if err != nil {
				return
			}
			d, err := AllowedDowntime(tg, time.Duration(window))
			if err != nil || tg.Exponent() < -1000 {
				return
			}
			if d < 0 || d > time.Duration(window) {
				t.Fatalf("%s over %d: %d", target, window, d)
			}
			// floor: d ≤ exact < d + 1ns
			exact := new(big.Rat).Mul(big.NewRat(window, 100), new(big.Rat).Sub(big.NewRat(100, 1), tg.Rat()))
			if exact.Cmp(new(big.Rat).SetInt64(int64(d))) < 0 || exact.Cmp(new(big.Rat).SetInt64(int64(d)+1)) >= 0 {
				t.Fatalf("%s over %d: %d is not the floor of %s", target, window, d, exact.FloatString(3))
			}
		})
	})
}

func FuzzRatioPercent(f *testing.F) {
	f.Add(int64(2), int64(3), int32(2))
	f.Add(int64(-1<<63), int64(-1), int32(60))
	f.Add(int64(1), int64(0), int32(-100000))
	f.Fuzz(func(t *testing.T, n, d int64, places int32) {
		underDeadline(t, fmt.Sprintf("%#v", []any{n, d, places}), func() {
			r := itsm.Ratio{Num: n, Den: d}
			p, ok := r.Percent(places)
			if ok != (d != 0) {
				t.Fatal("ok must mean Den != 0")
			}
			if !ok {
				return
			}
			// within half a unit of the last place of the exact value
			pl := max(-itsm.MaxPlaces, min(itsm.MaxPlaces, places))
			exact := new(big.Rat).Mul(big.NewRat(r.Num, r.Den), big.NewRat(100, 1))
			diff := new(big.Rat).Sub(exact, p.Rat())
			diff.Abs(diff)
			half := decimal.New(5, -pl-1).Rat()
			if diff.Cmp(half) > 0 {
				t.Fatalf("%v at %d: %s off by %s", r, places, p, diff.FloatString(10))
			}
		})
	})
}

func FuzzPercentile(f *testing.F) {
	f.Add([]byte{1, 2, 3, 200}, "50", true)
	f.Add([]byte{}, "0", false)
	f.Add([]byte{9}, "100", true)
	f.Fuzz(func(t *testing.T, raw []byte, p string, linear bool) {
		underDeadline(t, fmt.Sprintf("%#v", []any{raw, p, linear}), func() {
			pd, err := strictjson.ParseDecimal(p)
			if err != nil {
				return
			}
			v := make([]time.Duration, len(raw))
			for k, b := range raw {
				v[k] = time.Duration(b) * time.Hour
			}
			d, _ := NewDistribution(v)
			m := NearestRank
			if linear {
				m = Linear
			}
			got, ok, err := d.Percentile(pd, m)
			if err != nil {
				return
			}
			if ok != (len(v) > 0) {
				t.Fatal("ok must mean non-empty")
			}
			if ok && !reflect.DeepEqual(got, refPercentile(d.Values(), pd.Rat(), m)) {
				t.Fatalf("p%s %s: %v vs reference", p, m, got)
			}
		})
	})
}

func FuzzObserve(f *testing.F) {
	f.Add(int64(0), int64(3600e9), int64(7200e9), true, false)
	f.Add(int64(100), int64(0), int64(50), false, true)
	f.Add(int64(-1<<63), int64(1<<63-1), int64(0), false, false)
	f.Fuzz(func(t *testing.T, s, e, asOf int64, zeroEnd, business bool) {
		underDeadline(t, fmt.Sprintf("%#v", []any{s, e, asOf, zeroEnd, business}), func() {
			ts := func(x int64) time.Time { return time.Unix(0, x).UTC() }
			end := ts(e)
			if zeroEnd {
				end = time.Time{}
			}
			var sched Schedule
			if business {
				sched = officeHours()
			}
			tt := TimeTo{Measure: MTTResolve, Clock: Wall}
			if err := tt.Observe(sched, ts(s), end, ts(asOf)); err != nil {
				if tt.Completed.Count()+tt.Censored.Count() != 0 {
					t.Fatal("recorded despite error")
				}
				return
			}
			if tt.Completed.Count()+tt.Censored.Count() != 1 {
				t.Fatal("not recorded exactly once")
			}
			v, _ := tt.AtLeast().Max()
			if v < 0 || v > ts(asOf).Sub(ts(s)) {
				t.Fatalf("duration %d outside [0, asOf-start]", v)
			}
		})
	})
}

func FuzzComputeDORA(f *testing.F) {
	f.Add(int64(0), int64(10), int64(5), int64(3), int64(6), int64(8), "a", "a")
	f.Add(int64(0), int64(10), int64(5), int64(7), int64(4), int64(2), "a", "b")
	f.Fuzz(func(t *testing.T, ps, pe, dep, commit, fs, fe int64, id, link string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{ps, pe, dep, commit, fs, fe, id, link}), func() {
			h := func(x int64) time.Time { return t0.Add(time.Duration(x%1e6) * time.Hour) }
			r, err := ComputeDORA(itsm.Interval{Start: h(ps), End: h(pe)},
				[]Deployment{{ID: id, At: h(dep), CommittedAt: []time.Time{h(commit)}}, {ID: id + "x", At: h(dep + 1)}},
				[]Failure{{DeploymentID: link, Start: h(fs), Restored: h(fe)}})
			var be interface{ Unwrap() []error }
			if err != nil && !errors.As(err, &be) {
				return // the period: nothing computed
			}
			if be != nil && len(r.Rejected) != len(be.Unwrap()) {
				t.Fatalf("Rejected %v but error %v", r.Rejected, err)
			}
			if r.ChangeFailure.Num > r.ChangeFailure.Den || r.Deployments > 2 {
				t.Fatalf("impossible report %+v", r)
			}
			if _, err := DefaultBands().Classify(r); err != nil {
				t.Fatal(err)
			}
		})
	})
}
