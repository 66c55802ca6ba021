package change

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The module's nil-receiver rule: a method on a nil pointer returns an
// error or its documented zero answer; it never panics. The models behind
// the Model interface too: a typed nil model used to panic inside Assess.
func TestNilReceivers(t *testing.T) {
	if p := apitest.NilPanics((*Routing)(nil), (*Lifecycle)(nil), (*Graph)(nil)); len(p) > 0 {
		t.Errorf("methods panic on a nil receiver:\n%s", strings.Join(p, "\n"))
	}
	// The models are unexported; every method, on a nil and on a zero
	// receiver, with zero arguments.
	for _, v := range []any{(*questionnaire)(nil), (*ruleSet)(nil), (*matrixModel)(nil), (*historyModel)(nil), (*combinator)(nil)} {
		typ := reflect.TypeOf(v)
		for _, recv := range []reflect.Value{reflect.Zero(typ), reflect.New(typ.Elem())} {
			for i := range typ.NumMethod() {
				m := typ.Method(i)
				args := []reflect.Value{recv}
				for j := 1; j < m.Type.NumIn(); j++ {
					args = append(args, reflect.Zero(m.Type.In(j)))
				}
				require.NotPanics(t, func() { m.Func.Call(args) }, "%v.%s nil=%v", typ, m.Name, recv.IsNil())
			}
			m := recv.Interface().(Model)
			_, err := m.Assess(Input{})
			assert.ErrorIs(t, err, ErrModel, "%v", typ)
			if !recv.IsNil() { // json.Marshal writes null for a nil pointer
				_, err = json.Marshal(m)
				assert.ErrorIs(t, err, ErrModel, "%v", typ)
			}
			assert.False(t, Monotone(m), "%v", typ)
		}
	}
	// The documented answers.
	var r *Routing
	_, err := r.Route(Normal, Low)
	assert.ErrorIs(t, err, ErrRouting)
	_, err = r.MarshalJSON()
	assert.ErrorIs(t, err, ErrRouting)
	var lc *Lifecycle
	assert.Nil(t, lc.Next(Normal, New))
	assert.ErrorIs(t, lc.Check(Normal, New, Assess), ErrLifecycle)
	var g *Graph
	assert.False(t, g.IsAncestor("a", "b"))
	b, err := g.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, "null", string(b), "a nil graph (every CI known) encodes as null, not as an empty graph")
	_, err = NewHighest("x", (*questionnaire)(nil))
	assert.ErrorIs(t, err, ErrModel)
	_, err = NewFirstMatch("x", Low, (*combinator)(nil))
	assert.ErrorIs(t, err, ErrModel)
	_, err = NewHighest("x", nil)
	assert.ErrorIs(t, err, ErrModel)
	assert.False(t, Monotone(nil))

	// Decoding into a nil pointer is an error, never a panic; valid input,
	// so that only the nil target can fail.
	for text, u := range map[string]encoding.TextUnmarshaler{
		"normal": (*Type)(nil), "high": (*Level)(nil), "cab": (*Approver)(nil), "new": (*State)(nil),
		"sum": (*Mode)(nil), "same_ci": (*ConflictKind)(nil),
	} {
		require.NotPanics(t, func() { assert.Error(t, u.UnmarshalText([]byte(text)), "%T", u) })
	}
	for _, u := range []json.Unmarshaler{(*Routing)(nil), (*Lifecycle)(nil), (*Graph)(nil), (*ScheduleRules)(nil)} {
		for _, doc := range []string{`[]`, `{}`, `null`} {
			require.NotPanics(t, func() { assert.Error(t, u.UnmarshalJSON([]byte(doc)), "%T %s", u, doc) })
		}
	}
}

// Every error of the package is an *itsm.Error of package "change" that
// wraps a sentinel (the package's own Error type is gone), and an error
// for a name lists the valid ones.
func TestErrorsAreItsmErrors(t *testing.T) {
	var l Level
	_, e1 := NewRouting(nil)
	_, e2 := NewGraph([]string{""}, nil)
	_, e3 := DecodeModel([]byte(`{"kind":"nonsense"}`))
	_, e4 := DecodeModel([]byte(`{"kind":"questionnaire","weigth":1}`))
	_, e5 := CheckSchedule(itsm.Interval{Start: t0, End: t0.Add(-1)}, 0, ScheduleRules{}, t0)
	e6 := l.UnmarshalText([]byte("huge"))
	e7 := CheckConflicts([]Planned{{}}, nil).Err()
	for i, c := range []struct {
		err      error
		sentinel error
		valid    bool
	}{{e1, ErrRouting, false}, {e2, ErrGraph, false}, {e3, ErrModel, true}, {e4, ErrModel, false},
		{e5, ErrSchedule, false}, {e6, ErrLevel, true}, {e7, ErrPlan, false}} {
		var e *itsm.Error
		if !errors.As(c.err, &e) || e.Pkg != "change" {
			t.Errorf("%d: %v (%T) is not a change *itsm.Error", i, c.err, c.err)
			continue
		}
		assert.ErrorIs(t, c.err, c.sentinel, "%d", i)
		assert.Equal(t, c.valid, len(e.Valid) > 0, "%d: %v: Valid %q", i, c.err, e.Valid)
	}
}

