package change

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNilAndZeroReceiversNeverPanic calls every exported method of the
// policy and model types on a nil and on a zero receiver with zero
// arguments and with valid ones: errors are fine, panics are not (a typed
// nil model in a Model interface used to panic inside Assess).
func TestNilAndZeroReceiversNeverPanic(t *testing.T) {
	for _, v := range []any{(*Questionnaire)(nil), (*RuleSet)(nil), (*MatrixModel)(nil), (*HistoryModel)(nil),
		(*Combinator)(nil), (*Routing)(nil), (*LeadTimePolicy)(nil), (*Lifecycle)(nil), (*Graph)(nil)} {
		typ := reflect.TypeOf(v)
		for _, recv := range []reflect.Value{reflect.Zero(typ), reflect.New(typ.Elem())} {
			for i := range typ.NumMethod() {
				m := typ.Method(i)
				if m.Name == "UnmarshalJSON" || m.Type.IsVariadic() {
					continue
				}
				args := []reflect.Value{recv}
				for j := 1; j < m.Type.NumIn(); j++ {
					args = append(args, reflect.Zero(m.Type.In(j)))
				}
				require.NotPanics(t, func() { m.Func.Call(args) }, "%v.%s nil=%v", typ, m.Name, recv.IsNil())
			}
		}
	}
	var r *Routing
	_, err := r.Route(Normal, Low)
	assert.ErrorIs(t, err, ErrRouting)
	var p *LeadTimePolicy
	_, _, err = p.Days(Normal, Low)
	assert.ErrorIs(t, err, ErrSchedule)
	var q *Questionnaire
	_, err = q.Assess(Input{})
	assert.ErrorIs(t, err, ErrModel)
	_, err = NewHighest("x", (*Questionnaire)(nil))
	assert.ErrorIs(t, err, ErrModel)
	_, err = NewFirstMatch("x", Low, (*Combinator)(nil))
	assert.ErrorIs(t, err, ErrModel)
}
