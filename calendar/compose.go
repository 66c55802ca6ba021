package calendar

import (
	"fmt"
	"slices"
	"strconv"
)

// buildComposed combines the operands' buckets for year k. All calendars
// share the same UTC-year buckets, so composition is a merge of sorted span
// lists, whatever the operands' zones.
func (e *engine) buildComposed(k int) *bucket {
	acc := append([]span32(nil), e.args[0].bucket(k).spans...)
	for _, a := range e.args[1:] {
		other := a.bucket(k).spans
		switch e.op {
		case opUnion:
			acc = unionSpans(acc, other)
		case opIntersect:
			acc = intersectSpans(acc, other)
		case opMinus:
			acc = minusSpans(acc, other)
		}
	}
	return bucketFrom(k, acc)
}

func unionSpans(a, b []span32) []span32 {
	out := make([]span32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var x span32
		if j >= len(b) || (i < len(a) && a[i].s <= b[j].s) {
			x, i = a[i], i+1
		} else {
			x, j = b[j], j+1
		}
		if n := len(out); n > 0 && x.s <= out[n-1].e {
			out[n-1].e = max(out[n-1].e, x.e)
			continue
		}
		out = append(out, span32{s: x.s, e: x.e})
	}
	return out
}

func intersectSpans(a, b []span32) []span32 {
	var out []span32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		s, e := max(a[i].s, b[j].s), min(a[i].e, b[j].e)
		if s < e {
			out = append(out, span32{s: s, e: e})
		}
		if a[i].e < b[j].e {
			i++
		} else {
			j++
		}
	}
	return out
}

func minusSpans(a, b []span32) []span32 {
	var out []span32
	j := 0
	for _, x := range a {
		s := x.s
		for j < len(b) && b[j].e <= s {
			j++
		}
		for k := j; k < len(b) && b[k].s < x.e; k++ {
			if b[k].s > s {
				out = append(out, span32{s: s, e: b[k].s})
			}
			s = max(s, b[k].e)
		}
		if s < x.e {
			out = append(out, span32{s: s, e: x.e})
		}
	}
	return out
}

// compose builds the engine of a composition of engines (checked: at
// least one, none nil or the zero engine).
func compose(op opKind, args []*engine) (*engine, error) {
	depth, nodes := 0, 1
	for _, a := range args {
		depth, nodes = max(depth, a.depth+1), nodes+a.nodes
	}
	if err := checkShape(depth, nodes); err != nil {
		return nil, err
	}
	e := &engine{loc: args[0].loc, op: op, args: slices.Clone(args), depth: depth, nodes: nodes, size: engineBytes}
	var sp Spec
	specs := make([]Spec, len(args))
	for i, a := range args {
		specs[i] = cloneSpec(*a.spec)
	}
	switch op {
	case opUnion:
		sp.Union = specs
	case opIntersect:
		sp.Intersect = specs
	default:
		sp.Minus = specs
	}
	e.spec = &sp
	return e, nil
}

// composeCalendars is Union, Intersect and Minus: it checks the operands and
// returns the composition, sharing its engine with equal compositions.
func composeCalendars(op opKind, cals []*Calendar) (*Calendar, error) {
	if len(cals) == 0 {
		return nil, errorf(op.String(), "no operands", ErrNoCalendars)
	}
	args := make([]*engine, len(cals))
	for i, c := range cals {
		if c == nil {
			return nil, errorf(op.String(), "operand "+strconv.Itoa(i), fmt.Errorf("%w: nil", ErrNoCalendars))
		}
		if c.e == nil || c.e.spec == nil {
			// The zero Calendar has no Spec: the composition could not be
			// written as JSON and read back.
			return nil, errorf(op.String(), "operand "+strconv.Itoa(i), fmt.Errorf("%w: the zero Calendar cannot be an operand", ErrNoCalendars))
		}
		args[i] = c.e
	}
	key := composedKey(op, args)
	if key != "" {
		if e := shared.get([]byte(key)); e != nil {
			return &Calendar{e: e}, nil
		}
	}
	e, err := compose(op, args)
	if err != nil {
		return nil, err
	}
	if key != "" {
		e.key = key
		e.size += int64(3 * len(key))
		e = shared.put(e)
	}
	return &Calendar{e: e}, nil
}

// Union returns the calendar open whenever any of cals is open
// (follow-the-sun: EMEA ∪ AMER ∪ APAC, each with its own zone and holidays).
// The result uses the first calendar's location. It fails with
// [ErrNoCalendars] when given no calendar, a nil one or the zero Calendar,
// and with [ErrBadCompose] when the result would exceed the limits of
// [New] (8 levels of composition, 64 calendars in all, the result and
// nested compositions included), so that the result round-trips through
// JSON. The same holds for [Intersect] and [Minus].
func Union(cals ...*Calendar) (*Calendar, error) { return composeCalendars(opUnion, cals) }

// Intersect returns the calendar open whenever all of cals are open
// (service hours ∩ maintenance window). The result may be never open; then
// Add and NextOpen return [ErrOutOfRange].
func Intersect(cals ...*Calendar) (*Calendar, error) { return composeCalendars(opIntersect, cals) }

// Minus returns the calendar open whenever base is open and none of remove
// is (blackouts, change freezes).
func Minus(base *Calendar, remove ...*Calendar) (*Calendar, error) {
	return composeCalendars(opMinus, append([]*Calendar{base}, remove...))
}

// Limits on compositions, so that hostile JSON cannot make New (or later
// queries) arbitrarily expensive. They are enforced alike when a Spec is
// decoded from JSON ([Spec.UnmarshalJSON]), by [New], and by [Union],
// [Intersect] and [Minus], so that every calendar that can be built can be
// read back from its own JSON.
const (
	maxDepth = 8  // levels of composition above the base specs
	maxNodes = 64 // specs (calendars) in a composition tree, compositions included
)

// checkShape reports a composition tree of the given depth (levels of
// composition; 0 for a base spec) and size (specs or calendars in the tree,
// compositions included) that exceeds the limits, quoting both the count and
// the limit.
func checkShape(depth, nodes int) error {
	if nodes > maxNodes {
		return errorf("compose", strconv.Itoa(nodes)+" calendars", fmt.Errorf("%w: more than %d calendars in one composition (operands and compositions count alike)", ErrBadCompose, maxNodes))
	}
	if depth > maxDepth {
		return errorf("compose", strconv.Itoa(depth)+" levels", fmt.Errorf("%w: nested more than %d levels", ErrBadCompose, maxDepth))
	}
	return nil
}

// shape returns the depth and size of the composition tree of s (see
// checkShape). All three composition lists are counted, whichever New would
// use. Counting stops early once the size exceeds maxNodes, so a hostile
// spec with a million operands costs no more than one at the limit.
func (s *Spec) shape() (depth, nodes int) {
	nodes = 1
	for _, l := range [][]Spec{s.Union, s.Intersect, s.Minus} {
		for i := range l {
			d, n := l[i].shape()
			depth = max(depth, d+1)
			if nodes += n; nodes > maxNodes {
				return depth, nodes
			}
		}
	}
	return depth, nodes
}