// The JSON convention (root doc.go): lower snake_case keys with explicit
// tags on every configuration and result type, and in what the package
// writes and its documentation shows.
func TestDialect(t *testing.T) {
	roots := []any{
		// configuration
		QuestionnaireSpec{}, RuleSetSpec{}, HistorySpec{}, Bands{}, Route{}, Transition{}, Relation{},
		Blackout{}, Input{}, Planned{},
		// results
		Result{}, Decision{}, Violation{}, ConflictReport{}, Conflict{}, UnknownCI{}, itsm.Interval{},
		// the unexported JSON shapes behind MarshalJSON
		questionnaireJSON{}, ruleSetJSON{}, historyJSON{}, matrixJSON{}, combinatorJSON{}, scheduleRulesJSON{}, graphJSON{},
	}
	if p := jsonconv.CheckTypes(roots...); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}

	var docs [][]byte
	docs = append(docs, seedModels(t)...)
	for _, v := range []any{DefaultRouting(), DefaultLifecycle(), testGraph(t)} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		docs = append(docs, b)
	}
	rules := ScheduleRules{
		Maintenance:  mustCal(t, "Europe/Berlin", "Sat 22:00-06:00"),
		ServiceHours: mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-19:00"),
		Blackouts:    []Blackout{{Name: "year-end", Interval: itsm.Interval{Start: bt(2026, 12, 19, 0, 0), End: bt(2027, 1, 4, 0, 0)}}},
		WorkingDays:  mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00"),
	}
	w := itsm.Interval{Start: bt(2026, 12, 19, 23, 0), End: bt(2026, 12, 20, 8, 0)}
	vs, err := CheckSchedule(w, 10, rules, bt(2026, 12, 14, 9, 0))
	require.NoError(t, err)
	require.NotEmpty(t, vs)
	d, err := DefaultRouting().Route(Emergency, Critical)
	require.NoError(t, err)
	r, err := DefaultRules().Assess(Input{Type: Emergency})
	require.NoError(t, err)
	rep := CheckConflicts([]Planned{
		{ID: "C1", CIs: []string{"srv1", "x"}, Assignee: "ann", Start: at(0), End: at(2)},
		{ID: "C2", CIs: []string{"vm1"}, Assignee: "ann", Start: at(1), End: at(1)},
		{ID: "", CIs: []string{"srv1"}, Start: at(1), End: at(1)},
	}, testGraph(t))
	require.NotEmpty(t, rep.Conflicts)
	require.NotEmpty(t, rep.UnknownCIs)
	require.NotEmpty(t, rep.Rejected)
	for _, v := range []any{rules, vs, d, r, rep, Input{Type: Normal, Answers: map[string]string{"q": "a"}, Facts: Facts{NoRollbackPlan: true, CIsAffected: 2}, History: Outcomes{Failed: 1}}} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		docs = append(docs, b)
	}
	// The JSON of the package documentation (doc.go, DecodeModel, the
	// Examples) and of README.md.
	docs = append(docs, []byte(exampleModelJSON), []byte(`{"at_least": true, "base": "low", "thresholds": [{"score": "6", "level": "moderate"}]}`))
	for _, doc := range docs {
		if p := jsonconv.CheckJSON(doc); len(p) > 0 {
			t.Errorf("%s:\n%s", doc, strings.Join(p, "\n"))
		}
	}
	_, err = DecodeModel([]byte(exampleModelJSON))
	require.NoError(t, err)
}

// exampleModelJSON is the model of ExampleDecodeModel.
const exampleModelJSON = `{
  "kind": "highest", "name": "cab policy",
  "models": [
    {"kind": "rules", "name": "facts", "default": "low", "rules": [
      {"id": "freeze", "when": [{"fact": "in_freeze"}], "level": "very_high"}
    ]},
    {"kind": "questionnaire", "name": "assessment", "mode": "percent_of_max",
     "questions": [{"id": "users", "weight": 1, "answers": [{"id": "few", "score": 0}, {"id": "all", "score": 4}]}],
     "bands": {"base": "low", "thresholds": [{"score": "50", "level": "high"}]}}
  ]}`

