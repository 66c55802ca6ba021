package priority

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDialect checks the module's conventions (root doc.go): snake_case
// keys with explicit tags on every configuration and result type, on the
// JSON this package writes and on the JSON its docs show, and no panic on
// a nil receiver.
func TestDialect(t *testing.T) {
	// Types without their own JSON form; Scale, Matrix, Rules, Override and
	// Result have one and are checked on their output below.
	if p := jsonconv.CheckTypes(Explanation{}, Finding{}, Derivation{}, FactorResult{}, Cell{}, Band{},
		Weights{}, Applied{}, Factor{}, Step{}); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}
	check := func(what string, data []byte) {
		t.Helper()
		var p []string
		for _, x := range jsonconv.CheckJSON(data) {
			// A scale's "aliases" object is a map from level names
			// (data, such as "Very low") to their aliases, not keys.
			if !strings.HasPrefix(x, "$.aliases: ") && !strings.Contains(x, ".aliases: ") {
				p = append(p, x)
			}
		}
		if len(p) > 0 {
			t.Errorf("%s: %s:\n%s", what, data, strings.Join(p, "\n"))
		}
	}
	marshal := func(v any) []byte {
		t.Helper()
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return b
	}
	for _, m := range []*Matrix{ServiceNow(), GLPI(), Znuny(), ITop(), BMC()} {
		check("preset", marshal(m))
	}
	urg, err := ServiceNow().Urgency().WithAliases(map[string][]string{"Medium": {"Normal"}})
	require.NoError(t, err)
	check("scale", marshal(urg))
	rules := serviceNowImpactRules(t)
	check("rules", marshal(rules))
	m := ServiceNow()
	p := m.Priority()
	ovs := []Override{{Kind: VIPFloor, Level: lv(t, p, 2), Note: "VIP"}, {Kind: MajorIncident}, {Kind: Manual, Level: lv(t, p, 4), Actor: "alice"}}
	check("overrides", marshal(ovs))
	r, err := EvaluateFacts(m, rules, facts{"users": 1200, "tier": 3}, lv(t, m.Urgency(), 2), ovs...)
	require.NoError(t, err)
	check("result", marshal(r))
	check("explanation", marshal(r.Explain()))
	b := BMC()
	r, err = Evaluate(b, lv(t, b.Impact(), 4), lv(t, b.Urgency(), 1))
	require.NoError(t, err)
	check("additive explanation", marshal(r.Explain()))
	check("findings", marshal(GLPI().Validate(NonMonotone, Asymmetric)))
	check("findings", marshal(ITop().Validate(Asymmetric)))

	// The JSON shown in doc comments and Examples.
	for _, doc := range []string{
		`{"name":"urgency","direction":"highest_first","levels":["High","Medium","Low"],"aliases":{"Medium":["Normal"]}}`,
		`{"kind":"matrix",
		  "impact":  {"name":"impact","direction":"highest_first","levels":["High","Low"]},
		  "urgency": {"name":"urgency","direction":"highest_first","levels":["High","Low"]},
		  "priority":{"name":"priority","direction":"highest_first","levels":["P1","P2","P3"]},
		  "cells":[["1 - P1","P2"],["P2","3"]]}`,
		`{"scale":{"name":"impact","direction":"highest_first","levels":["High","Medium","Low"]},
		  "factors":[{"fact":"users","op":"at_least","steps":[{"value":1000,"level":"High"},{"value":50,"level":"Medium"}],"else":"Low"}]}`,
		`{"kind":"manual","level":"Low","actor":"alice","note":"duplicate"}`,
	} {
		check("doc", []byte(doc))
		var v any
		switch {
		case strings.Contains(doc, `"factors"`):
			v = new(Rules)
		case strings.Contains(doc, `"cells"`):
			v = new(Matrix)
		case strings.Contains(doc, `"actor"`):
			v = new(Override)
		default:
			v = new(Scale)
		}
		require.NoError(t, json.Unmarshal([]byte(doc), v), doc)
	}

	assert.Empty(t, apitest.NilPanics((*Matrix)(nil), (*Scale)(nil), (*Rules)(nil), (*Override)(nil),
		(*Direction)(nil), (*Op)(nil), (*OverrideKind)(nil), (*FindingKind)(nil)))
}

