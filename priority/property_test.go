package priority

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

var namePool = []string{"High", "Medium", "Low", "Very high", "Very low", "Critical", "Planning",
	"A person", "Moderate", "Ünïcode", "1st line", "x", "Lowest", "major_incident", "P1"}

// genScale draws a valid scale of 1..maxN levels with unique names.
func genScale(name string, maxN int) *rapid.Generator[*Scale] {
	return rapid.Custom(func(t *rapid.T) *Scale {
		n := rapid.IntRange(1, maxN).Draw(t, name+".n")
		dir := rapid.SampledFrom([]Direction{HighestFirst, HighestLast}).Draw(t, name+".dir")
		var names []string
		for i := range n {
			w := rapid.SampledFrom(namePool).Draw(t, name+".name")
			for slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, w) }) {
				w += " " + strconv.Itoa(i)
			}
			names = append(names, w)
		}
		s, err := NewScale(name, dir, names...)
		if err != nil {
			t.Fatalf("genScale: %v", err)
		}
		return s
	})
}

// genMatrix draws a matrix with random (possibly non-monotone) cells.
func genMatrix() *rapid.Generator[*Matrix] {
	return rapid.Custom(func(t *rapid.T) *Matrix {
		imp := genScale("impact", 6).Draw(t, "impact")
		urg := genScale("urgency", 6).Draw(t, "urgency")
		pri := genScale("priority", 6).Draw(t, "priority")
		m, err := newMatrixFunc(imp, urg, pri, func(i, u Level) (Level, error) {
			return pri.Level(rapid.IntRange(1, pri.len()).Draw(t, "cell"))
		})
		if err != nil {
			t.Fatalf("genMatrix: %v", err)
		}
		return m
	})
}

// monotonize returns the smallest monotone matrix at or above m: each
// cell's priority raised to the highest priority among the cells it
// dominates (by severity, with brute force).
func monotonize(t *rapid.T, m *Matrix) *Matrix {
	n, err := newMatrixFunc(m.Impact(), m.Urgency(), m.Priority(), func(i, u Level) (Level, error) {
		best := Level{}
		for c := range m.allCells() {
			if c.Impact.Severity() <= i.Severity() && c.Urgency.Severity() <= u.Severity() {
				best = best.max(c.Priority)
			}
		}
		return best, nil
	})
	if err != nil {
		t.Fatalf("monotonize: %v", err)
	}
	return n
}

func genMonotone() *rapid.Generator[*Matrix] {
	return rapid.Custom(func(t *rapid.T) *Matrix { return monotonize(t, genMatrix().Draw(t, "m")) })
}

// bruteNonMonotone returns the cells some dominated cell outranks.
func bruteNonMonotone(m *Matrix) []Cell {
	var out []Cell
	for c := range m.allCells() {
		for d := range m.allCells() {
			if d.Impact.Severity() <= c.Impact.Severity() && d.Urgency.Severity() <= c.Urgency.Severity() &&
				d.Priority.Severity() > c.Priority.Severity() {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func TestPropValidateMatchesBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMatrix().Draw(t, "m")
		want := bruteNonMonotone(m)
		got := m.Validate()
		if len(got) != len(want) {
			t.Fatalf("Validate found %d cells, brute force %d\n%v", len(got), len(want), m)
		}
		for k, f := range got {
			if f.Kind != NonMonotone || f.Cell != want[k] {
				t.Fatalf("finding %d: %v, want cell %v", k, f, want[k])
			}
			// The witness is a real counterexample and the strongest one.
			o := f.Other
			if o.Impact.Severity() > f.Cell.Impact.Severity() || o.Urgency.Severity() > f.Cell.Urgency.Severity() ||
				o.Priority.Severity() <= f.Cell.Priority.Severity() {
				t.Fatalf("witness %v does not refute %v", o, f.Cell)
			}
			if p, _ := m.Lookup(o.Impact, o.Urgency); !p.Equal(o.Priority) {
				t.Fatalf("witness %v is not a cell of the matrix", o)
			}
			for d := range m.allCells() {
				if d.Impact.Severity() <= f.Cell.Impact.Severity() && d.Urgency.Severity() <= f.Cell.Urgency.Severity() &&
					d.Priority.Severity() > o.Priority.Severity() {
					t.Fatalf("witness %v is not the strongest: %v", o, d)
				}
			}
		}
	})
}

func TestPropLookupTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMatrix().Draw(t, "m")
		rows := m.Rows()
		for _, i := range m.Impact().All() {
			for _, u := range m.Urgency().All() {
				p, err := m.Lookup(i, u)
				if err != nil || !p.isValid() {
					t.Fatalf("Lookup(%v, %v): %v, %v", i, u, p, err)
				}
				if p.Name() != rows[i.Number()-1][u.Number()-1] {
					t.Fatalf("Lookup(%v, %v) = %v, Rows says %q", i, u, p, rows[i.Number()-1][u.Number()-1])
				}
				q, err := m.LookupLabels(strconv.Itoa(i.Number())+" - "+i.Name(), strings.ToUpper(u.Name()))
				if err != nil || !q.Equal(p) {
					t.Fatalf("LookupLabels: %v, %v; want %v", q, err, p)
				}
			}
		}
	})
}

