package change

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// serviceNowQuestionnaire: ServiceNow's risk assessment sums answer score ×
// weight; a risk condition "score greater than 6" gives moderate, "greater
// than 10" high.
func serviceNowQuestionnaire(t testing.TB) *questionnaire {
	q, err := newQuestionnaire(QuestionnaireSpec{
		Name: "servicenow",
		Questions: []Question{
			{ID: "rollback", Weight: 2, Answers: []Answer{{ID: "tested", Score: 0}, {ID: "untested", Score: 1}, {ID: "none", Score: 3}}},
			{ID: "users", Weight: 1, Answers: []Answer{{ID: "few", Score: 1}, {ID: "many", Score: 3}, {ID: "all", Score: 5}}},
			{ID: "complexity", Weight: 1, Answers: []Answer{{ID: "simple", Score: 0}, {ID: "medium", Score: 2}, {ID: "complex", Score: 4}}},
		},
		Bands: Bands{Base: Low, Thresholds: []Threshold{{dec("6"), Moderate}, {dec("10"), High}}},
	})
	require.NoError(t, err)
	return q
}

func TestQuestionnaireServiceNowExample(t *testing.T) {
	q := serviceNowQuestionnaire(t)
	cases := []struct {
		answers map[string]string
		score   int64
		want    Level
	}{
		// 1×2 + 3×1 + 2×1 = 7 > 6 → moderate (the documented example).
		{map[string]string{"rollback": "untested", "users": "many", "complexity": "medium"}, 7, Moderate},
		// exactly 6 is not greater than 6 → low.
		{map[string]string{"rollback": "untested", "users": "many", "complexity": "simple"}, 5, Low},
		{map[string]string{"rollback": "tested", "users": "all", "complexity": "simple"}, 5, Low},
		{map[string]string{"rollback": "none", "users": "few", "complexity": "simple"}, 7, Moderate},
		{map[string]string{"rollback": "untested", "users": "all", "complexity": "simple"}, 7, Moderate},
		{map[string]string{"rollback": "none", "users": "many", "complexity": "simple"}, 9, Moderate},
		{map[string]string{"rollback": "none", "users": "few", "complexity": "complex"}, 11, High},
		{map[string]string{"rollback": "none", "users": "all", "complexity": "complex"}, 15, High},
		{map[string]string{"rollback": "tested", "users": "all", "complexity": "medium"}, 7, Moderate},
		{map[string]string{"rollback": "tested", "users": "few", "complexity": "complex"}, 5, Low},
		{map[string]string{"rollback": "none", "users": "few", "complexity": "medium"}, 9, Moderate},
		{map[string]string{"rollback": "none", "users": "many", "complexity": "medium"}, 11, High},
	}
	for _, c := range cases {
		r, err := q.Assess(Input{Answers: c.answers})
		require.NoError(t, err)
		assert.Equal(t, c.score, r.Num, c.answers)
		assert.Equal(t, int64(1), r.Den)
		assert.Equal(t, c.want, r.Level, "score %d", c.score)
		assert.Len(t, r.Contributions, 3)
	}
	// Boundary: exactly 6 stays low, exactly 10 stays moderate.
	b := Bands{Base: Low, Thresholds: []Threshold{{dec("6"), Moderate}, {dec("10"), High}}}
	assert.Equal(t, Low, b.classify(6, 1).level)
	assert.Equal(t, Moderate, b.classify(7, 1).level)
	assert.Equal(t, Moderate, b.classify(10, 1).level)
	assert.Equal(t, High, b.classify(11, 1).level)
	assert.Equal(t, "(6, 10] → moderate", b.classify(7, 1).String())
	al := Bands{AtLeast: true, Base: Low, Thresholds: []Threshold{{dec("6"), Moderate}}}
	assert.Equal(t, Moderate, al.classify(6, 1).level)
	assert.Equal(t, Low, al.classify(599, 100).level)
}

