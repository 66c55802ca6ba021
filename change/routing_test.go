package change

import (
	"encoding/json"
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
			assert.True(t, d.PreApproved())
		}
		assert.Equal(t, len(c.want), len(d.Approvers), d.String())
		for i := range c.want {
			assert.Equal(t, c.want[i], d.Approvers[i])
		}
		assert.Equal(t, c.post, d.PostReview)
		assert.NotEmpty(t, d.Reason)
	}
	d, _ := r.Route(Normal, High)
	assert.Equal(t, "normal/high: change-manager, cab (route 5: high risk: CAB authorises)", d.String())
	_, err := r.Route(Type(0), Low)
	require.ErrorIs(t, err, ErrType)
	_, err = r.Route(Normal, None)
	require.ErrorIs(t, err, ErrLevel)
	var zero Routing
	_, err = zero.Route(Normal, Low)
	require.ErrorIs(t, err, ErrRouting)
}

func TestRoutingValidation(t *testing.T) {
	full := DefaultRouting().Routes()
	// gap: drop a route
	_, err := NewRouting(full[1:])
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `"standard/low" is not covered`)
	// overlap
	over := append(DefaultRouting().Routes(), Route{Type: Normal, From: High, To: Critical})
	_, err = NewRouting(over)
	require.ErrorIs(t, err, ErrRouting)
	assert.Contains(t, err.Error(), `"normal/high" is already covered by route 5`)
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
	assert.Contains(t, string(b), `"approvers":["change-manager","cab"]`)
	var back Routing
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, DefaultRouting().Routes(), back.Routes())
	require.Error(t, json.Unmarshal([]byte(`[{"type":"normal","from":"low","to":"critical","approvers":["boss"]}]`), &back))
	_, err = json.Marshal(&Routing{})
	require.Error(t, err)
}
