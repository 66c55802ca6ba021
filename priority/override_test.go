package priority

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApplyOverrides(t *testing.T) {
	p := ServiceNow().Priority()
	crit, high, mod, low := lv(t, p, 1), lv(t, p, 2), lv(t, p, 3), lv(t, p, 4)

	r, err := Apply(mod)
	require.NoError(t, err)
	assert.False(t, r.overridden())
	assert.True(t, r.Effective().Equal(mod))
	_, ok := r.reason()
	assert.False(t, ok)

	// A VIP floor raises, never lowers.
	r, err = Apply(mod, Override{Kind: VIPFloor, Level: high})
	require.NoError(t, err)
	assert.True(t, r.overridden())
	assert.Equal(t, "2 High", r.Effective().String())
	assert.Equal(t, "3 Moderate", r.Computed().String())
	why, ok := r.reason()
	require.True(t, ok)
	assert.Equal(t, VIPFloor, why.Override.Kind)

	r, err = Apply(crit, Override{Kind: VIPFloor, Level: high})
	require.NoError(t, err)
	assert.False(t, r.overridden())
	require.Len(t, r.overrides(), 1)
	assert.False(t, r.overrides()[0].changed())

	// Major incident without a level: the scale's highest.
	r, err = Apply(low, Override{Kind: MajorIncident})
	require.NoError(t, err)
	assert.Equal(t, "1 Critical", r.Effective().String())

	// Manual comes after floors whatever the order given, and may lower.
	r, err = Apply(mod,
		Override{Kind: Manual, Level: low, Actor: "alice", Note: "duplicate of INC0042"},
		Override{Kind: VIPFloor, Level: high})
	require.NoError(t, err)
	assert.Equal(t, "4 Low", r.Effective().String())
	ap := r.overrides()
	require.Len(t, ap, 2)
	assert.Equal(t, VIPFloor, ap[0].Override.Kind)
	assert.Equal(t, Manual, ap[1].Override.Kind)
	assert.Equal(t, `manual "4 Low" by alice: duplicate of INC0042: "2 High" → "4 Low"`, ap[1].String())
	why, _ = r.reason()
	assert.Equal(t, "alice", why.Override.Actor)
	assert.Equal(t, `computed "3 Moderate" (given)
override vip_floor "2 High": "3 Moderate" → "2 High"
override manual "4 Low" by alice: duplicate of INC0042: "2 High" → "4 Low"
effective "4 Low" (computed "3 Moderate")`, r.String())

	// Invalid overrides.
	_, err = Apply(mod, Override{Kind: Manual, Level: low})
	assert.ErrorIs(t, err, ErrInvalidOverride)
	_, err = Apply(mod, Override{Kind: VIPFloor})
	assert.ErrorIs(t, err, ErrInvalidOverride)
	_, err = Apply(mod, Override{Kind: 9, Level: low})
	assert.ErrorIs(t, err, ErrInvalidOverride)
	_, err = Apply(mod, Override{Kind: VIPFloor, Level: GLPI().Priority().highest()})
	assert.ErrorIs(t, err, ErrScaleMismatch)
	_, err = Apply(Level{})
	assert.ErrorIs(t, err, ErrInvalidOverride)
}

func TestEvaluateExplain(t *testing.T) {
	m := ServiceNow()
	rules := serviceNowImpactRules(t)
	urg := lv(t, m.Urgency(), 2)
	r, err := EvaluateFacts(m, rules, facts{"users": 1200, "tier": 3}, urg,
		Override{Kind: VIPFloor, Level: lv(t, m.Priority(), 1), Note: "CEO's office"})
	require.NoError(t, err)
	e := r.Explain()
	assert.Equal(t, "matrix", e.model())
	assert.Equal(t, "1 High", e.Cell.Impact.String())
	assert.Equal(t, "2 Medium", e.Cell.Urgency.String())
	assert.Equal(t, "2 High", e.Computed.String())
	assert.Equal(t, "1 Critical", e.Effective.String())
	require.NotNil(t, e.Derivation)
	assert.Equal(t, "users", e.Derivation.Decided)
	assert.Equal(t, `impact "1 High" derived: "1 High" from users: users = 1200 matched users ≥ 1000 → "1 High"; tier = 3 matched else → "3 Low"
matrix: impact "1 High" × urgency "2 Medium" → "2 High"
override vip_floor "1 Critical": CEO's office: "2 High" → "1 Critical"
effective "1 Critical" (computed "2 High")`, e.String())

	a := BMC()
	r, err = Evaluate(a, lv(t, a.Impact(), 3), lv(t, a.Urgency(), 1))
	require.NoError(t, err)
	e = r.Explain()
	assert.Equal(t, "additive", e.model())
	require.NotNil(t, e.Weights)
	assert.Equal(t, Weights{Impact: 3, Urgency: 20, Score: 23, Band: a.bandList()[2]}.Score, e.Weights.Score)
	assert.Equal(t, `additive: impact "3 Moderate" weight 3 + urgency "1 Critical" weight 20 = 23 in band [18, 24) → "2 High"
priority "2 High"`, e.String())

	_, err = EvaluateFacts(a, rules, facts{"users": 1, "tier": 1}, lv(t, a.Urgency(), 1))
	assert.ErrorIs(t, err, ErrScaleMismatch)
	_, err = Evaluate(m, lv(t, a.Impact(), 1), urg)
	assert.ErrorIs(t, err, ErrScaleMismatch)
	_, err = Evaluate(nil, lv(t, a.Impact(), 1), urg)
	assert.ErrorIs(t, err, ErrInvalidMatrix)
}
