package change

import "testing"

func BenchmarkAssessHighest(b *testing.B) {
	h := testHistory(b)
	m, err := NewHighest("overall", serviceNowQuestionnaire(b), DefaultRules(), h, riskMatrix(b))
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Type: Normal, Answers: map[string]string{"rollback": "untested", "users": "many", "complexity": "medium"},
		Facts: Facts{NoTestEvidence: true}, History: Outcomes{Successful: 10, Failed: 2}, Impact: "Major", Likelihood: "Possible"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Assess(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRoute(b *testing.B) {
	r := DefaultRouting()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Route(Normal, High); err != nil {
			b.Fatal(err)
		}
	}
}
