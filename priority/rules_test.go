package priority

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func serviceNowImpactRules(t testing.TB) *Rules {
	t.Helper()
	imp := ServiceNow().Impact()
	high, med, low := lv(t, imp, 1), lv(t, imp, 2), lv(t, imp, 3)
	r, err := NewRules(imp,
		Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, high}, {50, med}}, Else: low},
		Factor{Fact: "tier", Op: AtMost, Steps: []Step{{1, high}, {2, med}}, Else: low},
	)
	require.NoError(t, err)
	return r
}

func TestRulesDerive(t *testing.T) {
	r := serviceNowImpactRules(t)
	tests := []struct {
		users, tier int64
		want        string
		decided     string
	}{
		{1200, 3, "1 High", "users"},
		{1000, 3, "1 High", "users"},
		{999, 3, "2 Medium", "users"},
		{50, 3, "2 Medium", "users"},
		{49, 3, "3 Low", "users"},
		{0, 3, "3 Low", "users"},
		{-5, 2, "2 Medium", "tier"},
		{10, 1, "1 High", "tier"},
		{5000, 1, "1 High", "users"},
	}
	for _, tc := range tests {
		d, err := r.Derive(facts{"users": tc.users, "tier": tc.tier, "unused": 7})
		require.NoError(t, err)
		assert.Equal(t, tc.want, d.Level.String(), "%+v", tc)
		assert.Equal(t, tc.decided, d.Decided, "%+v", tc)
		require.Len(t, d.Factors, 2)
	}
	d, err := r.Derive(facts{"users": 1200, "tier": 3})
	require.NoError(t, err)
	assert.Equal(t, `"1 High" from users: users = 1200 matched users ≥ 1000 → "1 High"; tier = 3 matched else → "3 Low"`, d.String())

	_, err = r.Derive(facts{"users": 3})
	require.ErrorIs(t, err, ErrMissingFact)
	assert.Equal(t, `priority: rules: fact "tier": missing fact`, err.Error())
	assert.Equal(t, `users ≥ 1000 → "1 High"; users ≥ 50 → "2 Medium"; else → "3 Low"`, r.factorList()[0].String())
}

func TestRulesValidation(t *testing.T) {
	imp := ServiceNow().Impact()
	high, med, low := lv(t, imp, 1), lv(t, imp, 2), lv(t, imp, 3)
	tests := []struct {
		name string
		f    Factor
		is   error
		msg  string
	}{
		{"unordered", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{50, med}, {1000, high}}, Else: low}, ErrInvalidRules,
			`priority: rules: fact "users" step 2: invalid rules: ≥ 1000 does not follow ≥ 50 (thresholds must be strictly decreasing; this step could never match)`},
		{"duplicate threshold", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{50, high}, {50, med}}, Else: low}, ErrInvalidRules, ""},
		{"at-most order", Factor{Fact: "tier", Op: AtMost, Steps: []Step{{2, high}, {1, med}}, Else: low}, ErrInvalidRules, ""},
		{"non-monotone levels", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, med}, {50, high}}, Else: low}, ErrInvalidRules,
			`priority: rules: fact "users" step 2: invalid rules: level "1 High" is more severe than "2 Medium" for a stronger threshold`},
		{"else too severe", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, high}, {50, med}}, Else: high}, ErrInvalidRules, ""},
		{"no else", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, high}}}, ErrScaleMismatch, ""},
		{"foreign level", Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, GLPI().Impact().highest()}}, Else: low}, ErrScaleMismatch, ""},
		{"no op", Factor{Fact: "users", Steps: []Step{{1000, high}}, Else: low}, ErrInvalidRules, ""},
		{"no fact", Factor{Op: AtLeast, Steps: []Step{{1000, high}}, Else: low}, ErrInvalidRules, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRules(imp, tc.f)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, err.Error())
			}
		})
	}
	_, err := NewRules(imp)
	assert.ErrorIs(t, err, ErrInvalidRules)
	f := Factor{Fact: "users", Op: AtLeast, Else: low}
	_, err = NewRules(imp, f, f)
	assert.ErrorIs(t, err, ErrInvalidRules)
	// A single Else is a constant rule: valid.
	r, err := NewRules(imp, f)
	require.NoError(t, err)
	d, err := r.Derive(facts{"users": 1 << 40})
	require.NoError(t, err)
	assert.Equal(t, "3 Low", d.Level.String())
}
