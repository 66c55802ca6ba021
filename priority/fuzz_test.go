package priority

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

func FuzzMatrixJSON(f *testing.F) {
	for _, m := range []*Matrix{ServiceNow(), GLPI(), ITop(), BMC()} {
		data, _ := json.Marshal(m)
		f.Add(data)
	}
	f.Add([]byte(`{"impact":{"direction":"highest_last","levels":["lo","hi"]},"urgency":{"direction":"highest_last","levels":["lo","hi"]},"priority":{"direction":"highest_last","levels":["lo","mid","hi"]},"cells":[["1 - lo","2"],["mid","3"]]}`))
	f.Add([]byte(`{"kind":"matrix","cells":[[""]]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{data}), func() {
			var m Matrix
			if err := json.Unmarshal(data, &m); err != nil {
				return
			}
			roundTripMatrix(t, &m)
		})
	})
}

func roundTripMatrix(t *testing.T, m *Matrix) {
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatalf("decoded matrix does not encode: %v", err)
	}
	var back Matrix
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("re-decode: %v\n%s", err, out)
	}
	if !back.Equal(m) {
		t.Fatalf("round trip changed the matrix\n%s", out)
	}
	for _, i := range m.Impact().All() {
		for _, u := range m.Urgency().All() {
			if _, err := m.Lookup(i, u); err != nil {
				t.Fatalf("lookup not total: %v", err)
			}
		}
	}
	_ = m.Validate(NonMonotone, Asymmetric)
	_ = m.String()
}

func FuzzAdditiveJSON(f *testing.F) {
	data, _ := json.Marshal(BMC())
	f.Add(data)
	f.Add([]byte(`{"kind":"additive","impact":{"direction":"highest_first","levels":["A","B"]},"urgency":{"direction":"highest_first","levels":["X","Y"]},"priority":{"direction":"highest_first","levels":["P1","P2"]},"impact_weights":[{"level":"A","weight":5},{"level":"B","weight":0}],"urgency_weights":[{"level":"X","weight":5},{"level":"2","weight":-3}],"bands":[{"priority":"P2","from":-3,"to":5},{"priority":"P1","from":5,"to":11}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{data}), func() {
			var a Matrix
			if err := json.Unmarshal(data, &a); err != nil || a.add == nil {
				return // not an additive model (FuzzMatrixJSON covers matrices)
			}
			out, err := json.Marshal(&a)
			if err != nil {
				t.Fatalf("decoded model does not encode: %v", err)
			}
			var back Matrix
			if err := json.Unmarshal(out, &back); err != nil || !back.Equal(&a) {
				t.Fatalf("round trip: %v\n%s", err, out)
			}
			lo, hi := a.scoreRangeOf()
			if _, ok := a.bandAt(lo); !ok {
				t.Fatalf("lowest score %d has no band", lo)
			}
			if _, ok := a.bandAt(hi); !ok {
				t.Fatalf("highest score %d has no band", hi)
			}
			roundTripMatrix(t, &a)
			_ = a.String()
		})
	})
}

func FuzzRulesJSON(f *testing.F) {
	f.Add([]byte(`{"scale":{"name":"impact","direction":"highest_first","levels":["High","Medium","Low"]},"factors":[{"fact":"users","op":"at_least","steps":[{"value":1000,"level":"High"},{"value":50,"level":"Medium"}],"else":"Low"},{"fact":"tier","op":"at_most","steps":[{"value":1,"level":"High"}],"else":"3"}]}`), int64(60))
	f.Fuzz(func(t *testing.T, data []byte, x int64) {
		underDeadline(t, fmt.Sprintf("%#v", []any{data, x}), func() {
			var r Rules
			if err := json.Unmarshal(data, &r); err != nil {
				return
			}
			out, err := json.Marshal(&r)
			if err != nil {
				t.Fatal(err)
			}
			var back Rules
			if err := json.Unmarshal(out, &back); err != nil {
				t.Fatalf("re-decode: %v\n%s", err, out)
			}
			facts := facts{}
			for _, f := range r.factorList() {
				facts[f.Fact] = x
			}
			d1, err1 := r.Derive(facts)
			d2, err2 := back.Derive(facts)
			if err1 != nil || err2 != nil || !d1.Level.Equal(d2.Level) {
				t.Fatalf("derive after round trip: %v %v / %v %v", d1.Level, err1, d2.Level, err2)
			}
		})
	})
}

