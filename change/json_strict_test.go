package change

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A misspelt member used to be ignored: "weigth" gave a weight of 0 and so
// a lower risk, with no error. Every policy and model decoder now rejects
// unknown members and trailing data; nulls decode as absent.
func TestJSONRejectsUnknownMembers(t *testing.T) {
	good := `{"kind":"questionnaire","mode":"sum","questions":[{"id":"q","weight":2,"answers":[{"id":"a","score":4}]}],"bands":{"base":"low","thresholds":[{"score":6,"level":"moderate"}]}}`
	m, err := DecodeModel([]byte(good))
	require.NoError(t, err)
	r, err := m.Assess(Input{Answers: map[string]string{"q": "a"}})
	require.NoError(t, err)
	assert.Equal(t, Moderate, r.Level) // 8 > 6

	// Each case is a valid document and a misspelling of one member in it.
	for name, c := range map[string]struct{ doc, from, to string }{
		"question member": {good, `"weight"`, `"weigth"`},
		"top member":      {good, `"mode"`, `"mdoe"`},
		"bands member":    {good, `"thresholds"`, `"threshold"`},
		"rules member":    {`{"kind":"rules","default":"low","rules":[{"id":"x","when":[{"fact":"in_freeze","at_least":1}],"level":"high"}]}`, `"at_least"`, `"atleast"`},
		"combinator":      {`{"kind":"highest","models":[` + good + `]}`, `"kind":"highest",`, `"kind":"highest","modles":[],`},
		"trailing":        {good, `"moderate"}]}}`, `"moderate"}]}}{}`},
	} {
		_, err := DecodeModel([]byte(c.doc))
		require.NoError(t, err, name)
		bad := strings.Replace(c.doc, c.from, c.to, 1)
		require.NotEqual(t, c.doc, bad, name)
		_, err = DecodeModel([]byte(bad))
		assert.Error(t, err, name)
	}
	for name, c := range map[string]struct {
		v        json.Marshaler
		into     json.Unmarshaler
		from, to string
	}{
		"routing approvers": {DefaultRouting(), new(Routing), `"approvers"`, `"approver"`},
		"routing lead days": {DefaultRouting(), new(Routing), `"lead_days":10`, `"lead_day":10`},
		"lifecycle to":      {DefaultLifecycle(), new(Lifecycle), `"to"`, `"too"`},
	} {
		doc, err := c.v.MarshalJSON()
		require.NoError(t, err)
		require.NoError(t, c.into.UnmarshalJSON(doc), name)
		bad := strings.Replace(string(doc), c.from, c.to, 1)
		require.NotEqual(t, string(doc), bad, name)
		assert.Error(t, c.into.UnmarshalJSON([]byte(bad)), name)
	}
	var g Graph
	require.NoError(t, json.Unmarshal([]byte(`{"cis":["a"],"relations":[{"parent":"a","child":"b"}]}`), &g))
	assert.Error(t, json.Unmarshal([]byte(`{"cis":["a"],"relations":[{"parent":"a","kid":"b"}]}`), &g))
	// null members are absent, as with encoding/json.
	require.NoError(t, json.Unmarshal([]byte(`{"cis":null,"relations":null}`), &g))
	assert.Equal(t, 0, len(g.names))
}
