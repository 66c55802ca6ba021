package priority

import "testing"

// pairs returns 32 impact × urgency pairs cycling over all levels, so the
// loops index with a mask instead of dividing.
func pairs(impact, urgency []Level) [32][2]Level {
	var ps [32][2]Level
	for k := range ps {
		ps[k] = [2]Level{impact[k%len(impact)], urgency[(k/len(impact))%len(urgency)]}
	}
	return ps
}

func BenchmarkMatrixLookup(b *testing.B) {
	m := GLPI()
	ps := pairs(m.Impact().All(), m.Urgency().All())
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		p := ps[k&31]
		if _, err := m.Lookup(p[0], p[1]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

// BenchmarkMatrixLookupEqualScale looks up levels of a scale that is equal
// to, but not the same pointer as, the matrix's (e.g. decoded from JSON):
// the slow path of the scale check.
func BenchmarkMatrixLookupEqualScale(b *testing.B) {
	m := GLPI()
	other, err := NewScale("impact", HighestLast, m.Impact().names()...)
	if err != nil {
		b.Fatal(err)
	}
	ps := pairs(other.All(), m.Urgency().All())
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		p := ps[k&31]
		if _, err := m.Lookup(p[0], p[1]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkAdditiveLookup(b *testing.B) {
	a := BMC()
	ps := pairs(a.Impact().All(), a.Urgency().All())
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		p := ps[k&31]
		if _, err := a.Lookup(p[0], p[1]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkParse(b *testing.B) {
	p := ServiceNow().Priority()
	labels := [4]string{"1 - Critical", "3 - Moderate", "High", "5"}
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		if _, err := p.Parse(labels[k&3]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkEvaluate(b *testing.B) {
	m := ServiceNow()
	i, u := m.Impact().lowest(), m.Urgency().highest()
	ov := Override{Kind: VIPFloor, Level: m.Priority().highest()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(m, i, u, ov); err != nil {
			b.Fatal(err)
		}
	}
}
