package priority

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatrixJSON(t *testing.T) {
	for _, m := range []*Matrix{ServiceNow(), GLPI(), Znuny(), ITop(), BMC()} {
		data, err := json.Marshal(m)
		require.NoError(t, err)
		var back Matrix
		require.NoError(t, json.Unmarshal(data, &back))
		assert.True(t, back.Equal(m), string(data))
		mod, err := decodeModel(data)
		require.NoError(t, err)
		assert.True(t, mod.Equal(m))
	}
	data, err := json.Marshal(ITop())
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"matrix",
		"impact":{"name":"impact","direction":"highest_first","levels":["A department","A service","A person"]},
		"urgency":{"name":"urgency","direction":"highest_first","levels":["Critical","High","Medium","Low"]},
		"priority":{"name":"priority","direction":"highest_first","levels":["Critical","High","Medium","Low"]},
		"cells":[["Critical","Critical","High","Low"],["Critical","High","Medium","Low"],["High","Medium","Medium","Low"]]}`, string(data))

	// Vendor labels are accepted in cells; holes are not.
	var m Matrix
	err = json.Unmarshal([]byte(`{"impact":{"direction":"highest_last","levels":["lo","hi"]},
		"urgency":{"direction":"highest_last","levels":["lo","hi"]},
		"priority":{"direction":"highest_last","levels":["lo","mid","hi"]},
		"cells":[["1 - lo","2"],["mid"]]}`), &m)
	require.ErrorIs(t, err, errHole)
	assert.Equal(t, `priority: cell impact "2 hi" × urgency "2 hi": missing cell: row too short`, err.Error())
	err = json.Unmarshal([]byte(`{"impact":{"direction":"up","levels":["lo","hi"]}}`), &m)
	assert.ErrorIs(t, err, ErrInvalidScale)
	err = json.Unmarshal([]byte(`{"kind":"matrix","colour":"red"}`), &m)
	assert.Error(t, err)
	_, err = decodeModel([]byte(`{"kind":"tree"}`))
	assert.ErrorIs(t, err, ErrInvalidJSON)
}

func TestAdditiveJSON(t *testing.T) {
	data, err := json.Marshal(BMC())
	require.NoError(t, err)
	var back Matrix
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(BMC()))
	mod, err := decodeModel(data)
	require.NoError(t, err)
	assert.True(t, mod.Equal(BMC()))
	assert.Contains(t, string(data), `"impact_weights":[{"level":"Extensive","weight":9},{"level":"Significant","weight":5},{"level":"Moderate","weight":3},{"level":"Minor","weight":0}]`)
	assert.Contains(t, string(data), `"bands":[{"priority":"Low","from":0,"to":10},{"priority":"Medium","from":10,"to":18},{"priority":"High","from":18,"to":24},{"priority":"Critical","from":24,"to":30}]`)

	bad := []byte(`{"kind":"additive",
	 "impact":{"direction":"highest_first","levels":["A","B"]},
	 "urgency":{"direction":"highest_first","levels":["X","Y"]},
	 "priority":{"direction":"highest_first","levels":["P1","P2"]},
	 "impact_weights":[{"level":"A","weight":5},{"level":"B","weight":0}],
	 "urgency_weights":[{"level":"X","weight":5}],
	 "bands":[{"priority":"P2","from":0,"to":5},{"priority":"P1","from":5,"to":11}]}`)
	err = json.Unmarshal(bad, new(Matrix))
	require.ErrorIs(t, err, errInvalidWeights)
	assert.Equal(t, `priority: urgency "2 Y": invalid weights: no weight`, err.Error())
}

func TestRulesJSON(t *testing.T) {
	r := serviceNowImpactRules(t)
	data, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"factors":[{"fact":"users","op":"at_least","steps":[{"value":1000,"level":"High"},{"value":50,"level":"Medium"}],"else":"Low"},{"fact":"tier","op":"at_most","steps":[{"value":1,"level":"High"},{"value":2,"level":"Medium"}],"else":"Low"}]`)
	var back Rules
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r.factorList(), back.factorList())
	assert.True(t, back.scaleOf().Equal(r.scaleOf()))

	err = json.Unmarshal([]byte(`{"scale":{"direction":"highest_first","levels":["H","L"]},
		"factors":[{"fact":"users","op":"at_least","steps":[{"value":10,"level":"L"},{"value":100,"level":"H"}],"else":"L"}]}`), new(Rules))
	assert.ErrorIs(t, err, ErrInvalidRules)
}

