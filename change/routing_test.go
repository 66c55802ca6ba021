package change

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultRouting(t *testing.T) {
	r := DefaultRouting()
	cases := []struct {
		t    Type
		l    Level
		want []Approver
		post bool
	}{
		{Standard, Low, nil, false},
		{Standard, Moderate, nil, false},
		{Standard, Critical, []Approver{ChangeManager}, false},
		{Normal, Low, []Approver{PeerReview}, false},
		{Normal, Moderate, []Approver{PeerReview, ChangeManager}, false},
		{Normal, High, []Approver{ChangeManager, CAB}, false},
		{Normal, Critical, []Approver{ChangeManager, CAB, BusinessOwner}, false},
		{Emergency, Low, []Approver{ChangeManager}, true},
		{Emergency, High, []Approver{ECAB}, true},
		{Emergency, Critical, []Approver{ECAB, BusinessOwner}, true},
	}
	for _, c := range cases {
		d, err := r.Route(c.t, c.l)
		require.NoError(t, err)
		if c.want == nil {
			assert.Empty(t, d.Approvers)
		}
		assert.Equal(t, len(c.want), len(d.Approvers), d.String())
		for i := range c.want {
			assert.Equal(t, c.want[i], d.Approvers[i])
		}
		assert.Equal(t, c.post, d.PostReview)
		assert.NotEmpty(t, d.Reason)
	}
	d, _ := r.Route(Normal, High)
	assert.Equal(t, "normal/high: change_manager, cab; 10 working days' notice (route 5: high risk: CAB authorises)", d.String())
	_, err := r.Route(Type(0), Low)
	require.ErrorIs(t, err, ErrType)
	_, err = r.Route(Normal, None)
	require.ErrorIs(t, err, ErrLevel)
	var zero Routing
	_, err = zero.Route(Normal, Low)
	require.ErrorIs(t, err, ErrRouting)
}

func TestRoutingValidation(t *testing.T) {
	full := slices.Clone(DefaultRouting().routes)
	// gap: drop a route
	_, err := NewRouting(full[1:])
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `"standard/low": invalid approval routing: is not covered`)
	// overlap
	over := append(slices.Clone(DefaultRouting().routes), Route{Type: Normal, From: High, To: Critical})
	_, err = NewRouting(over)
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `"normal/high": invalid approval routing: is already covered by route 5`)
	for _, bad := range []Route{
		{Type: 0, From: Low, To: Low},
		{Type: Normal, From: High, To: Low},
		{Type: Normal, From: None, To: Low},
		{Type: Normal, From: Low, To: Low, Approvers: []Approver{CAB, CAB}},
		{Type: Normal, From: Low, To: Low, Approvers: []Approver{9}},
	} {
		_, err := NewRouting([]Route{bad})
		require.ErrorIs(t, err, ErrRouting, bad)
	}
}

func TestRoutingJSON(t *testing.T) {
	b, err := json.Marshal(DefaultRouting())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"approvers":["change_manager","cab"]`)
	var back Routing
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, slices.Clone(DefaultRouting().routes), back.routes)
	require.Error(t, json.Unmarshal([]byte(`[{"type":"normal","from":"low","to":"critical","approvers":["boss"]}]`), &back))
	_, err = json.Marshal(&Routing{})
	require.Error(t, err)
}

// The notice of the former DefaultLeadTimes lives in DefaultRouting's
// routes: standard 0; normal low 2, moderate 5, high and above 10;
// emergency 0 working days. Lead days are validated with the routes.
func TestRoutingLeadDays(t *testing.T) {
	r := DefaultRouting()
	for _, c := range []struct {
		t    Type
		l    Level
		days int
	}{{Standard, Critical, 0}, {Normal, Low, 2}, {Normal, Moderate, 5}, {Normal, High, 10}, {Normal, Critical, 10}, {Emergency, High, 0}} {
		d, err := r.Route(c.t, c.l)
		require.NoError(t, err)
		assert.Equal(t, c.days, d.LeadDays, "%s/%s", c.t, c.l)
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back Routing
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.routes, back.routes)
	routes := slices.Clone(r.routes)
	routes[2].LeadDays = -1
	_, err = NewRouting(routes)
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `lead_days: "-1"`)
	routes[2].LeadDays = maxLeadDays + 1
	_, err = NewRouting(routes)
	require.ErrorIs(t, err, ErrRouting)
	var zero Routing
	_, err = zero.Route(Normal, Low)
	require.ErrorIs(t, err, ErrRouting)
}