func TestPropMonotoneOperations(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMonotone().Draw(t, "m")
		if fs := m.Validate(); len(fs) != 0 {
			t.Fatalf("generator made a non-monotone matrix: %v", fs)
		}
		// Transposition keeps monotonicity.
		if fs := m.transpose().Validate(); len(fs) != 0 {
			t.Fatalf("transpose: %v", fs)
		}
		// Raising a cell up to the lowest priority of the cells dominating
		// it keeps monotonicity.
		i := rapid.SampledFrom(m.Impact().All()).Draw(t, "i")
		u := rapid.SampledFrom(m.Urgency().All()).Draw(t, "u")
		cur, _ := m.Lookup(i, u)
		ceiling := m.Priority().highest()
		for c := range m.allCells() {
			if c.Impact.Severity() >= i.Severity() && c.Urgency.Severity() >= u.Severity() && !(c.Impact == i && c.Urgency == u) {
				if c.Priority.lower(ceiling) {
					ceiling = c.Priority
				}
			}
		}
		r := rapid.IntRange(cur.Severity(), ceiling.Severity()).Draw(t, "raise")
		to, _ := m.Priority().bySeverityErr(r)
		n, err := m.With(i, u, to)
		if err != nil {
			t.Fatal(err)
		}
		if fs := n.Validate(); len(fs) != 0 {
			t.Fatalf("raising %v × %v to %v: %v", i, u, to, fs)
		}
		// Composing with a floor override keeps monotonicity.
		floor := rapid.SampledFrom(m.Priority().All()).Draw(t, "floor")
		kind := rapid.SampledFrom([]OverrideKind{VIPFloor, MajorIncident}).Draw(t, "kind")
		f, err := newMatrixFunc(m.Impact(), m.Urgency(), m.Priority(), func(i, u Level) (Level, error) {
			r, err := Evaluate(m, i, u, Override{Kind: kind, Level: floor})
			if err == nil && r.overridden() != r.Computed().lower(floor) {
				t.Fatalf("overridden %v but computed %v floor %v", r.overridden(), r.Computed(), floor)
			}
			return r.Effective(), err
		})
		if err != nil {
			t.Fatal(err)
		}
		if fs := f.Validate(); len(fs) != 0 {
			t.Fatalf("floor %v: %v", floor, fs)
		}
	})
}