func TestQuestionnaireErrors(t *testing.T) {
	q := serviceNowQuestionnaire(t)
	_, err := q.Assess(Input{Answers: map[string]string{"rollback": "none"}})
	require.ErrorIs(t, err, ErrInput)
	assert.Contains(t, err.Error(), `question "users"`)
	_, err = q.Assess(Input{Answers: map[string]string{"rollback": "maybe", "users": "few", "complexity": "simple"}})
	require.ErrorIs(t, err, ErrInput)
	assert.Contains(t, err.Error(), `"maybe"`)
	var zero questionnaire
	_, err = zero.Assess(Input{})
	require.ErrorIs(t, err, ErrModel)

	bands := Bands{Base: Low}
	bad := []QuestionnaireSpec{
		{Bands: bands},
		{Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}}}}},
		{Bands: bands, Questions: []Question{{ID: "", Weight: 1, Answers: []Answer{{ID: "x"}}}}},
		{Bands: bands, Questions: []Question{{ID: "a", Weight: -1, Answers: []Answer{{ID: "x"}}}}},
		{Bands: bands, Questions: []Question{{ID: "a", Weight: 1}}},
		{Bands: bands, Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}, {ID: "x"}}}}},
		{Bands: bands, Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x", Score: -2}}}}},
		{Bands: bands, Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}}}, {ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}}}}},
		{Bands: bands, Mode: PercentOfMax, Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}}}}},
		{Mode: WeightedMean, Questions: []Question{{ID: "a", Weight: 0, Answers: []Answer{{ID: "x"}}}}},
		{Bands: bands, Mode: 7, Questions: []Question{{ID: "a", Weight: 1, Answers: []Answer{{ID: "x"}}}}},
	}
	for i, s := range bad {
		_, err := newQuestionnaire(s)
		assert.ErrorIs(t, err, ErrModel, "case %d", i)
	}
}

// BMC's change risk: answers carry risk values, questions weights; the
// level is the weighted mean rounded up: (4·60 + 5·20 + 2·100)/180 = 3.
func TestWeightedMeanBMCExample(t *testing.T) {
	risk := func(id string, w int64) Question {
		as := make([]Answer, 5)
		for i := range as {
			as[i] = Answer{ID: string(rune('1' + i)), Score: int64(i + 1)}
		}
		return Question{ID: id, Weight: w, Answers: as}
	}
	q, err := newQuestionnaire(QuestionnaireSpec{Name: "bmc", Mode: WeightedMean,
		Questions: []Question{risk("a", 60), risk("b", 20), risk("c", 100)}})
	require.NoError(t, err)
	cases := []struct {
		a, b, c  string
		num      int64
		want     Level
		wantText string
	}{
		{"4", "5", "2", 540, High, "3"},          // exactly 3 → level 3
		{"4", "5", "3", 640, VeryHigh, "3.5556"}, // 3.56 → ceiling 4
		{"1", "1", "1", 180, Low, "1"},
		{"5", "5", "5", 900, Critical, "5"},
		{"1", "2", "1", 200, Moderate, "1.1111"}, // just above 1 → 2
	}
	for _, c := range cases {
		r, err := q.Assess(Input{Answers: map[string]string{"a": c.a, "b": c.b, "c": c.c}})
		require.NoError(t, err)
		assert.Equal(t, c.num, r.Num)
		assert.Equal(t, int64(180), r.Den)
		assert.Equal(t, c.want, r.Level)
		assert.Equal(t, c.wantText, r.Score.String())
		assert.Equal(t, int(c.want), int(r.Level), "BMC level number")
	}
}

func TestPercentOfMax(t *testing.T) {
	q, err := newQuestionnaire(QuestionnaireSpec{Mode: PercentOfMax,
		Questions: []Question{
			{ID: "a", Weight: 3, Answers: []Answer{{ID: "no", Score: 0}, {ID: "yes", Score: 2}}},
			{ID: "b", Weight: 1, Answers: []Answer{{ID: "no", Score: 0}, {ID: "some", Score: 1}, {ID: "yes", Score: 4}}},
		},
		// max = 3·2 + 1·4 = 10
		Bands: Bands{Base: Low, Thresholds: []Threshold{{dec("33.3"), Moderate}, {dec("60"), High}}},
	})
	require.NoError(t, err)
	for _, c := range []struct {
		a, b string
		pct  string
		want Level
	}{
		{"no", "no", "0", Low},
		{"no", "yes", "40", Moderate},
		{"yes", "no", "60", Moderate}, // exactly 60 % is not > 60
		{"yes", "some", "70", High},
		{"no", "some", "10", Low},
	} {
		r, err := q.Assess(Input{Answers: map[string]string{"a": c.a, "b": c.b}})
		require.NoError(t, err)
		assert.Equal(t, c.pct, r.Score.String())
		assert.Equal(t, int64(10), r.Den)
		assert.Equal(t, c.want, r.Level)
	}
}

