package change

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Transition allows changes of Type to move From one state To another.
type Transition struct {
	Type Type  `json:"type"`
	From State `json:"from"`
	To   State `json:"to"`
}

// Lifecycle is a validated state model per change type, as data. For each
// type, every state it uses is reachable from [New] and can reach [Closed];
// nothing leaves a terminal state. Construct it with [NewLifecycle]; a nil
// or zero Lifecycle allows nothing. Its JSON is the array of its
// transitions.
type Lifecycle struct {
	ts   []Transition
	next [Emergency + 1][Canceled + 1][]State
}

// NewLifecycle validates transitions: valid types and states, no
// self-loops or duplicates, no transition out of Closed or Canceled, and
// per type every state used is reachable from New and leads to Closed (no
// dead ends). Every type must have at least one transition.
func NewLifecycle(ts []Transition) (*Lifecycle, error) {
	lc := &Lifecycle{ts: slices.Clone(ts)}
	for i, t := range ts {
		where := fmt.Sprintf("lifecycle transition %d", i+1)
		switch {
		case !t.Type.valid():
			return nil, errValid(ErrLifecycle, where+" type", t.Type.String(), "is not a change type", types.Valid())
		case !t.From.valid() || !t.To.valid():
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "names an unknown state")
		case t.From == t.To:
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "goes nowhere")
		case t.From.terminal():
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "leaves a terminal state")
		case slices.Contains(lc.next[t.Type][t.From], t.To):
			return nil, errf(ErrLifecycle, where, t.Type.String()+": "+t.From.String()+" → "+t.To.String(), "is a duplicate")
		}
		lc.next[t.Type][t.From] = append(lc.next[t.Type][t.From], t.To)
	}
	for _, ty := range allTypes {
		used := map[State]bool{}
		for s := New; s <= Canceled; s++ {
			for _, n := range lc.next[ty][s] {
				used[s], used[n] = true, true
			}
		}
		if len(used) == 0 {
			return nil, errf(ErrLifecycle, "lifecycle", ty.String(), "has no transitions")
		}
		fromNew := lc.reach(ty, New, false)
		toClosed := lc.reach(ty, Closed, true)
		for s := New; s <= Canceled; s++ {
			if !used[s] {
				continue
			}
			if !fromNew[s] {
				return nil, errf(ErrLifecycle, "lifecycle "+ty.String(), s.String(), "is not reachable from new")
			}
			if s != Canceled && !toClosed[s] {
				return nil, errf(ErrLifecycle, "lifecycle "+ty.String(), s.String(), "cannot reach closed (a dead end)")
			}
		}
	}
	return lc, nil
}

// reach returns the states reachable from s (backward: that reach s).
func (lc *Lifecycle) reach(ty Type, s State, backward bool) map[State]bool {
	seen := map[State]bool{s: true}
	stack := []State{s}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for u := New; u <= Canceled; u++ {
			var edge bool
			if backward {
				edge = slices.Contains(lc.next[ty][u], v)
			} else {
				edge = slices.Contains(lc.next[ty][v], u)
			}
			if edge && !seen[u] {
				seen[u] = true
				stack = append(stack, u)
			}
		}
	}
	return seen
}

// Next returns the states a change of type t may move to from s, in the
// order the transitions were given (none for a nil or zero Lifecycle).
func (lc *Lifecycle) Next(t Type, s State) []State {
	if lc == nil || !t.valid() || !s.valid() {
		return nil
	}
	return slices.Clone(lc.next[t][s])
}

// Check returns nil if a change of type t may move from one state to
// another, else an error wrapping [ErrLifecycle] naming the type and the
// move, with the states it may move to instead in Valid.
func (lc *Lifecycle) Check(t Type, from, to State) error {
	if !t.valid() {
		return errValid(ErrType, "lifecycle", t.String(), "is not a change type", types.Valid())
	}
	next := lc.Next(t, from)
	if slices.Contains(next, to) {
		return nil
	}
	msg := "is not allowed"
	if len(next) == 0 {
		msg += ": nothing leaves " + from.String()
	}
	names := make([]string, len(next))
	for i, n := range next {
		names[i] = n.String()
	}
	return errValid(ErrLifecycle, "lifecycle "+t.String(), from.String()+" → "+to.String(), msg, names)
}

// MarshalJSON encodes the transitions as a JSON array. A nil or zero
// Lifecycle is an error (it has no transitions to write).
func (lc *Lifecycle) MarshalJSON() ([]byte, error) {
	if lc == nil || len(lc.ts) == 0 {
		return nil, errf(ErrLifecycle, "lifecycle", "", "is not built by NewLifecycle; nothing to encode")
	}
	return json.Marshal(lc.ts)
}

// UnmarshalJSON decodes and validates (see [NewLifecycle]).
func (lc *Lifecycle) UnmarshalJSON(data []byte) error {
	if lc == nil {
		return nilTarget(ErrLifecycle, "Lifecycle", data)
	}
	var ts []Transition
	if err := decodeStrict(ErrLifecycle, "lifecycle", data, &ts); err != nil {
		return err
	}
	n, err := NewLifecycle(ts)
	if err != nil {
		return err
	}
	*lc = *n
	return nil
}

// DefaultLifecycle returns ServiceNow's change state models:
//
//	normal:    new → assess → authorize → scheduled → implement → review → closed
//	standard:  new → scheduled → implement → review → closed   (pre-approved)
//	emergency: new → authorize → scheduled → implement → review → closed
//
// Every state before review may go to canceled (implement too: a change
// backed out before it is done). A normal change may go back from assess
// or authorize to new (sent back for rework) and from scheduled to assess
// (re-planned).
func DefaultLifecycle() *Lifecycle {
	var ts []Transition
	chain := func(ty Type, states ...State) {
		for i := 1; i < len(states); i++ {
			ts = append(ts, Transition{ty, states[i-1], states[i]})
		}
		for _, s := range states[:len(states)-1] {
			if s != Review {
				ts = append(ts, Transition{ty, s, Canceled})
			}
		}
	}
	chain(Normal, New, Assess, Authorize, Scheduled, Implement, Review, Closed)
	ts = append(ts, Transition{Normal, Assess, New}, Transition{Normal, Authorize, New}, Transition{Normal, Scheduled, Assess})
	chain(Standard, New, Scheduled, Implement, Review, Closed)
	chain(Emergency, New, Authorize, Scheduled, Implement, Review, Closed)
	lc, err := NewLifecycle(ts)
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return lc
}
