package priority

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// JSON forms. Keys are lower snake_case; levels are written by name
// ("Critical") and read with [Scale.Parse], so "1 - Critical" and "1" are
// accepted too. Unknown, duplicate and case-variant keys are rejected: a
// misspelt key in a configuration file is an error, not a silent default.
// Decoding validates exactly as the constructors do.

// errDecodeInto is returned when JSON is decoded into a value already in
// use (or a nil pointer): scales, matrices and rules are immutable once
// built (other values and levels point to them), so they are only decoded
// into new, zero values.
func errDecodeInto(what string) error {
	return newError(what, "", wrapf(ErrInvalidJSON, "decode into a new, zero %s: a built %s is immutable", what, what))
}

// decodeStrict decodes data into v (a value of what: "scale", "matrix", …)
// rejecting unknown, duplicate and case-variant keys and trailing data.
// An error of this package (from a nested decoder or an enum) already says
// what is wrong and is returned as is; any other is JSON that does not
// parse and is wrapped in [ErrInvalidJSON].
func decodeStrict(what string, data []byte, v any) error {
	err := strictjson.Decode(data, v)
	if err == nil {
		return nil
	}
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "priority" {
		return err
	}
	return newError(what, "", fmt.Errorf("%w: %w", ErrInvalidJSON, err))
}

type scaleJSON struct {
	Name      string              `json:"name,omitempty"`
	Direction Direction           `json:"direction"`
	Levels    []string            `json:"levels"`
	Aliases   map[string][]string `json:"aliases,omitempty"` // level name → aliases
}