func TestPropSymmetricTranspose(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// A symmetric matrix: p(a, b) = g(max(a,b), min(a,b)) by severity ranks.
		n := rapid.IntRange(1, 6).Draw(t, "n")
		imp := genScale("impact", 6).Filter(func(s *Scale) bool { return s.len() == n }).Draw(t, "impact")
		urg := genScale("urgency", 6).Filter(func(s *Scale) bool { return s.len() == n }).Draw(t, "urgency")
		pri := genScale("priority", 6).Draw(t, "priority")
		g := map[[2]int]Level{}
		m, err := newMatrixFunc(imp, urg, pri, func(i, u Level) (Level, error) {
			k := [2]int{max(i.Severity(), u.Severity()), min(i.Severity(), u.Severity())}
			if _, ok := g[k]; !ok {
				g[k] = rapid.SampledFrom(pri.All()).Draw(t, "cell")
			}
			return g[k], nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if fs := m.Validate(Asymmetric); len(fs) != 0 {
			t.Fatalf("symmetric matrix reported: %v", fs)
		}
		tr := m.transpose()
		for c := range m.allCells() {
			// Same severities on the swapped axes give the same priority.
			i, _ := tr.Impact().bySeverityErr(c.Impact.Severity())
			u, _ := tr.Urgency().bySeverityErr(c.Urgency.Severity())
			p, err := tr.Lookup(i, u)
			if err != nil || !p.Equal(c.Priority) {
				t.Fatalf("transpose of symmetric differs at %v: %v", c, p)
			}
		}
		// Changing one off-diagonal cell breaks symmetry at exactly that pair.
		if n >= 2 {
			a := rapid.IntRange(0, n-1).Draw(t, "a")
			b := rapid.IntRange(0, n-1).Filter(func(b int) bool { return b != a }).Draw(t, "b")
			i, _ := imp.bySeverityErr(a)
			u, _ := urg.bySeverityErr(b)
			old, _ := m.Lookup(i, u)
			nv := rapid.SampledFrom(pri.All()).Filter(func(l Level) bool { return !l.Equal(old) }).Draw(t, "new")
			x, err := m.With(i, u, nv)
			if err != nil {
				t.Fatal(err)
			}
			fs := x.Validate(Asymmetric)
			if len(fs) != 1 || fs[0].Kind != Asymmetric {
				t.Fatalf("want one asymmetry, got %v", fs)
			}
		}
	})
}

func TestPropMatrixJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMatrix().Draw(t, "m")
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back Matrix
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if !back.Equal(m) {
			t.Fatalf("round trip changed the matrix:\n%v\n%v", m, &back)
		}
		if back.String() != m.String() {
			t.Fatal("round trip changed the rendering")
		}
	})
}

// genAdditive draws an additive model with random weights and random bands
// that partition [lo, hi] (cut points drawn at random, ends extended).
func genAdditive() *rapid.Generator[*Matrix] {
	return rapid.Custom(func(t *rapid.T) *Matrix {
		imp := genScale("impact", 5).Draw(t, "impact")
		urg := genScale("urgency", 5).Draw(t, "urgency")
		pri := genScale("priority", 5).Draw(t, "priority")
		iw := rapid.SliceOfN(rapid.IntRange(-20, 40), imp.len(), imp.len()).Draw(t, "iw")
		uw := rapid.SliceOfN(rapid.IntRange(-20, 40), urg.len(), urg.len()).Draw(t, "uw")
		bands := genBands(t, pri, slices.Min(iw)+slices.Min(uw), slices.Max(iw)+slices.Max(uw))
		a, err := NewAdditive(imp, urg, pri, iw, uw, bands)
		if err != nil {
			t.Fatalf("genAdditive: %v", err)
		}
		return a
	})
}

func genBands(t *rapid.T, pri *Scale, lo, hi int) []Band {
	var cuts []int
	if hi > lo {
		cuts = rapid.SliceOfNDistinct(rapid.IntRange(lo+1, hi), 0, min(6, hi-lo), rapid.ID[int]).Draw(t, "cuts")
	}
	slices.Sort(cuts)
	from := lo - rapid.IntRange(0, 3).Draw(t, "below")
	to := hi + 1 + rapid.IntRange(0, 3).Draw(t, "above")
	pts := append(append([]int{from}, cuts...), to)
	var bands []Band
	for k := 1; k < len(pts); k++ {
		bands = append(bands, Band{Priority: rapid.SampledFrom(pri.All()).Draw(t, "bp"), From: pts[k-1], To: pts[k]})
	}
	// Any order is accepted.
	return rapid.Permutation(bands).Draw(t, "order")
}