func TestOverrideJSON(t *testing.T) {
	p := ServiceNow().Priority()
	ovs := []Override{
		{Kind: VIPFloor, Level: lv(t, p, 2), Note: "VIP caller"},
		{Kind: MajorIncident},
		{Kind: Manual, Level: lv(t, p, 4), Actor: "alice", Note: "duplicate"},
	}
	data, err := json.Marshal(ovs)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"kind":"vip_floor","level":"High","note":"VIP caller"},{"kind":"major_incident"},{"kind":"manual","level":"Low","actor":"alice","note":"duplicate"}]`, string(data))
	var back []Override
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, "High", back[0].levelLabel())
	for k := range back {
		got, err := back[k].resolve(p)
		require.NoError(t, err)
		want, err := ovs[k].resolve(p)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	r1, err := Apply(lv(t, p, 3), ovs...)
	require.NoError(t, err)
	r2, err := Apply(lv(t, p, 3), back...)
	require.NoError(t, err)
	assert.Equal(t, r1, r2)

	res, err := json.Marshal(r1)
	require.NoError(t, err)
	assert.JSONEq(t, `{"computed":"Moderate","effective":"Low","overrides":[
		{"override":{"kind":"vip_floor","level":"High","note":"VIP caller"},"before":"Moderate","after":"High"},
		{"override":{"kind":"major_incident","level":"Critical"},"before":"High","after":"Critical"},
		{"override":{"kind":"manual","level":"Low","actor":"alice","note":"duplicate"},"before":"Critical","after":"Low"}]}`, string(res))

	var o Override
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"coffee"}`), &o))
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"vip_floor","level":"Urgent"}`), &o))
	_, err = Apply(lv(t, p, 3), o)
	assert.ErrorIs(t, err, ErrInvalidOverride)
	assert.ErrorIs(t, err, ErrUnknownLevel)
}

func TestReportJSON(t *testing.T) {
	a := BMC()
	r, err := Evaluate(a, lv(t, a.Impact(), 4), lv(t, a.Urgency(), 1), Override{Kind: MajorIncident})
	require.NoError(t, err)
	data, err := json.Marshal(r.Explain())
	require.NoError(t, err)
	assert.JSONEq(t, `{"cell":{"impact":"Minor","urgency":"Critical","priority":"High"},
		"weights":{"impact":0,"urgency":20,"score":20,"band":{"priority":"High","from":18,"to":24}},
		"overrides":[{"override":{"kind":"major_incident","level":"Critical"},"before":"High","after":"Critical"}],
		"computed":"High","effective":"Critical"}`, string(data))

	fs := publishedNonMonotone(t).Validate()
	data, err = json.Marshal(fs)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"kind":"non_monotone",
		"cell":{"impact":"Minor","urgency":"Medium","priority":"Lowest"},
		"other":{"impact":"Minor","urgency":"Low","priority":"Low"}}]`, string(data))
}

// DecodeModel read "kind" with plain json.Unmarshal, which keeps the last
// of two "kind" members and skips the checks of the strict decoders; it
// then read it through strictjson, so the sniff saw what they saw. Now
// Matrix.UnmarshalJSON reads both kinds in one strict decode.
// (Issue 12: duplicate keys must be errors everywhere, quoting the key.)
func TestDecodeModelKindStrict(t *testing.T) {
	data, err := json.Marshal(ServiceNow())
	require.NoError(t, err)
	body := string(data[len(`{"kind":"matrix"`):]) // `,"impact":…}`
	for _, in := range []string{
		`{"kind":"matrix","kind":"additive"` + body,
		`{"kind":"additive","KIND":"matrix"` + body,
		`{"kind":"matrix"` + body + ` {"kind":"additive"}`,
	} {
		_, err := decodeModel([]byte(in))
		require.ErrorIs(t, err, ErrInvalidJSON, in)
		assert.Equal(t, 1, strings.Count(err.Error(), "priority: "), err.Error())
	}
	_, err = decodeModel([]byte(`{"kind":"matrix","kind":"additive"` + body))
	assert.Contains(t, err.Error(), `duplicate key "kind"`)
	_, err = decodeModel([]byte(`{"kind":"additive","KIND":"matrix"` + body))
	assert.Contains(t, err.Error(), `duplicate key "KIND" in the object at $ (matches "kind"`)
	// Keys are spelled exactly (internal/strictjson): "Kind" is refused
	// with its right spelling, by the one decoder that reads "kind".
	_, err = decodeModel([]byte(`{"Kind":"matrix"` + body))
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `"Kind" must be spelled "kind"`)
	mod, err := decodeModel([]byte(`{"kind":"matrix"` + body))
	require.NoError(t, err)
	assert.True(t, mod.Equal(ServiceNow()))
}