// Decoding into a nil pointer is an error, not a panic (the zero-argument
// calls of NilPanics stop at the JSON before reaching the receiver).
func TestDecodeIntoNilPointer(t *testing.T) {
	scale := []byte(`{"direction":"highest_first","levels":["a"]}`)
	assert.ErrorIs(t, (*Scale)(nil).UnmarshalJSON(scale), ErrInvalidJSON)
	data, err := json.Marshal(ServiceNow())
	require.NoError(t, err)
	assert.ErrorIs(t, (*Matrix)(nil).UnmarshalJSON(data), ErrInvalidJSON)
	data, err = json.Marshal(serviceNowImpactRules(t))
	require.NoError(t, err)
	assert.ErrorIs(t, (*Rules)(nil).UnmarshalJSON(data), ErrInvalidJSON)
	assert.ErrorIs(t, (*Override)(nil).UnmarshalJSON([]byte(`{"kind":"manual"}`)), ErrInvalidJSON)
	assert.Error(t, (*Direction)(nil).UnmarshalText([]byte("highest_first")))
	assert.Error(t, (*Op)(nil).UnmarshalText([]byte("at_least")))
	assert.Error(t, (*OverrideKind)(nil).UnmarshalText([]byte("manual")))
	assert.Error(t, (*FindingKind)(nil).UnmarshalText([]byte("asymmetric")))
}

// Every enum has one lower snake_case text form; String, MarshalText and
// UnmarshalText agree; the old kebab-case spellings are refused with an
// error that lists the valid ones.
func TestEnumTextForms(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	cases := []struct {
		values   []enum
		names    []string
		old      string
		sentinel error
		decode   func(string) (enum, error)
	}{
		{[]enum{HighestFirst, HighestLast}, []string{"highest_first", "highest_last"}, "highest-first", ErrInvalidScale,
			func(s string) (enum, error) { var d Direction; err := d.UnmarshalText([]byte(s)); return d, err }},
		{[]enum{AtLeast, AtMost}, []string{"at_least", "at_most"}, "at-least", ErrInvalidRules,
			func(s string) (enum, error) { var o Op; err := o.UnmarshalText([]byte(s)); return o, err }},
		{[]enum{VIPFloor, MajorIncident, Manual}, []string{"vip_floor", "major_incident", "manual"}, "vip-floor", ErrInvalidOverride,
			func(s string) (enum, error) { var k OverrideKind; err := k.UnmarshalText([]byte(s)); return k, err }},
		{[]enum{NonMonotone, Asymmetric, SymmetryNotApplicable}, []string{"non_monotone", "asymmetric", "symmetry_not_applicable"}, "non-monotone", ErrInvalidJSON,
			func(s string) (enum, error) { var k FindingKind; err := k.UnmarshalText([]byte(s)); return k, err }},
	}
	for _, c := range cases {
		for k, v := range c.values {
			assert.Equal(t, c.names[k], v.String())
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.names[k], string(b))
			back, err := c.decode(c.names[k])
			require.NoError(t, err)
			assert.Equal(t, v, back)
		}
		_, err := c.decode(c.old)
		require.ErrorIs(t, err, c.sentinel, c.old)
		var e *itsm.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, "priority", e.Pkg)
		assert.Equal(t, c.old, e.Input)
		assert.Equal(t, c.names, e.Valid)
		assert.Contains(t, err.Error(), "(valid: "+strings.Join(c.names, ", ")+")")
	}
	// An undeclared value prints without recursing and does not marshal.
	assert.Equal(t, "Direction(9)", Direction(9).String())
	assert.Equal(t, "OverrideKind(0)", OverrideKind(0).String())
	_, err := Op(7).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidRules)
	// In configuration JSON too.
	err = json.Unmarshal([]byte(`{"direction":"highest-first","levels":["a"]}`), new(Scale))
	assert.ErrorIs(t, err, ErrInvalidScale)
	assert.Contains(t, err.Error(), `"highest-first"`)
	assert.Contains(t, err.Error(), "(valid: highest_first, highest_last)")
	_, err = NewScale("s", Direction(0), "a")
	require.ErrorIs(t, err, ErrInvalidScale)
	assert.Contains(t, err.Error(), "(valid: highest_first, highest_last)")
	_, err = NewRules(ServiceNow().Impact(), Factor{Fact: "users", Else: ServiceNow().Impact().lowest()})
	require.ErrorIs(t, err, ErrInvalidRules)
	assert.Contains(t, err.Error(), "(valid: at_least, at_most)")
	_, err = Apply(ServiceNow().Priority().lowest(), Override{Kind: 9, Level: ServiceNow().Priority().highest()})
	require.ErrorIs(t, err, ErrInvalidOverride)
	assert.Contains(t, err.Error(), "(valid: vip_floor, major_incident, manual)")
}

