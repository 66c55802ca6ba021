package priority

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/itsmkit/itsm/internal/strictjson"
)

// JSON forms. Levels are written by name ("Critical") and read with
// [Scale.Parse], so "1 - Critical" and "1" are accepted too. Unknown fields
// are rejected: a misspelt key in a configuration file is an error, not a
// silent default. Decoding validates exactly as the constructors do.

// errDecodeInto is returned when JSON is decoded into a value already in
// use: scales, matrices, models and rules are immutable once built (other
// values and levels point to them), so they are only decoded into new,
// zero values.
func errDecodeInto(what string) error {
	return fmt.Errorf("%w: decode into a new, zero %s: a built %s is immutable", ErrInvalidJSON, what, what)
}

// decodeStrict decodes data into v rejecting unknown fields and trailing data.
func decodeStrict(data []byte, v any) error {
	err := strictjson.Decode(data, v)
	if err == nil || strings.HasPrefix(err.Error(), "priority: ") {
		// Our own UnmarshalText error, passed through by encoding/json:
		// it already says what is wrong and wraps its sentinel.
		return err
	}
	return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
}

// MarshalText encodes a level by name; the zero Level is an error. There is
// no UnmarshalText: a level's name means nothing without its scale, so a
// Level is never decoded on its own. Decode the label as a string and map
// it with [Scale.Parse] (the models' and overrides' decoders do that).
func (l Level) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, fmt.Errorf("%w: zero level has no name", ErrUnknownLevel)
	}
	return []byte(l.Name()), nil
}

type scaleJSON struct {
	Name      string              `json:"name,omitempty"`
	Direction Direction           `json:"direction"`
	Levels    []string            `json:"levels"`
	Aliases   map[string][]string `json:"aliases,omitempty"` // level name → aliases
}