func TestNewBandsErrors(t *testing.T) {
	cases := []struct {
		base Level
		th   []Threshold
	}{
		{None, nil},
		{Low, []Threshold{{dec("5"), Low}}}, // not above base
		{Low, []Threshold{{dec("5"), High}, {dec("5"), Critical}}}, // duplicate threshold
		{Low, []Threshold{{dec("5"), High}, {dec("3"), Critical}}}, // decreasing
		{Low, []Threshold{{dec("5"), High}, {dec("7"), Moderate}}}, // level decreasing
		{Low, []Threshold{{dec("5"), Level(9)}}},                   // bad level
	}
	for i, c := range cases {
		err := Bands{Base: c.base, Thresholds: c.th}.validate("bands")
		require.ErrorIs(t, err, ErrModel, "case %d", i)
		// The models validate their bands.
		_, err = NewHistoryModel(HistorySpec{Bands: Bands{Base: c.base, Thresholds: c.th}})
		require.ErrorIs(t, err, ErrModel, "case %d", i)
	}
	var zero Bands
	assert.Equal(t, None, zero.classify(1, 1).level)
}

func TestRuleSet(t *testing.T) {
	rs := DefaultRules()
	assert.True(t, Monotone(rs))
	cases := []struct {
		in   Input
		want Level
		rule string
	}{
		{Input{Type: Normal}, Low, ""},
		{Input{Type: Normal, Facts: Facts{NoRollbackPlan: true, CriticalService: true}}, Critical, "no-rollback-critical"},
		{Input{Type: Normal, Facts: Facts{FailedSimilar: 3}}, VeryHigh, "repeated-failures"},
		{Input{Type: Normal, Facts: Facts{FailedSimilar: 1}}, Moderate, "failed-before"},
		{Input{Type: Emergency}, High, "emergency"},
		{Input{Type: Normal, Facts: Facts{NoTestEvidence: true}}, Moderate, "untested"},
		{Input{Type: Normal, Facts: Facts{CriticalService: true, OutageRequired: true, NoTestEvidence: true}}, High, "critical-outage"},
	}
	for _, c := range cases {
		r, err := rs.Assess(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, r.Level, c.in)
		if c.rule != "" {
			assert.Contains(t, r.Decided, `rule "`+c.rule+`"`)
		} else {
			assert.Contains(t, r.Decided, "default low")
		}
	}
	_, err := rs.Assess(Input{Facts: Facts{FailedSimilar: -1}})
	require.ErrorIs(t, err, ErrInput)

	bad := []RuleSetSpec{
		{Rules: []Rule{{ID: "", Level: High}}},
		{Rules: []Rule{{ID: "a", Level: High}, {ID: "a", Level: High, When: []Condition{{Fact: factInFreeze}}}}},
		{Rules: []Rule{{ID: "a", Level: None}}},
		{Rules: []Rule{{ID: "a", Level: High, When: []Condition{{Fact: "sunny"}}}}},
		{Rules: []Rule{{ID: "a", Level: High, When: []Condition{{Fact: factInFreeze, AtLeast: -1}}}}},
		{Rules: []Rule{{ID: "all", Level: High}, {ID: "b", Level: Low, When: []Condition{{Fact: factInFreeze}}}}},
		{Default: Level(8)},
	}
	for i, s := range bad {
		_, err := newRuleSet(s)
		require.True(t, errors.Is(err, ErrModel) || errors.Is(err, ErrLevel), "case %d: %v", i, err)
	}
	nm, err := newRuleSet(RuleSetSpec{Rules: []Rule{{ID: "a", Level: Low}, {ID: "b", Level: High, When: []Condition{{Fact: factInFreeze}}}}[1:]})
	require.NoError(t, err)
	r, err := nm.Assess(Input{})
	require.NoError(t, err)
	assert.Equal(t, None, r.Level)
	up, err := newRuleSet(RuleSetSpec{Default: Low, Rules: []Rule{{ID: "a", Level: Moderate, When: []Condition{{Fact: factInFreeze}}}, {ID: "b", Level: High, When: []Condition{{Fact: factOutageRequired}}}}})
	require.NoError(t, err)
	assert.False(t, up.monotone())
}

