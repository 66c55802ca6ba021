package change

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/itsmkit/itsm"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestDefaultLifecycle(t *testing.T) {
	lc := DefaultLifecycle()
	assert.Equal(t, []State{Assess, Canceled}, lc.Next(Normal, New))
	assert.Equal(t, []State{Scheduled, Canceled}, lc.Next(Standard, New))
	assert.Equal(t, []State{Authorize, Canceled}, lc.Next(Emergency, New))
	require.NoError(t, lc.Check(Normal, Authorize, Scheduled))
	require.NoError(t, lc.Check(Emergency, Review, Closed))
	err := lc.Check(Standard, New, Authorize)
	require.ErrorIs(t, err, ErrLifecycle)
	assert.Equal(t, `change: lifecycle standard: "new → authorize": invalid lifecycle: is not allowed (valid: scheduled, canceled)`, err.Error())
	err = lc.Check(Normal, Closed, New)
	require.ErrorIs(t, err, ErrLifecycle)
	assert.Contains(t, err.Error(), "nothing leaves closed")
	require.ErrorIs(t, lc.Check(0, New, Assess), ErrType)

	b, err := json.Marshal(lc)
	require.NoError(t, err)
	var back Lifecycle
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, lc.ts, back.ts)

	// One text form per state: "cancelled" and "Canceled" are not it.
	var s State
	require.NoError(t, s.UnmarshalText([]byte("canceled")))
	assert.Equal(t, Canceled, s)
	for _, bad := range []string{"done", "Cancelled", "cancelled", "Canceled"} {
		err = s.UnmarshalText([]byte(bad))
		require.ErrorIs(t, err, ErrLifecycle, bad)
		var e *itsm.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, states.Valid(), e.Valid)
	}
}

func TestLifecycleValidation(t *testing.T) {
	base := slices.Clone(DefaultLifecycle().ts)
	cases := map[string][]Transition{
		"self loop":     append(base[:len(base):len(base)], Transition{Normal, Assess, Assess}),
		"terminal":      append(base[:len(base):len(base)], Transition{Normal, Closed, New}),
		"duplicate":     append(base[:len(base):len(base)], base[0]),
		"unknown state": append(base[:len(base):len(base)], Transition{Normal, New, State(20)}),
		"bad type":      append(base[:len(base):len(base)], Transition{Type(9), New, Assess}),
		// review reachable for standard but a new dead-end state "assess"
		"dead end": append(base[:len(base):len(base)], Transition{Standard, New, Assess}),
		// authorize → closed exists, but implement is unreachable from new
		"unreachable": append(base[:len(base):len(base)], Transition{Standard, Implement, Assess}, Transition{Standard, Assess, Closed}, Transition{Standard, Authorize, Closed}),
		"no emergency": func() []Transition {
			var out []Transition
			for _, t := range base {
				if t.Type != Emergency {
					out = append(out, t)
				}
			}
			return out
		}(),
	}
	for name, ts := range cases {
		_, err := NewLifecycle(ts)
		require.ErrorIs(t, err, ErrLifecycle, name)
	}
	var zero Lifecycle
	require.ErrorIs(t, zero.Check(Normal, New, Assess), ErrLifecycle)
}

// A random walk through the default lifecycle always reaches a terminal
// state within a bounded number of forward steps, and Check agrees with
// Next on every move.
func TestPropLifecycleWalk(t *testing.T) {
	lc := DefaultLifecycle()
	rapid.Check(t, func(t *rapid.T) {
		ty := Type(rapid.IntRange(1, 3).Draw(t, "type"))
		s := New
		for step := 0; !s.terminal(); step++ {
			next := lc.Next(ty, s)
			require.NotEmpty(t, next, "%s stuck in %s", ty, s)
			to := rapid.SampledFrom(next).Draw(t, "to")
			require.NoError(t, lc.Check(ty, s, to))
			s = to
			require.Less(t, step, 10_000)
		}
		for x := New; x <= Canceled; x++ {
			require.Equal(t, lc.Check(ty, s, x) == nil, false, "terminal %s → %s", s, x)
		}
	})
}
