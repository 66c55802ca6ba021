package change

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
)

// Combinator is a model built from other models (highest or first match).
// Construct it with [NewHighest] or [NewFirstMatch].
type Combinator struct {
	kind   string // KindHighest or KindFirstMatch
	name   string
	models []Model
	def    Level // FirstMatch only
}

// NewHighest returns a model whose level is the highest of its parts'
// (ServiceNow combines risk conditions and the assessment this way); parts
// that do not decide (None) are ignored, and the first of equal highest
// parts is the one named as decisive. It is monotone when every part is.
func NewHighest(name string, models ...Model) (*Combinator, error) {
	return newCombinator(KindHighest, name, None, models)
}

// NewFirstMatch returns a model whose level is that of the first part that
// decides (level not None); if none does, def (which may be None).
func NewFirstMatch(name string, def Level, models ...Model) (*Combinator, error) {
	if def != None {
		if err := checkLevel(modelLabel(KindFirstMatch, name)+" default", def); err != nil {
			return nil, err
		}
	}
	return newCombinator(KindFirstMatch, name, def, models)
}

func newCombinator(kind, name string, def Level, models []Model) (*Combinator, error) {
	where := modelLabel(kind, name)
	if len(models) == 0 {
		return nil, errf(ErrModel, where, "", "has no models")
	}
	for i, m := range models {
		if m == nil || isNilPointer(m) {
			return nil, errf(ErrModel, where, "", "model "+strconv.Itoa(i+1)+" is nil")
		}
		if c, ok := m.(*Combinator); ok && c.kind == "" {
			return nil, errf(ErrModel, where, "", "model "+strconv.Itoa(i+1)+" is a zero Combinator")
		}
	}
	return &Combinator{kind: kind, name: name, models: slices.Clone(models), def: def}, nil
}

// isNilPointer reports whether m is a typed nil pointer (a nil
// *Questionnaire in a Model interface is not == nil, yet has no model).
func isNilPointer(m Model) bool {
	v := reflect.ValueOf(m)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// Name returns the configured name.
func (c *Combinator) Name() string {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	return c.name
}

// Kind returns KindHighest or KindFirstMatch.
func (c *Combinator) Kind() string {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	return c.kind
}

// Models returns a copy of the parts.
func (c *Combinator) Models() []Model {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	return slices.Clone(c.models)
}

// Default returns the FirstMatch default level (None for Highest).
func (c *Combinator) Default() Level {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	return c.def
}

// Assess runs the parts in order (FirstMatch stops at the first decision)
// and explains with their results as Parts. An error of any part it runs is
// returned.
func (c *Combinator) Assess(in Input) (Result, error) {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	where := modelLabel(c.kind, c.name)
	if c.kind == "" {
		return Result{}, errf(ErrModel, where, "", "is the zero Combinator; use NewHighest or NewFirstMatch")
	}
	res := Result{Model: where, Parts: make([]Result, 0, len(c.models))}
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
		if c.kind == KindFirstMatch {
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
		if c.kind == KindFirstMatch {
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

// MarshalJSON encodes {"kind":"highest"|"first-match","name":…,"models":[…]}
// with each part's own JSON (parts must marshal with a "kind" this package
// knows for [DecodeModel] to read them back).
func (c *Combinator) MarshalJSON() ([]byte, error) {
	if c == nil {
		c = new(Combinator) // a nil Combinator behaves as the zero value
	}
	if c.kind == "" {
		return nil, errf(ErrModel, "combinator", "", "zero Combinator cannot be encoded")
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

// UnmarshalJSON decodes and validates a combinator and its parts.
func (c *Combinator) UnmarshalJSON(data []byte) error {
	m, err := decodeCombinator(data, 0)
	if err != nil {
		return err
	}
	*c = *m
	return nil
}

func decodeCombinator(data []byte, depth int) (*Combinator, error) {
	var w combinatorJSON
	if err := unmarshalStrict(data, &w); err != nil {
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
	switch w.Kind {
	case KindHighest:
		if w.Default != None {
			return nil, errf(ErrModel, modelLabel(KindHighest, w.Name), w.Default.String(), "highest takes no default")
		}
		return NewHighest(w.Name, models...)
	case KindFirstMatch:
		return NewFirstMatch(w.Name, w.Default, models...)
	}
	return nil, errf(ErrModel, "combinator", w.Kind, "is not highest or first-match")
}
