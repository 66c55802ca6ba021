package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// State is a change request's lifecycle state.
type State uint8

// States of the ServiceNow-style change lifecycle. [Closed] and [Canceled]
// are terminal.
const (
	New       State = iota + 1 // requested
	Assess                     // risk and impact assessed by peers / change manager
	Authorize                  // awaiting the change authority (CAB, ECAB, …)
	Scheduled                  // authorised and planned
	Implement                  // being implemented
	Review                     // post-implementation review
	Closed                     // done (successful or not: see Outcomes)
	Canceled                   // withdrawn before completion
)

var stateNames = [...]string{"", "new", "assess", "authorize", "scheduled", "implement", "review", "closed", "canceled"}

// Valid reports whether s is a known state.
func (s State) Valid() bool { return s >= New && s <= Canceled }

// Terminal reports whether no transition leaves s.
func (s State) Terminal() bool { return s == Closed || s == Canceled }

// String returns the state's name, e.g. "authorize".
func (s State) String() string {
	if s.Valid() {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// ParseState parses a state name case-insensitively ("cancelled" too).
func ParseState(s string) (State, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	if k == "cancelled" {
		return Canceled, nil
	}
	if i := slices.Index(stateNames[1:], k); i >= 0 {
		return State(i + 1), nil
	}
	return 0, errf(ErrLifecycle, "state", s, "is not a change state ("+strings.Join(stateNames[1:], ", ")+")")
}

// MarshalText implements encoding.TextMarshaler.
func (s State) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, errf(ErrLifecycle, "state", s.String(), "is not a change state")
	}
	return []byte(stateNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler via [ParseState].
func (s *State) UnmarshalText(b []byte) error {
	v, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Transition allows changes of Type to move From one state To another.
type Transition struct {
	Type Type  `json:"type"`
	From State `json:"from"`
	To   State `json:"to"`
}

// Lifecycle is a validated state model per change type, as data. For each
// type, every state it uses is reachable from [New] and can reach [Closed];
// nothing leaves a terminal state. Construct it with [NewLifecycle]; the
// zero value allows nothing.
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
		case !t.Type.Valid():
			return nil, errf(ErrLifecycle, where, t.Type.String(), "is not a change type")
		case !t.From.Valid() || !t.To.Valid():
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "names an unknown state")
		case t.From == t.To:
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "goes nowhere")
		case t.From.Terminal():
			return nil, errf(ErrLifecycle, where, t.From.String()+" → "+t.To.String(), "leaves a terminal state")
		case slices.Contains(lc.next[t.Type][t.From], t.To):
			return nil, errf(ErrLifecycle, where, t.Type.String()+": "+t.From.String()+" → "+t.To.String(), "is a duplicate")
		}
		lc.next[t.Type][t.From] = append(lc.next[t.Type][t.From], t.To)
	}
	for _, ty := range AllTypes() {
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
// order the transitions were given.
func (lc *Lifecycle) Next(t Type, s State) []State {
	if lc == nil {
		lc = new(Lifecycle) // a nil Lifecycle behaves as the zero value
	}
	if !t.Valid() || !s.Valid() {
		return nil
	}
	return slices.Clone(lc.next[t][s])
}

// Check returns nil if a change of type t may move from one state to
// another, else an error naming the type, the move and the allowed moves.
func (lc *Lifecycle) Check(t Type, from, to State) error {
	if lc == nil {
		lc = new(Lifecycle) // a nil Lifecycle behaves as the zero value
	}
	if !t.Valid() {
		return errf(ErrType, "lifecycle", t.String(), "is not a change type")
	}
	if slices.Contains(lc.Next(t, from), to) {
		return nil
	}
	allowed := "none"
	if next := lc.Next(t, from); len(next) > 0 {
		names := make([]string, len(next))
		for i, n := range next {
			names[i] = n.String()
		}
		allowed = strings.Join(names, ", ")
	}
	return errf(ErrLifecycle, "lifecycle "+t.String(), from.String()+" → "+to.String(),
		"is not allowed (from "+from.String()+": "+allowed+")")
}

// Transitions returns a copy of the transitions.
func (lc *Lifecycle) Transitions() []Transition {
	if lc == nil {
		lc = new(Lifecycle) // a nil Lifecycle behaves as the zero value
	}
	return slices.Clone(lc.ts)
}

// MarshalJSON encodes the transitions as a JSON array.
func (lc *Lifecycle) MarshalJSON() ([]byte, error) {
	if lc == nil {
		lc = new(Lifecycle) // a nil Lifecycle behaves as the zero value
	}
	if len(lc.ts) == 0 {
		return nil, errf(ErrLifecycle, "lifecycle", "", "zero Lifecycle cannot be encoded")
	}
	return json.Marshal(lc.ts)
}

// UnmarshalJSON decodes and validates (see [NewLifecycle]).
func (lc *Lifecycle) UnmarshalJSON(data []byte) error {
	var ts []Transition
	if err := unmarshalStrict(data, &ts); err != nil {
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
