package change

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/itsmkit/itsm/priority"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// genBands draws valid bands: strictly increasing thresholds (decimals with
// up to two places) and strictly increasing levels.
func genBands() *rapid.Generator[Bands] {
	return rapid.Custom(func(t *rapid.T) Bands {
		atLeast := rapid.Bool().Draw(t, "atLeast")
		base := Level(rapid.IntRange(1, 5).Draw(t, "base"))
		n := rapid.IntRange(0, int(Critical-base)).Draw(t, "n")
		var th []Threshold
		score := int64(rapid.IntRange(-500, 500).Draw(t, "first"))
		lvl := base
		for range n {
			lvl += Level(rapid.IntRange(1, int(Critical-lvl)-(n-len(th)-1)).Draw(t, "step"))
			th = append(th, Threshold{Score: decimal.New(score, -2), Level: lvl})
			score += int64(rapid.IntRange(1, 400).Draw(t, "gap"))
		}
		b := Bands{AtLeast: atLeast, Base: base, Thresholds: th}
		if err := b.validate("gen"); err != nil {
			t.Fatalf("generator built invalid bands: %v", err)
		}
		return b
	})
}

func TestPropBandsPartition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBands().Draw(t, "bands")
		num := rapid.Int64Range(-100000, 100000).Draw(t, "num")
		den := rapid.Int64Range(1, 1000).Draw(t, "den")
		if rapid.Bool().Draw(t, "onThreshold") && len(b.Thresholds) > 0 {
			// Hit a threshold exactly: num/den = threshold (den 100).
			th := b.Thresholds[rapid.IntRange(0, len(b.Thresholds)-1).Draw(t, "which")]
			num, den = th.Score.Shift(2).IntPart(), 100
		}
		var in []band
		for _, bd := range b.bands() {
			if bd.contains(num, den) {
				in = append(in, bd)
			}
		}
		require.Len(t, in, 1, "score %d/%d in %v", num, den, b.bands())
		got := b.classify(num, den)
		require.Equal(t, in[0].String(), got.String())
		// Monotone: a higher score never gets a lower level.
		require.LessOrEqual(t, got.level, b.classify(num+1, den).level)
	})
}

func genQuestionnaire() *rapid.Generator[*questionnaire] {
	return rapid.Custom(func(t *rapid.T) *questionnaire {
		nq := rapid.IntRange(1, 5).Draw(t, "nq")
		qs := make([]Question, nq)
		for i := range qs {
			na := rapid.IntRange(1, 4).Draw(t, "na")
			as := make([]Answer, na)
			for j := range as {
				as[j] = Answer{ID: fmt.Sprintf("a%d", j), Score: int64(rapid.IntRange(0, 10).Draw(t, "score"))}
			}
			qs[i] = Question{ID: fmt.Sprintf("q%d", i), Weight: int64(rapid.IntRange(0, 100).Draw(t, "w")), Answers: as}
		}
		qs[0].Weight = int64(rapid.IntRange(1, 100).Draw(t, "w0"))
		qs[0].Answers[0].Score = int64(rapid.IntRange(1, 10).Draw(t, "s0"))
		mode := Mode(rapid.IntRange(0, 2).Draw(t, "mode"))
		var b Bands
		if mode != WeightedMean || rapid.Bool().Draw(t, "ownBands") {
			b = genBands().Draw(t, "bands")
		}
		q, err := newQuestionnaire(QuestionnaireSpec{Name: "gen", Mode: mode, Questions: qs, Bands: b})
		if err != nil {
			t.Fatalf("generator: %v", err)
		}
		return q
	})
}

func drawAnswers(t *rapid.T, q *questionnaire) map[string]string {
	ans := map[string]string{}
	for _, qu := range q.spec.Questions {
		ans[qu.ID] = qu.Answers[rapid.IntRange(0, len(qu.Answers)-1).Draw(t, "ans")].ID
	}
	return ans
}

func TestPropQuestionnaireMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		q := genQuestionnaire().Draw(t, "q")
		ans := drawAnswers(t, q)
		r1, err := q.Assess(Input{Answers: ans})
		require.NoError(t, err)
		// Raise one answer to one with a score at least as high.
		qu := q.spec.Questions[rapid.IntRange(0, len(q.spec.Questions)-1).Draw(t, "which")]
		cur := 0
		for i, a := range qu.Answers {
			if a.ID == ans[qu.ID] {
				cur = i
			}
		}
		nxt := qu.Answers[rapid.IntRange(0, len(qu.Answers)-1).Draw(t, "to")]
		if nxt.Score < qu.Answers[cur].Score {
			return
		}
		ans[qu.ID] = nxt.ID
		r2, err := q.Assess(Input{Answers: ans})
		require.NoError(t, err)
		require.LessOrEqual(t, r1.Level, r2.Level, "%v\n%v", r1, r2)
		// The explanation adds up.
		var sum int64
		for _, c := range r2.Contributions {
			require.Equal(t, c.Score*c.Weight, c.Points)
			sum += c.Points
		}
		switch q.spec.Mode {
		case Sum:
			require.Equal(t, sum, r2.Num)
		case PercentOfMax:
			require.Equal(t, 100*sum, r2.Num)
		case WeightedMean:
			require.Equal(t, sum, r2.Num)
		}
	})
}

func genFacts() *rapid.Generator[Input] {
	return rapid.Custom(func(t *rapid.T) Input {
		return Input{
			Type: Type(rapid.IntRange(1, 3).Draw(t, "type")),
			Facts: Facts{
				NoRollbackPlan: rapid.Bool().Draw(t, "rb"), NoTestEvidence: rapid.Bool().Draw(t, "te"),
				CriticalService: rapid.Bool().Draw(t, "cs"), OutageRequired: rapid.Bool().Draw(t, "or"),
				InFreeze: rapid.Bool().Draw(t, "fr"), InsufficientLeadTime: rapid.Bool().Draw(t, "lt"),
				FailedSimilar: rapid.IntRange(0, 4).Draw(t, "fs"), CIsAffected: rapid.IntRange(0, 20).Draw(t, "ci"),
			},
			History: Outcomes{
				Successful: rapid.Int64Range(0, 50).Draw(t, "s"), SuccessfulWithIssues: rapid.Int64Range(0, 10).Draw(t, "swi"),
				Failed: rapid.Int64Range(0, 10).Draw(t, "f"), IncidentsCaused: rapid.Int64Range(0, 10).Draw(t, "i"),
			},
		}
	})
}

// raise adds one risk factor: a false fact becomes true, a count grows, or
// the change becomes an emergency.
func raise(t *rapid.T, in Input) Input {
	f := &in.Facts
	switch rapid.IntRange(0, 11).Draw(t, "factor") {
	case 0:
		f.NoRollbackPlan = true
	case 1:
		f.NoTestEvidence = true
	case 2:
		f.CriticalService = true
	case 3:
		f.OutageRequired = true
	case 4:
		f.InFreeze = true
	case 5:
		f.InsufficientLeadTime = true
	case 6:
		f.FailedSimilar += rapid.IntRange(1, 3).Draw(t, "by")
	case 7:
		f.CIsAffected += rapid.IntRange(1, 3).Draw(t, "by")
	case 8:
		in.Type = Emergency
	case 9:
		in.History.Failed += rapid.Int64Range(1, 3).Draw(t, "by")
	case 10:
		in.History.IncidentsCaused += rapid.Int64Range(1, 3).Draw(t, "by")
	case 11:
		in.History.SuccessfulWithIssues += rapid.Int64Range(1, 3).Draw(t, "by")
	}
	return in
}