// Spellings from before v1 are rejected with an error that names the new
// one: the same fact was "no_rollback_plan" in Input and "no-rollback-plan"
// in rules; enum values were kebab-case; bands had "compare"; schedule
// rules had "lead_times".
func TestOldSpellingsNameTheNewOne(t *testing.T) {
	for name, c := range map[string]struct{ doc, want string }{
		"fact":        {`{"kind":"rules","rules":[{"id":"x","when":[{"fact":"no-rollback-plan"}],"level":"high"}]}`, `"no-rollback-plan": invalid risk model: is not a fact: renamed "no_rollback_plan"`},
		"level":       {`{"kind":"rules","rules":[{"id":"x","level":"very-high"}]}`, `"very-high": invalid risk level: renamed "very_high"`},
		"mode":        {`{"kind":"questionnaire","mode":"percent-of-max","questions":[{"id":"q","weight":1,"answers":[{"id":"a","score":1}]}],"bands":{"base":"low"}}`, `renamed "percent_of_max"`},
		"kind":        {`{"kind":"first-match","models":[]}`, `"first-match": invalid risk model: is not a model kind: renamed "first_match"`},
		"compare":     {`{"kind":"history","multipliers":{"failed":1},"bands":{"compare":"at-least","base":"low"}}`, `bands: "compare": invalid risk model: renamed: "at_least": true`},
		"compare (q)": {`{"kind":"questionnaire","questions":[{"id":"q","weight":1,"answers":[{"id":"a","score":1}]}],"bands":{"compare":"greater-than","base":"low"}}`, `"compare": invalid risk model: renamed`},
	} {
		_, err := DecodeModel([]byte(c.doc))
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, ErrModel) || errors.Is(err, ErrLevel), "%s: %v", name, err)
		assert.Contains(t, err.Error(), c.want, name)
	}
	var r Routing
	err := json.Unmarshal([]byte(`[{"type":"normal","from":"low","to":"critical","approvers":["peer-review"]}]`), &r)
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `"peer-review": invalid approval routing: renamed "peer_review"`)
	var sr ScheduleRules
	err = json.Unmarshal([]byte(`{"lead_times":[]}`), &sr)
	require.ErrorIs(t, err, ErrSchedule)
	assert.Contains(t, err.Error(), `"lead_times": invalid schedule input: renamed: moved to the routing policy: "lead_days" of each route`)
	var k ConflictKind
	err = k.UnmarshalText([]byte("same-ci"))
	require.ErrorIs(t, err, ErrPlan)
	assert.Contains(t, err.Error(), `renamed "same_ci"`)
	// An unknown spelling that is no old one lists the valid values only.
	var l Level
	err = l.UnmarshalText([]byte("medium"))
	require.ErrorIs(t, err, ErrLevel)
	assert.Equal(t, `change: risk level: "medium": invalid risk level (valid: none, low, moderate, high, very_high, critical)`, err.Error())
}

// A fact's name in a rule is its JSON key in Facts (or "emergency"): one
// spelling for one fact.
func TestFactNamesAreFactsKeys(t *testing.T) {
	var keys []string
	ft := reflect.TypeFor[Facts]()
	for i := range ft.NumField() {
		name, _, _ := strings.Cut(ft.Field(i).Tag.Get("json"), ",")
		keys = append(keys, name)
	}
	assert.ElementsMatch(t, append(keys, "emergency"), factNames())
	// Every fact is read from its field: setting one field alone makes
	// exactly its fact 1.
	for i := range ft.NumField() {
		var in Input
		f := reflect.ValueOf(&in.Facts).Elem().Field(i)
		if f.Kind() == reflect.Bool {
			f.SetBool(true)
		} else {
			f.SetInt(1)
		}
		for _, name := range factNames() {
			v, ok := in.fact(name)
			require.True(t, ok)
			assert.Equal(t, b2i(name == keys[i]), v, "field %s, fact %s", ft.Field(i).Name, name)
		}
	}
}

// DecodeModel reads "kind" with the strict decoder's checks
// (strictjson.Peek): a second "kind" in another case used to be read by
// plain json.Unmarshal, which picked the last one and let the error come
// from the wrong model's decoder, unwrapped.
func TestDecodeModelKindIsReadStrictly(t *testing.T) {
	for _, doc := range []string{
		`{"kind":"rules","KIND":"questionnaire","rules":[]}`,
		`{"kind":"rules","kind":"rules","rules":[]}`,
		`{"kind":"highest","models":[{"kind":"rules","Kind":"history","rules":[]}]}`,
	} {
		_, err := DecodeModel([]byte(doc))
		require.ErrorIs(t, err, ErrModel, doc)
		require.ErrorIs(t, err, strictjson.ErrDuplicateKey, doc)
		var e *itsm.Error
		require.ErrorAs(t, err, &e, doc)
		assert.Contains(t, err.Error(), `"kind"`, doc)
	}
	_, err := DecodeModel([]byte(`{"kind":"rules","rules":[]} {}`))
	require.ErrorIs(t, err, ErrModel)
	require.ErrorIs(t, err, strictjson.ErrTrailingData)
}