// MarshalJSON encodes the scale as
// {"name":"urgency","direction":"highest-first","levels":["High","Medium","Low"]},
// with "aliases":{"Medium":["Normal"]} when it has aliases.
func (s *Scale) MarshalJSON() ([]byte, error) {
	if s.Len() == 0 {
		return nil, &ScaleError{Input: "json", Err: ErrInvalidScale, Msg: "nil or empty scale"}
	}
	w := scaleJSON{Name: s.name, Direction: s.dir, Levels: s.levels}
	for i, as := range s.aliases {
		if len(as) > 0 {
			if w.Aliases == nil {
				w.Aliases = map[string][]string{}
			}
			w.Aliases[s.levels[i]] = as
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes and validates a scale (see [NewScale]). It only
// decodes into a new, zero Scale: a built scale is immutable.
func (s *Scale) UnmarshalJSON(data []byte) error {
	if s.Len() != 0 {
		return errDecodeInto("Scale")
	}
	var w scaleJSON
	if err := decodeStrict(data, &w); err != nil {
		return err
	}
	n, err := NewScale(w.Name, w.Direction, w.Levels...)
	if err != nil {
		return err
	}
	if len(w.Aliases) > 0 {
		if n, err = n.WithAliases(w.Aliases); err != nil {
			return err
		}
	}
	*s = *n
	return nil
}

type matrixJSON struct {
	Kind     string     `json:"kind"`
	Impact   *Scale     `json:"impact"`
	Urgency  *Scale     `json:"urgency"`
	Priority *Scale     `json:"priority"`
	Cells    [][]string `json:"cells"`
}

// MarshalJSON encodes the matrix with its three scales and its cells by
// priority name, rows in impact number order and columns in urgency number
// order:
//
//	{"kind":"matrix","impact":{…},"urgency":{…},"priority":{…},
//	 "cells":[["Critical","High","Moderate"],…]}
func (m *Matrix) MarshalJSON() ([]byte, error) {
	if !m.valid() {
		return nil, ErrInvalidMatrix
	}
	return json.Marshal(matrixJSON{Kind: "matrix", Impact: m.impact, Urgency: m.urgency, Priority: m.priority, Cells: m.Rows()})
}

// UnmarshalJSON decodes and validates a matrix (see [NewMatrix]); "kind"
// may be omitted. It only decodes into a new, zero Matrix.
func (m *Matrix) UnmarshalJSON(data []byte) error {
	if m.valid() {
		return errDecodeInto("Matrix")
	}
	var w matrixJSON
	if err := decodeStrict(data, &w); err != nil {
		return err
	}
	if w.Kind != "" && w.Kind != "matrix" {
		return fmt.Errorf("%w: kind %q is not \"matrix\"", ErrInvalidJSON, w.Kind)
	}
	n, err := NewMatrix(w.Impact, w.Urgency, w.Priority, w.Cells)
	if err != nil {
		return err
	}
	*m = *n
	return nil
}

type weightJSON struct {
	Level  string `json:"level"`
	Weight int    `json:"weight"`
}

type bandJSON struct {
	Priority string `json:"priority"`
	From     int    `json:"from"`
	To       int    `json:"to"`
}

type additiveJSON struct {
	Kind           string       `json:"kind"`
	Impact         *Scale       `json:"impact"`
	Urgency        *Scale       `json:"urgency"`
	Priority       *Scale       `json:"priority"`
	ImpactWeights  []weightJSON `json:"impact_weights"`
	UrgencyWeights []weightJSON `json:"urgency_weights"`
	Bands          []bandJSON   `json:"bands"`
}

// MarshalJSON encodes the model with its scales, weights by level name and
// half-open bands by priority name:
//
//	{"kind":"additive","impact":{…},"urgency":{…},"priority":{…},
//	 "impact_weights":[{"level":"Extensive","weight":9},…],
//	 "urgency_weights":[…],
//	 "bands":[{"priority":"Low","from":0,"to":10},…]}
func (a *Additive) MarshalJSON() ([]byte, error) {
	if !a.valid() {
		return nil, ErrInvalidMatrix
	}
	w := additiveJSON{Kind: "additive", Impact: a.impact, Urgency: a.urgency, Priority: a.priority}
	for i, x := range a.iw {
		w.ImpactWeights = append(w.ImpactWeights, weightJSON{a.impact.levels[i], x})
	}
	for i, x := range a.uw {
		w.UrgencyWeights = append(w.UrgencyWeights, weightJSON{a.urgency.levels[i], x})
	}
	for _, b := range a.bands {
		w.Bands = append(w.Bands, bandJSON{b.Priority.Name(), b.From, b.To})
	}
	return json.Marshal(w)
}

func weightsFromJSON(axis string, s *Scale, ws []weightJSON) ([]int, error) {
	out := make([]int, s.Len())
	seen := make([]bool, s.Len())
	for _, w := range ws {
		l, err := s.Parse(w.Level)
		if err != nil {
			return nil, chain(ErrInvalidWeights, axis, err)
		}
		if seen[l.i] {
			return nil, fmt.Errorf("%w: %s %q: two weights", ErrInvalidWeights, axis, l.String())
		}
		seen[l.i], out[l.i] = true, w.Weight
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("%w: %s %q: no weight", ErrInvalidWeights, axis, Level{s: s, i: uint8(i)}.String())
		}
	}
	return out, nil
}

// UnmarshalJSON decodes and validates an additive model (see
// [NewAdditive]): every level needs exactly one weight, in any order. It
// only decodes into a new, zero Additive.
func (a *Additive) UnmarshalJSON(data []byte) error {
	if a.valid() {
		return errDecodeInto("Additive")
	}
	var w additiveJSON
	if err := decodeStrict(data, &w); err != nil {
		return err
	}
	if w.Kind != "" && w.Kind != "additive" {
		return fmt.Errorf("%w: kind %q is not \"additive\"", ErrInvalidJSON, w.Kind)
	}
	if err := checkScales(w.Impact, w.Urgency, w.Priority); err != nil {
		return err
	}
	iw, err := weightsFromJSON("impact", w.Impact, w.ImpactWeights)
	if err != nil {
		return err
	}
	uw, err := weightsFromJSON("urgency", w.Urgency, w.UrgencyWeights)
	if err != nil {
		return err
	}
	bands := make([]Band, len(w.Bands))
	for k, b := range w.Bands {
		l, err := w.Priority.Parse(b.Priority)
		if err != nil {
			return chain(ErrInvalidBand, "band "+strconv.Itoa(k+1), err)
		}
		bands[k] = Band{Priority: l, From: b.From, To: b.To}
	}
	n, err := NewAdditive(w.Impact, w.Urgency, w.Priority, iw, uw, bands)
	if err != nil {
		return err
	}
	*a = *n
	return nil
}

// DecodeModel decodes a [*Matrix] or an [*Additive] by its "kind" field
// ("matrix" or "additive"), for configuration files that may hold either.
// "kind" is read with the checks of the strict decoders (a repeated or
// case-variant key is an error), so it cannot name one kind to the sniff
// and another to the decoder.
func DecodeModel(data []byte) (Model, error) {
	var k struct {
		Kind string `json:"kind"`
	}
	if err := strictjson.Peek(data, &k); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	switch k.Kind {
	case "matrix":
		m := new(Matrix)
		if err := m.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return m, nil
	case "additive":
		a := new(Additive)
		if err := a.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return a, nil
	}
	return nil, fmt.Errorf("%w: kind %s (want \"matrix\" or \"additive\")", ErrInvalidJSON, strconv.Quote(k.Kind))
}

// MarshalText encodes the op by name.
func (o Op) MarshalText() ([]byte, error) {
	if o != AtLeast && o != AtMost {
		return nil, fmt.Errorf("%w: unknown op %s", ErrInvalidRules, o)
	}
	return []byte(o.String()), nil
}

// UnmarshalText decodes "at-least" or "at-most".
func (o *Op) UnmarshalText(b []byte) error {
	switch string(b) {
	case "at-least":
		*o = AtLeast
	case "at-most":
		*o = AtMost
	default:
		return fmt.Errorf("%w: unknown op %q (want at-least or at-most)", ErrInvalidRules, b)
	}
	return nil
}

type stepJSON struct {
	Value int64  `json:"value"`
	Level string `json:"level"`
}

type factorJSON struct {
	Fact  string     `json:"fact"`
	Op    Op         `json:"op"`
	Steps []stepJSON `json:"steps,omitempty"`
	Else  string     `json:"else"`
}

type rulesJSON struct {
	Scale   *Scale       `json:"scale"`
	Factors []factorJSON `json:"factors"`
}

// MarshalJSON encodes the rules with their scale and levels by name:
//
//	{"scale":{…},"factors":[{"fact":"users","op":"at-least",
//	 "steps":[{"value":1000,"level":"High"},{"value":50,"level":"Medium"}],"else":"Low"}]}
func (r *Rules) MarshalJSON() ([]byte, error) {
	if r == nil || r.scale == nil {
		return nil, fmt.Errorf("%w: nil rules", ErrInvalidRules)
	}
	w := rulesJSON{Scale: r.scale}
	for _, f := range r.factors {
		fj := factorJSON{Fact: f.Fact, Op: f.Op, Else: f.Else.Name()}
		for _, s := range f.Steps {
			fj.Steps = append(fj.Steps, stepJSON{s.Value, s.Level.Name()})
		}
		w.Factors = append(w.Factors, fj)
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes and validates rules (see [NewRules]). It only
// decodes into new, zero Rules.
func (r *Rules) UnmarshalJSON(data []byte) error {
	if r.scale != nil {
		return errDecodeInto("Rules")
	}
	var w rulesJSON
	if err := decodeStrict(data, &w); err != nil {
		return err
	}
	if w.Scale.Len() == 0 {
		return &ScaleError{Input: "rules", Err: ErrInvalidScale, Msg: "missing scale"}
	}
	fs := make([]Factor, len(w.Factors))
	for k, fj := range w.Factors {
		el, err := w.Scale.Parse(fj.Else)
		if err != nil {
			return &RuleError{Fact: fj.Fact, Step: -1, Err: chain(ErrInvalidRules, "else", err)}
		}
		f := Factor{Fact: fj.Fact, Op: fj.Op, Else: el}
		for j, s := range fj.Steps {
			l, err := w.Scale.Parse(s.Level)
			if err != nil {
				return &RuleError{Fact: fj.Fact, Step: j, Err: chain(ErrInvalidRules, "", err)}
			}
			f.Steps = append(f.Steps, Step{Value: s.Value, Level: l})
		}
		fs[k] = f
	}
	n, err := NewRules(w.Scale, fs...)
	if err != nil {
		return err
	}
	*r = *n
	return nil
}

type overrideJSON struct {
	Kind  OverrideKind `json:"kind"`
	Level string       `json:"level,omitempty"`
	Actor string       `json:"actor,omitempty"`
	Note  string       `json:"note,omitempty"`
}

// MarshalJSON encodes the override with its level by name:
// {"kind":"manual","level":"Low","actor":"alice","note":"duplicate"}.
func (o Override) MarshalJSON() ([]byte, error) {
	w := overrideJSON{Kind: o.Kind, Actor: o.Actor, Note: o.Note, Level: o.label}
	if o.Level.IsValid() {
		w.Level = o.Level.Name()
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes an override. The level stays a label until the
// override is resolved against a priority scale (by [Apply], [Evaluate] or
// [Override.Resolve]), because a level's meaning depends on its scale.
func (o *Override) UnmarshalJSON(data []byte) error {
	var w overrideJSON
	if err := decodeStrict(data, &w); err != nil {
		return err
	}
	if len(w.Level) > maxLabelLen {
		return fmt.Errorf("%w: level label too long", ErrInvalidOverride)
	}
	*o = Override{Kind: w.Kind, Actor: w.Actor, Note: w.Note, label: w.Level}
	return nil
}

// MarshalJSON encodes an applied override: the override's fields plus
// "before" and "after" level names.
func (a Applied) MarshalJSON() ([]byte, error) {
	o, err := a.Override.MarshalJSON()
	if err != nil {
		return nil, err
	}
	ba, err := json.Marshal(struct {
		Before string `json:"before"`
		After  string `json:"after"`
	}{a.Before.Name(), a.After.Name()})
	if err != nil {
		return nil, err
	}
	// Splice {"kind":…} and {"before":…} into one object.
	out := append(o[:len(o)-1:len(o)-1], ',')
	return append(out, ba[1:]...), nil
}

// MarshalJSON encodes the result for logs and audit trails:
// {"computed":"Moderate","effective":"High","overrides":[…]}. Results are
// not decoded: recompute them from the model and the stored overrides with
// [Evaluate], which is what keeps computed and effective honest.
func (r Result) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Computed  string    `json:"computed"`
		Effective string    `json:"effective"`
		Overrides []Applied `json:"overrides,omitempty"`
	}{r.computed.Name(), r.effective.Name(), r.applied})
}