func FuzzOverrideJSON(f *testing.F) {
	f.Add([]byte(`{"kind":"manual","level":"Low","actor":"alice","note":"dup"}`))
	f.Add([]byte(`{"kind":"major_incident"}`))
	f.Add([]byte(`{"kind":"vip_floor","level":"2 - High"}`))
	p := ServiceNow().Priority()
	f.Fuzz(func(t *testing.T, data []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{data}), func() {
			var o Override
			if err := json.Unmarshal(data, &o); err != nil {
				return
			}
			r, err := Apply(p.lowest(), o)
			if err != nil {
				if !errors.Is(err, ErrInvalidOverride) {
					t.Fatalf("error does not wrap ErrInvalidOverride: %v", err)
				}
				return
			}
			out, err := json.Marshal(o)
			if err != nil {
				t.Fatal(err)
			}
			var back Override
			if err := json.Unmarshal(out, &back); err != nil {
				t.Fatal(err)
			}
			r2, err := Apply(p.lowest(), back)
			if err != nil || !r2.Effective().Equal(r.Effective()) {
				t.Fatalf("round trip: %v %v", r2, err)
			}
			if r.overridden() {
				if _, ok := r.reason(); !ok {
					t.Fatal("overridden without a reason")
				}
			}
		})
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1 - Critical", "2 - High", "3 - Moderate", "High", "1", "(5) Planning", "0", "99999999999999999999", "1Critical", "2 - Critical", "", " 4. low "} {
		f.Add(s)
	}
	scales := []*Scale{ServiceNow().Priority(), GLPI().Priority(), ITop().Impact()}
	f.Fuzz(func(t *testing.T, label string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{label}), func() {
			for _, s := range scales {
				l, err := s.Parse(label)
				if err != nil {
					if !errors.Is(err, ErrUnknownLevel) {
						t.Fatalf("Parse(%q): error does not wrap ErrUnknownLevel: %v", label, err)
					}
					continue
				}
				if !l.isValid() || l.Scale() != s {
					t.Fatalf("Parse(%q) = invalid level", label)
				}
				// Whatever was accepted, the level's own forms parse back to it.
				for _, again := range []string{l.Name(), l.String()} {
					if m, err := s.Parse(again); err != nil || !m.Equal(l) {
						t.Fatalf("Parse(%q) = %v but Parse(%q) = %v, %v", label, l, again, m, err)
					}
				}
			}
		})
	})
}

func FuzzNewScale(f *testing.F) {
	f.Add("urgency", uint8(1), "High\nMedium\nLow")
	f.Add("", uint8(2), "1 Very low\nVery high")
	f.Fuzz(func(t *testing.T, name string, dir uint8, levels string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{name, dir, levels}), func() {
			s, err := NewScale(name, Direction(dir), strings.Split(levels, "\n")...)
			if err != nil {
				if !errors.Is(err, ErrInvalidScale) {
					t.Fatalf("error does not wrap ErrInvalidScale: %v", err)
				}
				return
			}
			for _, l := range s.All() {
				for _, label := range []string{l.Name(), l.String()} {
					m, err := s.Parse(label)
					if err != nil || !m.Equal(l) {
						t.Fatalf("Parse(%q) = %v, %v; want %v", label, m, err, l)
					}
				}
			}
			data, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			var back Scale
			if err := json.Unmarshal(data, &back); err != nil || !back.Equal(s) {
				t.Fatalf("round trip: %v\n%s", err, data)
			}
		})
	})
}