func TestPropAdditiveBandsPartition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdditive().Draw(t, "a")
		lo, hi := a.scoreRangeOf()
		bands := a.bandList()
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
		for _, i := range a.Impact().All() {
			for _, u := range a.Urgency().All() {
				s, _ := a.score(i, u)
				b, ok := a.bandAt(s)
				p, err := a.Lookup(i, u)
				if !ok || err != nil || !p.Equal(b.Priority) || s != a.impactWeights()[i.Number()-1]+a.urgencyWeights()[u.Number()-1] {
					t.Fatalf("%v × %v: score %d band %v ok %v lookup %v %v", i, u, s, b, ok, p, err)
				}
			}
		}
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back Matrix
		if err := json.Unmarshal(data, &back); err != nil || !back.Equal(a) {
			t.Fatalf("JSON round trip: %v\n%s", err, data)
		}
	})
}

// TestPropBandValidation moves one band edge at random and checks that
// construction succeeds exactly when a brute-force coverage count says the
// bands still partition the reachable range.
func TestPropBandValidation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdditive().Draw(t, "a")
		bands := a.bandList()
		k := rapid.IntRange(0, len(bands)-1).Draw(t, "k")
		d := rapid.IntRange(-3, 3).Draw(t, "delta")
		if rapid.Bool().Draw(t, "moveFrom") {
			bands[k].From += d
		} else {
			bands[k].To += d
		}
		lo, hi := a.scoreRangeOf()
		ok := true
		minF, maxT := bands[0].From, bands[0].To
		for _, b := range bands {
			if b.From >= b.To {
				ok = false
			}
			minF, maxT = min(minF, b.From), max(maxT, b.To)
		}
		for s := min(minF, lo); s <= max(maxT, hi+1); s++ {
			n := 0
			for _, b := range bands {
				if b.contains(s) {
					n++
				}
			}
			inside := s >= minF && s < maxT
			reach := s >= lo && s <= hi
			if n > 1 || (inside && n == 0) || (reach && n != 1) {
				ok = false
			}
		}
		_, err := NewAdditive(a.Impact(), a.Urgency(), a.Priority(), a.impactWeights(), a.urgencyWeights(), bands)
		if (err == nil) != ok {
			t.Fatalf("bands %v: err %v, brute force ok=%v", bands, err, ok)
		}
	})
}

func TestPropAdditiveMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// Weights rising with severity and band priorities rising with the
		// score make a monotone model.
		a := genAdditive().Draw(t, "a")
		sortBySeverity := func(s *Scale, w []int) []int {
			v := slices.Clone(w)
			slices.Sort(v)
			out := make([]int, len(v))
			for _, l := range s.All() {
				out[l.Number()-1] = v[l.Severity()]
			}
			return out
		}
		bands := a.bandList()
		ps := make([]Level, len(bands))
		for k, b := range bands {
			ps[k] = b.Priority
		}
		slices.SortFunc(ps, Level.Compare)
		for k := range bands {
			bands[k].Priority = ps[k]
		}
		m, err := a.withWeights(sortBySeverity(a.Impact(), a.impactWeights()), sortBySeverity(a.Urgency(), a.urgencyWeights()), bands)
		if err != nil {
			t.Fatal(err)
		}
		if fs := m.Validate(); len(fs) != 0 {
			t.Fatalf("monotone weights and bands gave %v\n%v", fs, m)
		}
	})
}