// Errors are *itsm.Error values of package "priority"; an unknown label
// lists the scale's levels.
func TestErrorsAreItsmErrors(t *testing.T) {
	p := ServiceNow().Priority()
	_, err := p.Parse("Urgent")
	var e *itsm.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "priority", e.Pkg)
	assert.Equal(t, `scale "priority"`, e.Context)
	assert.Equal(t, "Urgent", e.Input)
	assert.Equal(t, []string{"Critical", "High", "Moderate", "Low", "Planning"}, e.Valid)
	assert.ErrorIs(t, err, ErrUnknownLevel)

	_, err = ServiceNow().Lookup(GLPI().Impact().highest(), ServiceNow().Urgency().highest())
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "impact level", e.Context)
	assert.Equal(t, "5 Very high", e.Input)
	assert.ErrorIs(t, err, ErrScaleMismatch)

	_, err = (*Matrix)(nil).Lookup(Level{}, Level{})
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, err, ErrInvalidMatrix)
	_, err = (*Rules)(nil).Derive(nil)
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, err, ErrInvalidRules)
	_, err = Level{}.MarshalText()
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, err, ErrUnknownLevel)
}

// decodeStrict classified errors by strings.HasPrefix(err.Error(),
// "priority: "); it now asks errors.As for an *itsm.Error of this
// package. Malformed JSON, unknown keys and duplicate keys are
// ErrInvalidJSON naming what was decoded; an error of this package from
// inside (a bad direction, an unknown label) keeps its own class and is
// not also ErrInvalidJSON.
func TestDecodeErrorsClassifiedByType(t *testing.T) {
	for in, want := range map[string]string{
		`{"direction":"highest_first","levels":["a"],"colour":"red"}`: `priority: scale: invalid JSON: unknown key "colour"`,
		`{"direction":"highest_first","levels":["a"]} x`:              `priority: scale: invalid JSON: `,
		`{"direction":"highest_first","levels":["a"],"Levels":["b"]}`: `priority: scale: invalid JSON: duplicate key "Levels"`,
	} {
		err := new(Scale).UnmarshalJSON([]byte(in))
		require.ErrorIs(t, err, ErrInvalidJSON, in)
		var e *itsm.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, "scale", e.Context)
		assert.True(t, strings.HasPrefix(err.Error(), want), "%s: %v", in, err)
	}
	sn, err := json.Marshal(ServiceNow())
	require.NoError(t, err)
	bad := strings.Replace(string(sn), `"highest_first"`, `"upwards"`, 1)
	err = new(Matrix).UnmarshalJSON([]byte(bad))
	require.ErrorIs(t, err, ErrInvalidScale)
	assert.False(t, errors.Is(err, ErrInvalidJSON), "%v", err)
	bad = strings.Replace(string(sn), `["Critical","High","Moderate"]`, `["Critical","High","Urgent"]`, 1)
	err = new(Matrix).UnmarshalJSON([]byte(bad))
	require.ErrorIs(t, err, ErrUnknownLevel)
	assert.False(t, errors.Is(err, ErrInvalidJSON), "%v", err)
	assert.Equal(t, 1, strings.Count(err.Error(), "priority: "), err.Error())
}

// DecodeModel and the two model types are one: a Matrix decodes either
// kind, refuses keys of the other kind and lists the valid kinds.
func TestMatrixJSONKinds(t *testing.T) {
	data, err := json.Marshal(BMC())
	require.NoError(t, err)
	var m Matrix
	require.NoError(t, json.Unmarshal(data, &m))
	assert.True(t, m.Equal(BMC()))
	// Without "kind": weights and bands make it additive.
	noKind := strings.Replace(string(data), `"kind":"additive",`, "", 1)
	var n Matrix
	require.NoError(t, json.Unmarshal([]byte(noKind), &n))
	assert.True(t, n.Equal(BMC()))
	// Keys of the other kind.
	mixed := strings.Replace(string(data), `"kind":"additive"`, `"kind":"matrix"`, 1)
	err = new(Matrix).UnmarshalJSON([]byte(mixed))
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `belong to kind "additive"`)
	sn, err := json.Marshal(ServiceNow())
	require.NoError(t, err)
	mixed = strings.Replace(string(sn), `"kind":"matrix"`, `"kind":"additive"`, 1)
	err = new(Matrix).UnmarshalJSON([]byte(mixed))
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `"cells" belong to kind "matrix"`)
	err = new(Matrix).UnmarshalJSON([]byte(`{"kind":"tree"}`))
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `"tree"`)
	assert.Contains(t, err.Error(), "(valid: matrix, additive)")
	// A plain matrix with the same cells is not the additive model.
	plain, err := NewMatrix(BMC().Impact(), BMC().Urgency(), BMC().Priority(), BMC().Rows())
	require.NoError(t, err)
	assert.False(t, plain.Equal(BMC()))
	changed, err := BMC().With(BMC().Impact().lowest(), BMC().Urgency().lowest(), BMC().Priority().lowest())
	require.NoError(t, err)
	assert.True(t, changed.Equal(plain), "With returns a plain matrix")
}
