package change

import (
	"encoding/json"
	"slices"
	"strconv"
)

// combinator is a model built from other models (highest or first match).
type combinator struct {
	kind   string // kindHighest or kindFirstMatch
	name   string
	models []Model
	def    Level // first match only
}

// NewHighest returns a model whose level is the highest of its parts'
// (ServiceNow combines risk conditions and the assessment this way); parts
// that do not decide (None) are ignored, and the first of equal highest
// parts is the one named as decisive. It is [Monotone] when every part is.
// Its JSON is {"kind": "highest", "name": …, "models": [parts' JSON]}.
func NewHighest(name string, models ...Model) (Model, error) {
	return newCombinator(kindHighest, name, None, models)
}

// NewFirstMatch returns a model whose level is that of the first part that
// decides (level not None); if none does, def (which may be None). Its JSON
// is {"kind": "first_match", "name": …, "default": …, "models": [parts' JSON]}.
func NewFirstMatch(name string, def Level, models ...Model) (Model, error) {
	if def != None {
		if err := checkLevel(modelLabel(kindFirstMatch, name)+" default", def); err != nil {
			return nil, err
		}
	}
	return newCombinator(kindFirstMatch, name, def, models)
}

func newCombinator(kind, name string, def Level, models []Model) (*combinator, error) {
	where := modelLabel(kind, name)
	if len(models) == 0 {
		return nil, errf(ErrModel, where, "", "has no models")
	}
	for i, m := range models {
		if isNilModel(m) {
			return nil, errf(ErrModel, where, "", "model "+strconv.Itoa(i+1)+" is nil")
		}
	}
	return &combinator{kind: kind, name: name, models: slices.Clone(models), def: def}, nil
}

// Name returns the configured name.
func (c *combinator) Name() string {
	if c == nil {
		return ""
	}
	return c.name
}

// Assess runs the parts in order (first match stops at the first decision)
// and explains with their results as Parts. An error of any part it runs is
// returned.
func (c *combinator) Assess(in Input) (Result, error) {
	if c == nil || c.kind == "" {
		return Result{}, errf(ErrModel, "combinator", "", "is not built by NewHighest or NewFirstMatch")
	}
	res := Result{Model: modelLabel(c.kind, c.name), Parts: make([]Result, 0, len(c.models))}
	best := -1
	for i, m := range c.models {
		r, err := m.Assess(in)
		if err != nil {
			return Result{}, err
		}
		res.Parts = append(res.Parts, r)
		if r.Level == None {
			continue
		}
		if c.kind == kindFirstMatch {
			best = i
			break
		}
		if best < 0 || r.Level > res.Parts[best].Level {
			best = i
		}
	}
	switch {
	case best >= 0:
		res.Level = res.Parts[best].Level
		if c.kind == kindFirstMatch {
			res.Decided = "first deciding part: " + res.Parts[best].Model
		} else {
			res.Decided = "highest part: " + res.Parts[best].Model
		}
	case c.def != None:
		res.Level = c.def
		res.Decided = "no part decided: default " + c.def.String()
	default:
		res.Decided = "no part decided"
	}
	return res, nil
}

type combinatorJSON struct {
	Kind    string            `json:"kind"`
	Name    string            `json:"name,omitempty"`
	Default Level             `json:"default,omitzero"`
	Models  []json.RawMessage `json:"models"`
}

// MarshalJSON encodes the combinator with each part's own JSON (parts must
// marshal with a "kind" this package knows for DecodeModel to read them
// back).
func (c *combinator) MarshalJSON() ([]byte, error) {
	if c == nil || c.kind == "" {
		return nil, errf(ErrModel, "combinator", "", "is not built by NewHighest or NewFirstMatch")
	}
	w := combinatorJSON{Kind: c.kind, Name: c.name, Default: c.def, Models: make([]json.RawMessage, len(c.models))}
	for i, m := range c.models {
		b, err := json.Marshal(m)
		if err != nil {
			return nil, err
		}
		w.Models[i] = b
	}
	return json.Marshal(w)
}

func decodeCombinator(data []byte, depth int) (*combinator, error) {
	var w combinatorJSON
	if err := decodeStrict(ErrModel, "combinator", data, &w); err != nil {
		return nil, err
	}
	models := make([]Model, len(w.Models))
	for i, raw := range w.Models {
		m, err := decodeModel(raw, depth+1)
		if err != nil {
			return nil, err
		}
		models[i] = m
	}
	if w.Kind == kindHighest {
		if w.Default != None {
			return nil, errf(ErrModel, modelLabel(kindHighest, w.Name)+" default", w.Default.String(), "highest takes no default")
		}
		return newCombinator(kindHighest, w.Name, None, models)
	}
	if w.Default != None {
		if err := checkLevel(modelLabel(kindFirstMatch, w.Name)+" default", w.Default); err != nil {
			return nil, err
		}
	}
	return newCombinator(kindFirstMatch, w.Name, w.Default, models)
}