func TestPropRulesDerive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genScale("impact", 5).Draw(t, "scale")
		op := rapid.SampledFrom([]Op{AtLeast, AtMost}).Draw(t, "op")
		vals := rapid.SliceOfNDistinct(rapid.Int64Range(-100, 100), 0, 5, rapid.ID[int64]).Draw(t, "vals")
		slices.Sort(vals)
		if op == AtLeast {
			slices.Reverse(vals)
		}
		sev := rapid.SliceOfN(rapid.IntRange(0, s.len()-1), len(vals)+1, len(vals)+1).Draw(t, "sev")
		slices.Sort(sev)
		slices.Reverse(sev) // non-increasing as thresholds weaken
		f := Factor{Fact: "n", Op: op}
		for k, v := range vals {
			l, _ := s.bySeverityErr(sev[k])
			f.Steps = append(f.Steps, Step{Value: v, Level: l})
		}
		f.Else, _ = s.bySeverityErr(sev[len(vals)])
		r, err := NewRules(s, f)
		if err != nil {
			t.Fatalf("valid rules rejected: %v (%v)", err, f)
		}
		x := rapid.Int64Range(-120, 120).Draw(t, "x")
		d, err := r.Derive(facts{"n": x})
		if err != nil {
			t.Fatal(err)
		}
		want := f.Else
		for _, st := range f.Steps {
			if (op == AtLeast && x >= st.Value) || (op == AtMost && x <= st.Value) {
				want = st.Level
				break
			}
		}
		if !d.Level.Equal(want) {
			t.Fatalf("Derive(%d) = %v, want %v", x, d.Level, want)
		}
		// Monotone: a more severe fact never gives a less severe level.
		y := x + 1
		if op == AtMost {
			y = x - 1
		}
		d2, _ := r.Derive(facts{"n": y})
		if d2.Level.Severity() < d.Level.Severity() {
			t.Fatalf("Derive(%d) = %v but Derive(%d) = %v", y, d2.Level, x, d.Level)
		}
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Rules
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if fmt.Sprint(back.factorList()) != fmt.Sprint(r.factorList()) {
			t.Fatalf("rules JSON round trip: %v vs %v", back.factorList(), r.factorList())
		}
	})
}

func TestPropParseLabels(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genScale("s", 12).Draw(t, "s")
		l := rapid.SampledFrom(s.All()).Draw(t, "l")
		n := strconv.Itoa(l.Number())
		sep := rapid.SampledFrom([]string{" - ", "-", ". ", ": ", ") ", " ", " – ", "|"}).Draw(t, "sep")
		for _, label := range []string{l.Name(), strings.ToUpper(l.Name()), " " + l.Name() + " ", n, n + sep + l.Name(), l.String()} {
			got, err := s.Parse(label)
			if err != nil || !got.Equal(l) {
				t.Fatalf("Parse(%q) = %v, %v; want %v", label, got, err, l)
			}
		}
	})
}

// TestPropOverridesNeverDivergeSilently checks Apply against a simple model:
// floors raise in order, then the last manual override sets; every
// difference between computed and effective is explained by the last
// override that changed something.
func TestPropOverridesNeverDivergeSilently(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genScale("priority", 6).Draw(t, "p")
		computed := rapid.SampledFrom(p.All()).Draw(t, "computed")
		n := rapid.IntRange(0, 5).Draw(t, "n")
		var ovs []Override
		for range n {
			o := Override{Kind: rapid.SampledFrom([]OverrideKind{VIPFloor, MajorIncident, Manual}).Draw(t, "kind"), Actor: "a"}
			if o.Kind != MajorIncident || rapid.Bool().Draw(t, "explicit") {
				o.Level = rapid.SampledFrom(p.All()).Draw(t, "level")
			}
			ovs = append(ovs, o)
		}
		r, err := Apply(computed, ovs...)
		if err != nil {
			t.Fatal(err)
		}
		want := computed
		for _, o := range ovs {
			if o.Kind != Manual {
				l := o.Level
				if !l.isValid() {
					l = p.highest()
				}
				want = want.max(l)
			}
		}
		for _, o := range ovs {
			if o.Kind == Manual {
				want = o.Level
			}
		}
		if !r.Effective().Equal(want) || !r.Computed().Equal(computed) || len(r.overrides()) != n {
			t.Fatalf("Apply = %v, want effective %v", r, want)
		}
		why, ok := r.reason()
		if r.overridden() && !ok {
			t.Fatalf("overridden without a reason: %v", r)
		}
		if ok && !why.After.Equal(r.Effective()) {
			// Nothing after the last change changed anything.
			t.Fatalf("reason %v does not end at %v", why, r.Effective())
		}
		// The applied chain is continuous from computed to effective.
		cur := computed
		for _, a := range r.overrides() {
			if !a.Before.Equal(cur) {
				t.Fatalf("chain broken at %v (was %v)", a, cur)
			}
			cur = a.After
		}
		if !cur.Equal(r.Effective()) {
			t.Fatalf("chain ends at %v, effective %v", cur, r.Effective())
		}
	})
}