// MarshalJSON encodes the scale as
// {"name":"urgency","direction":"highest_first","levels":["High","Medium","Low"]},
// with "aliases":{"Medium":["Normal"]} when it has aliases.
func (s *Scale) MarshalJSON() ([]byte, error) {
	if s.len() == 0 {
		return nil, newError("scale", "", wrapf(ErrInvalidScale, "nil or empty scale"))
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
	if s == nil || s.len() != 0 {
		return errDecodeInto("scale")
	}
	var w scaleJSON
	if err := decodeStrict("scale", data, &w); err != nil {
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

type weightJSON struct {
	Level  string `json:"level"`
	Weight int    `json:"weight"`
}

type bandJSON struct {
	Priority string `json:"priority"`
	From     int    `json:"from"`
	To       int    `json:"to"`
}

// matrixJSON is both forms of a matrix: cells for "matrix", weights and
// bands for "additive".
type matrixJSON struct {
	Kind           string       `json:"kind"`
	Impact         *Scale       `json:"impact"`
	Urgency        *Scale       `json:"urgency"`
	Priority       *Scale       `json:"priority"`
	Cells          [][]string   `json:"cells,omitempty"`
	ImpactWeights  []weightJSON `json:"impact_weights,omitempty"`
	UrgencyWeights []weightJSON `json:"urgency_weights,omitempty"`
	Bands          []bandJSON   `json:"bands,omitempty"`
}

// The values of a matrix's "kind".
const (
	kindMatrix   = "matrix"
	kindAdditive = "additive"
)

// MarshalJSON encodes the matrix with its three scales and its cells by
// priority name, rows in impact number order and columns in urgency number
// order:
//
//	{"kind":"matrix","impact":{…},"urgency":{…},"priority":{…},
//	 "cells":[["Critical","High","Moderate"],…]}
//
// A model built by [NewAdditive] is encoded with its weights by level name
// and its half-open bands by priority name instead of cells:
//
//	{"kind":"additive","impact":{…},"urgency":{…},"priority":{…},
//	 "impact_weights":[{"level":"Extensive","weight":9},…],
//	 "urgency_weights":[…],
//	 "bands":[{"priority":"Low","from":0,"to":10},…]}
func (m *Matrix) MarshalJSON() ([]byte, error) {
	if !m.valid() {
		return nil, nilMatrix()
	}
	w := matrixJSON{Kind: kindMatrix, Impact: m.impact, Urgency: m.urgency, Priority: m.priority}
	a := m.add
	if a == nil {
		w.Cells = m.Rows()
		return json.Marshal(w)
	}
	w.Kind = kindAdditive
	for i, x := range a.iw {
		w.ImpactWeights = append(w.ImpactWeights, weightJSON{m.impact.levels[i], x})
	}
	for i, x := range a.uw {
		w.UrgencyWeights = append(w.UrgencyWeights, weightJSON{m.urgency.levels[i], x})
	}
	for _, b := range a.bands {
		w.Bands = append(w.Bands, bandJSON{b.Priority.Name(), b.From, b.To})
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes and validates either form (see [NewMatrix] and
// [NewAdditive]) by its "kind", "matrix" or "additive"; without a kind, a
// value with weights or bands is additive, any other a matrix. Keys of the
// other form are an error. An additive model needs exactly one weight per
// level, in any order. It only decodes into a new, zero Matrix.
func (m *Matrix) UnmarshalJSON(data []byte) error {
	if m == nil || m.valid() {
		return errDecodeInto("matrix")
	}
	var w matrixJSON
	if err := decodeStrict("matrix", data, &w); err != nil {
		return err
	}
	additiveKeys := w.ImpactWeights != nil || w.UrgencyWeights != nil || w.Bands != nil
	kind := w.Kind
	if kind == "" {
		kind = kindMatrix
		if additiveKeys {
			kind = kindAdditive
		}
	}
	var n *Matrix
	var err error
	switch kind {
	case kindMatrix:
		if additiveKeys {
			return newError("matrix", "", wrapf(ErrInvalidJSON, `"impact_weights", "urgency_weights" and "bands" belong to kind "additive"`))
		}
		n, err = NewMatrix(w.Impact, w.Urgency, w.Priority, w.Cells)
	case kindAdditive:
		if w.Cells != nil {
			return newError("matrix", "", wrapf(ErrInvalidJSON, `"cells" belong to kind "matrix"`))
		}
		n, err = additiveFromJSON(&w)
	default:
		e := newError("matrix kind", w.Kind, ErrInvalidJSON)
		e.Valid = []string{kindMatrix, kindAdditive}
		return e
	}
	if err != nil {
		return err
	}
	*m = *n
	return nil
}

func additiveFromJSON(w *matrixJSON) (*Matrix, error) {
	if err := checkScales(w.Impact, w.Urgency, w.Priority); err != nil {
		return nil, err
	}
	iw, err := weightsFromJSON("impact", w.Impact, w.ImpactWeights)
	if err != nil {
		return nil, err
	}
	uw, err := weightsFromJSON("urgency", w.Urgency, w.UrgencyWeights)
	if err != nil {
		return nil, err
	}
	bands := make([]Band, len(w.Bands))
	for k, b := range w.Bands {
		l, err := w.Priority.Parse(b.Priority)
		if err != nil {
			return nil, newError("band "+strconv.Itoa(k+1), "", chain(errInvalidBand, "", err))
		}
		bands[k] = Band{Priority: l, From: b.From, To: b.To}
	}
	return NewAdditive(w.Impact, w.Urgency, w.Priority, iw, uw, bands)
}

func weightsFromJSON(axis string, s *Scale, ws []weightJSON) ([]int, error) {
	out := make([]int, s.len())
	seen := make([]bool, s.len())
	for _, w := range ws {
		l, err := s.Parse(w.Level)
		if err != nil {
			return nil, newError(axis+" weights", "", chain(errInvalidWeights, "", err))
		}
		if seen[l.i] {
			return nil, newError(axis+" "+strconv.Quote(l.String()), "", wrapf(errInvalidWeights, "two weights"))
		}
		seen[l.i], out[l.i] = true, w.Weight
	}
	for i, ok := range seen {
		if !ok {
			return nil, newError(axis+" "+strconv.Quote(Level{s: s, i: uint8(i)}.String()), "", wrapf(errInvalidWeights, "no weight"))
		}
	}
	return out, nil
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

// MarshalJSON encodes the rules with their scale and levels by name (see
// [Rules]).
func (r *Rules) MarshalJSON() ([]byte, error) {
	if r == nil || r.scale == nil {
		return nil, newError("rules", "", wrapf(ErrInvalidRules, "nil or zero rules"))
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
	if r == nil || r.scale != nil {
		return errDecodeInto("rules")
	}
	var w rulesJSON
	if err := decodeStrict("rules", data, &w); err != nil {
		return err
	}
	if w.Scale.len() == 0 {
		return newError("rules scale", "", wrapf(ErrInvalidScale, "missing"))
	}
	fs := make([]Factor, len(w.Factors))
	for k, fj := range w.Factors {
		el, err := w.Scale.Parse(fj.Else)
		if err != nil {
			return newError(ruleContext(fj.Fact, -1), "", chain(ErrInvalidRules, "else", err))
		}
		f := Factor{Fact: fj.Fact, Op: fj.Op, Else: el}
		for j, s := range fj.Steps {
			l, err := w.Scale.Parse(s.Level)
			if err != nil {
				return newError(ruleContext(fj.Fact, j), "", chain(ErrInvalidRules, "", err))
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

// MarshalJSON encodes the override with its level by name (see
// [Override]).
func (o Override) MarshalJSON() ([]byte, error) {
	w := overrideJSON{Kind: o.Kind, Actor: o.Actor, Note: o.Note, Level: o.label}
	if o.Level.isValid() {
		w.Level = o.Level.Name()
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes an override. The level stays a label until the
// override is applied ([Apply], [Evaluate]), which resolves it against the
// priority scale, because a level's meaning depends on its scale.
func (o *Override) UnmarshalJSON(data []byte) error {
	if o == nil {
		return errDecodeInto("override")
	}
	var w overrideJSON
	if err := decodeStrict("override", data, &w); err != nil {
		return err
	}
	if len(w.Level) > maxLabelLen {
		return newError("override level", truncate(w.Level), wrapf(ErrInvalidOverride, "label longer than %d bytes", maxLabelLen))
	}
	*o = Override{Kind: w.Kind, Actor: w.Actor, Note: w.Note, label: w.Level}
	return nil
}
