package priority

import (
	"encoding/json"
	"github.com/itsmkit/itsm"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestErrorMessagesReadWell collects errors from many failure paths and
// checks that each names the package once (no "priority: … priority: …"
// from careless wrapping) and is an *itsm.Error.
func TestErrorMessagesReadWell(t *testing.T) {
	sn := ServiceNow()
	imp := sn.Impact()
	high := imp.highest()
	glpiHigh := GLPI().Impact().highest()
	var errs []error
	add := func(_ any, err error) { errs = append(errs, err) }
	add(NewScale("", 0, "a"))
	add(NewScale("s", HighestFirst))
	add(imp.Parse("9 - x"))
	add(imp.WithAliases(map[string][]string{"Low": {"High"}}))
	add(NewMatrix(imp, imp, sn.Priority(), [][]string{{"1"}}))
	add(sn.Lookup(glpiHigh, high))
	add(sn.With(high, glpiHigh, sn.Priority().highest()))
	add(NewAdditive(imp, imp, sn.Priority(), []int{1}, []int{1, 2, 3}, nil))
	add(NewAdditive(imp, imp, sn.Priority(), []int{1, 2, 3}, []int{1, 2, 3}, []Band{{Priority: glpiHigh, From: 0, To: 9}}))
	add(NewRules(imp, Factor{Fact: "u", Op: AtLeast, Steps: []Step{{1, glpiHigh}}, Else: high}))
	add(NewRules(imp, Factor{Fact: "u", Op: AtLeast, Else: glpiHigh}))
	add(NewRules(imp, Factor{Fact: "u", Op: AtLeast, Else: Level{}}))
	add(Apply(sn.Priority().lowest(), Override{Kind: VIPFloor, Level: glpiHigh}))
	add(Apply(sn.Priority().lowest(), Override{Kind: Manual, Level: sn.Priority().highest()}))
	add(EvaluateFacts(BMC(), &Rules{}, facts{}, high))
	add(decodeModel([]byte(`{"kind":"matrix","x":1}`)))
	add(decodeModel([]byte(`{"kind":"tree"}`)))
	errs = append(errs, json.Unmarshal([]byte(`{"kind":"vip_floor","level":"x"}`), new(Override)))
	var o Override
	errs = append(errs, json.Unmarshal([]byte(`{"kind":"vip_floor","level":"Nope"}`), &o))
	add(Apply(sn.Priority().lowest(), o))
	errs = append(errs, json.Unmarshal([]byte(`{"kind":"nope"}`), new(Override)))
	errs = append(errs, json.Unmarshal([]byte(`{"scale":{"direction":"highest_first","levels":["a"]},"factors":[{"fact":"u","op":"at_least","else":"b"}]}`), new(Rules)))
	errs = append(errs, json.Unmarshal([]byte(`{"kind":"additive","impact":{"direction":"highest_first","levels":["a"]},"urgency":{"direction":"highest_first","levels":["a"]},"priority":{"direction":"highest_first","levels":["a"]},"impact_weights":[{"level":"a","weight":0}],"urgency_weights":[{"level":"a","weight":0}],"bands":[{"priority":"z","from":0,"to":1}]}`), new(Matrix)))
	for _, err := range errs {
		if err == nil {
			continue
		}
		msg := err.Error()
		t.Log(msg)
		assert.Equal(t, 1, strings.Count(msg, "priority: "), msg)
		// One error shape: an *itsm.Error of this package.
		var e *itsm.Error
		if assert.ErrorAs(t, err, &e, msg) {
			assert.Equal(t, "priority", e.Pkg, msg)
		}
	}
}