func FuzzNewAdditive(f *testing.F) {
	f.Add([]byte{9, 5, 3, 0}, []byte{20, 15, 10, 0}, []byte{0, 10, 18, 24, 30}, []byte{3, 2, 1, 0})
	f.Add([]byte{1}, []byte{1, 2}, []byte{2, 4}, []byte{0})
	f.Fuzz(func(t *testing.T, iwb, uwb, cuts, prios []byte) {
		underDeadline(t, fmt.Sprintf("%#v", []any{iwb, uwb, cuts, prios}), func() {
			if len(iwb) == 0 || len(iwb) > 8 || len(uwb) == 0 || len(uwb) > 8 || len(cuts) > 16 {
				return
			}
			names := func(n int) []string {
				out := make([]string, n)
				for i := range out {
					out[i] = "L" + string(rune('a'+i))
				}
				return out
			}
			imp, _ := NewScale("impact", HighestLast, names(len(iwb))...)
			urg, _ := NewScale("urgency", HighestFirst, names(len(uwb))...)
			pri, _ := NewScale("priority", HighestLast, names(4)...)
			iw, uw := make([]int, len(iwb)), make([]int, len(uwb))
			for k, b := range iwb {
				iw[k] = int(int8(b))
			}
			for k, b := range uwb {
				uw[k] = int(int8(b))
			}
			var bands []Band
			for k := 1; k < len(cuts); k++ {
				pr := 0
				if k-1 < len(prios) {
					pr = int(prios[k-1]) % 4
				}
				l, _ := pri.bySeverityErr(pr)
				bands = append(bands, Band{Priority: l, From: int(int8(cuts[k-1])), To: int(int8(cuts[k]))})
			}
			a, err := NewAdditive(imp, urg, pri, iw, uw, bands)
			if err != nil {
				if !errors.Is(err, errBandGap) && !errors.Is(err, errBandOverlap) && !errors.Is(err, errInvalidBand) {
					t.Fatalf("unexpected error class: %v", err)
				}
				return
			}
			// Accepted: every reachable score has exactly one band.
			lo, hi := a.scoreRangeOf()
			for s := lo; s <= hi; s++ {
				n := 0
				for _, b := range bands {
					if b.contains(s) {
						n++
					}
				}
				if n != 1 {
					t.Fatalf("score %d in %d bands", s, n)
				}
			}
			for _, i := range imp.All() {
				for _, u := range urg.All() {
					if _, err := a.Lookup(i, u); err != nil {
						t.Fatal(err)
					}
				}
			}
		})
	})
}

func FuzzWithAliases(f *testing.F) {
	f.Add("High\nMedium\nLow", "Medium=Normal\n1=Urgent\nLow=3 x")
	f.Add("a\nb", "b=1 a")
	f.Fuzz(func(t *testing.T, levels, aliases string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{levels, aliases}), func() {
			s, err := NewScale("s", HighestFirst, strings.Split(levels, "\n")...)
			if err != nil {
				return
			}
			am := map[string][]string{}
			for _, line := range strings.Split(aliases, "\n") {
				k, v, _ := strings.Cut(line, "=")
				am[k] = append(am[k], v)
			}
			a, err := s.WithAliases(am)
			if err != nil {
				if !errors.Is(err, ErrInvalidScale) && !errors.Is(err, ErrUnknownLevel) {
					t.Fatalf("error class: %v", err)
				}
				return
			}
			if !a.Equal(s) {
				t.Fatal("aliases changed equality")
			}
			data, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			var back Scale
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("round trip: %v\n%s", err, data)
			}
			for _, l := range a.All() {
				labels := append([]string{l.Name(), l.String()}, a.aliasesOf(l)...)
				for _, al := range a.aliasesOf(l) {
					labels = append(labels, strconv.Itoa(l.Number())+" - "+al)
				}
				for _, label := range labels {
					for _, sc := range []*Scale{a, &back} {
						m, err := sc.Parse(label)
						if err != nil || m.Number() != l.Number() {
							t.Fatalf("Parse(%q) = %v, %v; want %v", label, m, err, l)
						}
					}
				}
			}
		})
	})
}

// underDeadline runs f in a goroutine and fails the test, quoting input,
// if it does not return within 10 s: Go's fuzzer has no per-input timeout,
// and an input that makes a body loop would otherwise only meet go test's
// global timeout, without being named. If f calls t.FailNow (t.Fatal),
// that stops f's goroutine only; the test is marked failed and
// underDeadline returns.
func underDeadline(t testing.TB, input string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	timer := time.NewTimer(10 * time.Second)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		t.Fatalf("did not finish within 10s for input %s", input)
	}
}