func testHistory(t testing.TB) *historyModel {
	h, err := newHistoryModel(HistorySpec{Name: "team",
		Multipliers: Multipliers{Successful: -1, SuccessfulWithIssues: 1, Failed: 5, IncidentsCaused: 10},
		Bands:       Bands{AtLeast: true, Base: Low, Thresholds: []Threshold{{dec("5"), Moderate}, {dec("20"), High}}},
	})
	require.NoError(t, err)
	return h
}

func TestHistoryAndCombinators(t *testing.T) {
	h := testHistory(t)
	r, err := h.Assess(Input{History: Outcomes{Successful: 10, SuccessfulWithIssues: 2, Failed: 3, IncidentsCaused: 1}})
	require.NoError(t, err)
	assert.Equal(t, int64(-10+2+15+10), r.Num)
	assert.Equal(t, Moderate, r.Level) // 17 in [5, 20)
	_, err = h.Assess(Input{History: Outcomes{Failed: -1}})
	require.ErrorIs(t, err, ErrInput)
	_, err = newHistoryModel(HistorySpec{Bands: Bands{Base: Low}, Multipliers: Multipliers{Failed: -1}})
	require.ErrorIs(t, err, ErrModel)

	hi, err := NewHighest("overall", DefaultRules(), h)
	require.NoError(t, err)
	in := Input{Type: Normal, Facts: Facts{NoTestEvidence: true}, History: Outcomes{Failed: 5}}
	r, err = hi.Assess(in)
	require.NoError(t, err)
	assert.Equal(t, High, r.Level) // history 25 ≥ 20 raises moderate to high
	assert.Contains(t, r.Decided, `history "team"`)
	require.Len(t, r.Parts, 2)
	assert.Contains(t, r.String(), "failed = 5: 5 × 5 = 25")

	none, err := newRuleSet(RuleSetSpec{Rules: []Rule{{ID: "freeze", Level: Critical, When: []Condition{{Fact: factInFreeze}}}}})
	require.NoError(t, err)
	fm, err := NewFirstMatch("fm", Moderate, none, DefaultRules())
	require.NoError(t, err)
	r, err = fm.Assess(Input{Type: Normal, Facts: Facts{InFreeze: true}})
	require.NoError(t, err)
	assert.Equal(t, Critical, r.Level)
	r, err = fm.Assess(Input{Type: Normal})
	require.NoError(t, err)
	assert.Equal(t, Low, r.Level) // DefaultRules decides low
	fm2, err := NewFirstMatch("fm2", Moderate, none)
	require.NoError(t, err)
	r, err = fm2.Assess(Input{Type: Normal})
	require.NoError(t, err)
	assert.Equal(t, Moderate, r.Level)

	_, err = NewHighest("empty")
	require.ErrorIs(t, err, ErrModel)
	_, err = NewHighest("nil", nil)
	require.ErrorIs(t, err, ErrModel)
	_, err = hi.Assess(Input{History: Outcomes{Failed: -1}})
	require.ErrorIs(t, err, ErrInput)
}