// genMonotoneRules draws rule sets whose levels never increase along the
// order and whose default is at most the last level.
func genMonotoneRules() *rapid.Generator[*ruleSet] {
	return rapid.Custom(func(t *rapid.T) *ruleSet {
		n := rapid.IntRange(0, 6).Draw(t, "n")
		lvl := Critical
		var rules []Rule
		for i := range n {
			lvl = Level(rapid.IntRange(1, int(lvl)).Draw(t, "lvl"))
			k := rapid.IntRange(1, 3).Draw(t, "k")
			var when []Condition
			for range k {
				when = append(when, Condition{Fact: rapid.SampledFrom(factNames()).Draw(t, "fact"), AtLeast: rapid.IntRange(1, 3).Draw(t, "min")})
			}
			rules = append(rules, Rule{ID: fmt.Sprintf("r%d", i), When: when, Level: lvl})
		}
		def := Level(rapid.IntRange(0, int(lvl)).Draw(t, "def"))
		rs, err := newRuleSet(RuleSetSpec{Name: "gen", Rules: rules, Default: def})
		if err != nil {
			t.Fatalf("generator: %v", err)
		}
		return rs
	})
}

func genMonotoneModel() *rapid.Generator[Model] {
	return rapid.Custom(func(t *rapid.T) Model {
		switch rapid.IntRange(0, 3).Draw(t, "kind") {
		case 0:
			return DefaultRules()
		case 1:
			return genMonotoneRules().Draw(t, "rules")
		case 2:
			h, err := newHistoryModel(HistorySpec{Name: "h", Bands: genBands().Draw(t, "bands"), Multipliers: Multipliers{
				Successful: rapid.Int64Range(-5, 5).Draw(t, "ms"), SuccessfulWithIssues: rapid.Int64Range(0, 5).Draw(t, "mswi"),
				Failed: rapid.Int64Range(0, 10).Draw(t, "mf"), IncidentsCaused: rapid.Int64Range(0, 10).Draw(t, "mi")}})
			if err != nil {
				t.Fatalf("generator: %v", err)
			}
			return h
		default:
			a := genMonotoneRules().Draw(t, "a")
			b := genMonotoneRules().Draw(t, "b")
			c, err := NewHighest("hi", a, b, DefaultRules())
			if err != nil {
				t.Fatalf("generator: %v", err)
			}
			return c
		}
	})
}

func TestPropRaisingRiskNeverLowersLevel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMonotoneModel().Draw(t, "model")
		if rs, ok := m.(*ruleSet); ok {
			require.True(t, rs.monotone())
		}
		in := genFacts().Draw(t, "in")
		r1, err := m.Assess(in)
		require.NoError(t, err)
		r2, err := m.Assess(raise(t, in))
		require.NoError(t, err)
		require.LessOrEqual(t, r1.Level, r2.Level, "%v\n%v", r1, r2)
	})
}

func TestPropMatrixModelMonotone(t *testing.T) {
	// Every monotone matrix built from a rapid-drawn monotone function of
	// (impact, likelihood) ranks never lowers the level when either rises.
	rapid.Check(t, func(t *rapid.T) {
		ni, nl := rapid.IntRange(1, 5).Draw(t, "ni"), rapid.IntRange(1, 5).Draw(t, "nl")
		names := func(prefix string, n int) []string {
			out := make([]string, n)
			for i := range out {
				out[i] = fmt.Sprintf("%s%d", prefix, i)
			}
			return out
		}
		imp, err := priority.NewScale("impact", priority.HighestLast, names("i", ni)...)
		require.NoError(t, err)
		lik, err := priority.NewScale("likelihood", priority.HighestLast, names("l", nl)...)
		require.NoError(t, err)
		risk, err := priority.NewScale("risk", priority.HighestLast, "Low", "Moderate", "High", "Very High", "Critical")
		require.NoError(t, err)
		wi, wl := rapid.IntRange(0, 3).Draw(t, "wi"), rapid.IntRange(0, 3).Draw(t, "wl")
		rows := make([][]string, ni)
		for i := range rows {
			rows[i] = make([]string, nl)
			for l := range rows[i] {
				rows[i][l] = risk.All()[min(4, (wi*i+wl*l)/2)].Name()
			}
		}
		m, err := priority.NewMatrix(imp, lik, risk, rows)
		require.NoError(t, err)
		mm, err := newMatrixModel("gen", m)
		require.NoError(t, err)
		require.True(t, mm.monotone())
		i, l := rapid.IntRange(0, ni-1).Draw(t, "i"), rapid.IntRange(0, nl-1).Draw(t, "l")
		i2, l2 := rapid.IntRange(i, ni-1).Draw(t, "i2"), rapid.IntRange(l, nl-1).Draw(t, "l2")
		r1, err := mm.Assess(Input{Impact: imp.All()[i].Name(), Likelihood: lik.All()[l].Name()})
		require.NoError(t, err)
		r2, err := mm.Assess(Input{Impact: imp.All()[i2].Name(), Likelihood: lik.All()[l2].Name()})
		require.NoError(t, err)
		require.LessOrEqual(t, r1.Level, r2.Level)
	})
}

func TestPropModelJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var m Model
		switch rapid.IntRange(0, 2).Draw(t, "kind") {
		case 0:
			m = genQuestionnaire().Draw(t, "q")
		case 1:
			m = genMonotoneModel().Draw(t, "m")
		case 2:
			fm, err := NewFirstMatch("fm", Level(rapid.IntRange(0, 5).Draw(t, "def")),
				genQuestionnaire().Draw(t, "q"), genMonotoneModel().Draw(t, "m"))
			require.NoError(t, err)
			m = fm
		}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		back, err := DecodeModel(b)
		require.NoError(t, err, string(b))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		require.JSONEq(t, string(b), string(b2))
		// The decoded model decides the same.
		in := genFacts().Draw(t, "in")
		if q, ok := m.(*questionnaire); ok {
			in.Answers = drawAnswers(t, q)
		}
		r1, err1 := m.Assess(in)
		r2, err2 := back.Assess(in)
		require.Equal(t, err1 == nil, err2 == nil)
		require.Equal(t, r1.Level, r2.Level)
		require.Equal(t, r1.String(), r2.String())
	})
}

func TestPropPolicyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// Random full-coverage routing policies (with lead days): per type,
		// cut the five levels into consecutive ranges.
		var routes []Route
		for _, ty := range allTypes {
			from := Low
			for from <= Critical {
				to := Level(rapid.IntRange(int(from), int(Critical)).Draw(t, "to"))
				var aps []Approver
				for a := PeerReview; a <= BusinessOwner; a++ {
					if rapid.Bool().Draw(t, "ap") {
						aps = append(aps, a)
					}
				}
				routes = append(routes, Route{Type: ty, From: from, To: to, Approvers: aps, PostReview: rapid.Bool().Draw(t, "post"),
					LeadDays: rapid.IntRange(0, 30).Draw(t, "days"), Reason: "r"})
				from = to + 1
			}
		}
		r, err := NewRouting(routes)
		require.NoError(t, err)
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var rb Routing
		require.NoError(t, json.Unmarshal(b, &rb))
		require.Equal(t, r.routes, rb.routes)
		for _, ty := range allTypes {
			for l := Low; l <= Critical; l++ {
				d1, err := r.Route(ty, l)
				require.NoError(t, err)
				d2, err := rb.Route(ty, l)
				require.NoError(t, err)
				require.Equal(t, d1.String(), d2.String())
			}
		}

		bd := genBands().Draw(t, "bands")
		b, err = json.Marshal(bd)
		require.NoError(t, err)
		var bb Bands
		require.NoError(t, json.Unmarshal(b, &bb))
		require.NoError(t, bb.validate("bands"))
		require.Equal(t, fmt.Sprint(bd.bands()), fmt.Sprint(bb.bands()))
	})
}
