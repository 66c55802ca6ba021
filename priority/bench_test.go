package priority

import "testing"

func BenchmarkMatrixLookup(b *testing.B) {
	m := GLPI()
	imp, urg := m.Impact().All(), m.Urgency().All()
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		p, err := m.Lookup(imp[k%5], urg[(k/5)%5])
		if err != nil || !p.IsValid() {
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
	other, err := NewScale("impact", HighestLast, m.Impact().Names()...)
	if err != nil {
		b.Fatal(err)
	}
	imp, urg := other.All(), m.Urgency().All()
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		if _, err := m.Lookup(imp[k%5], urg[(k/5)%5]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkAdditiveLookup(b *testing.B) {
	a := BMC()
	imp, urg := a.Impact().All(), a.Urgency().All()
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		if _, err := a.Lookup(imp[k%4], urg[(k/4)%4]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkParse(b *testing.B) {
	p := ServiceNow().Priority()
	labels := []string{"1 - Critical", "3 - Moderate", "High", "5"}
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		if _, err := p.Parse(labels[k%len(labels)]); err != nil {
			b.Fatal(err)
		}
		k++
	}
}

func BenchmarkEvaluate(b *testing.B) {
	m := ServiceNow()
	i, u := m.Impact().Lowest(), m.Urgency().Highest()
	ov := Override{Kind: VIPFloor, Level: m.Priority().Highest()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(m, i, u, ov); err != nil {
			b.Fatal(err)
		}
	}
}