func TestModelJSONRoundTrip(t *testing.T) {
	h := testHistory(t)
	hi, err := NewHighest("overall", serviceNowQuestionnaire(t), DefaultRules(), h)
	require.NoError(t, err)
	fm, err := NewFirstMatch("outer", Low, hi, DefaultRules())
	require.NoError(t, err)
	for _, m := range []Model{serviceNowQuestionnaire(t), DefaultRules(), h, hi, fm} {
		b, err := json.Marshal(m)
		require.NoError(t, err)
		back, err := DecodeModel(b)
		require.NoError(t, err, string(b))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
	}
	b, err := json.Marshal(serviceNowQuestionnaire(t))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"questionnaire"`)
	assert.Contains(t, string(b), `"thresholds":[{"score":"6","level":"moderate"}`)

	for _, bad := range []string{`{"kind":"nope"}`, `{"kind":"highest","models":[]}`, `[]`,
		`{"kind":"rules","rules":[{"id":"a","level":"huge"}]}`,
		`{"kind":"questionnaire","bands":{"base":"low","thresholds":[{"score":"5","level":"high"},{"score":"4","level":"critical"}]},"questions":[{"id":"a","weight":1,"answers":[{"id":"x","score":1}]}]}`} {
		_, err := DecodeModel([]byte(bad))
		require.Error(t, err, bad)
	}
	_, err = DecodeModel([]byte(`{"kind":"rules","rules":[{"id":"a","level":"huge"}]}`))
	require.True(t, errors.Is(err, ErrLevel))
}

func TestLevelAndTypeText(t *testing.T) {
	for l := None; l <= Critical; l++ {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back Level
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
	}
	// One text form: other spellings of very_high are refused (a priority
	// scale's level names are read leniently, by NewMatrixModel, only).
	for _, s := range []string{"Very High", "VERYHIGH", "4", "very-high"} {
		var l Level
		require.ErrorIs(t, l.UnmarshalText([]byte(s)), ErrLevel, s)
		got, ok := levelFromLabel(s)
		assert.True(t, ok, s)
		assert.Equal(t, VeryHigh, got, s)
	}
	var l Level
	err := l.UnmarshalText([]byte("extreme"))
	require.ErrorIs(t, err, ErrLevel)
	assert.Equal(t, `change: risk level: "extreme": invalid risk level (valid: none, low, moderate, high, very_high, critical)`, err.Error())
	_, err = Level(9).MarshalText()
	require.ErrorIs(t, err, ErrLevel)
	assert.Equal(t, "level(9)", Level(9).String())
	for _, ty := range allTypes {
		b, err := json.Marshal(ty)
		require.NoError(t, err)
		var back Type
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, ty, back)
	}
	_, err = Type(0).MarshalText()
	require.ErrorIs(t, err, ErrType)
	var ty Type
	err = ty.UnmarshalText([]byte("urgent"))
	require.ErrorIs(t, err, ErrType)
	var e *itsm.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, []string{"standard", "normal", "emergency"}, e.Valid)
}

func TestBandsHugeExponentRejected(t *testing.T) {
	err := Bands{Base: Low, Thresholds: []Threshold{{decimal.New(1, -999999999), High}, {decimal.New(1, 999999999), Critical}}}.validate("bands")
	require.ErrorIs(t, err, ErrModel)
	err = Bands{Base: Low, Thresholds: []Threshold{{dec("12345678901234567890123456789012345678901234567890"), High}}}.validate("bands")
	require.ErrorIs(t, err, ErrModel)
	b := Bands{Base: Low, Thresholds: []Threshold{{dec("1e20"), High}}}
	require.NoError(t, b.validate("bands"))
	assert.Equal(t, Low, b.classify(1<<62, 1).level)
}

func TestInputAndResultJSON(t *testing.T) {
	in := Input{Type: Emergency, Answers: map[string]string{"a": "x"}, Facts: Facts{NoRollbackPlan: true, FailedSimilar: 2},
		History: Outcomes{Successful: 3, Failed: 1}, Likelihood: "Likely", Impact: "Major"}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":"emergency","answers":{"a":"x"},"facts":{"no_rollback_plan":true,"failed_similar":2},"history":{"successful":3,"failed":1},"likelihood":"Likely","impact":"Major"}`, string(b))
	var back Input
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)

	r, err := DefaultRules().Assess(in)
	require.NoError(t, err)
	b, err = json.Marshal(r)
	require.NoError(t, err)
	var rb Result
	require.NoError(t, json.Unmarshal(b, &rb))
	assert.Equal(t, r.String(), rb.String())
}
