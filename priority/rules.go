package priority

import (
	"slices"
	"strconv"
	"strings"

	"github.com/itsmkit/itsm/internal/enum"
)

// Op says how a [Factor] compares a fact with its thresholds. Its text
// form (String, JSON) is the lower snake_case name beside each constant.
type Op uint8

const (
	// AtLeast ("at_least"): larger values are more severe ("users ≥ 1000 →
	// High"). Thresholds must be strictly decreasing.
	AtLeast Op = iota + 1
	// AtMost ("at_most"): smaller values are more severe ("tier ≤ 1 →
	// High"). Thresholds must be strictly increasing.
	AtMost
)

var opNames = enum.New[Op]("priority", "op", ErrInvalidRules,
	AtLeast, "at_least",
	AtMost, "at_most")

// String returns the text form: "at_least" or "at_most".
func (o Op) String() string { return enumText(opNames, "Op", o) }

// MarshalText returns the text form; an undeclared Op is an error.
func (o Op) MarshalText() ([]byte, error) { return opNames.Marshal(o) }

// UnmarshalText parses the text form exactly; any other spelling is an
// error wrapping [ErrInvalidRules] that lists the valid ones.
func (o *Op) UnmarshalText(b []byte) error {
	v, err := opNames.Parse(string(b))
	if err != nil {
		return err
	}
	if o == nil {
		return newError("op", string(b), wrapf(ErrInvalidJSON, "decode into a nil *Op"))
	}
	*o = v
	return nil
}

func (o Op) symbol() string {
	if o == AtMost {
		return "≤"
	}
	return "≥"
}

// Step is one threshold of a [Factor]: facts at or beyond Value (in the
// factor's Op direction) get Level.
type Step struct {
	Value int64 `json:"value"`
	Level Level `json:"level"`
}

// Factor derives a level from one fact by thresholds, first match wins, with
// Else for every value no threshold matches. For example users affected:
//
//	Factor{Fact: "users", Op: AtLeast, Steps: []Step{{1000, high}, {50, medium}}, Else: low}
//
// reads "users ≥ 1000 → High; ≥ 50 → Medium; else Low".
type Factor struct {
	Fact  string `json:"fact"`
	Op    Op     `json:"op"`
	Steps []Step `json:"steps,omitempty"`
	Else  Level  `json:"else"`
}

// String returns the factor in the form above.
func (f Factor) String() string {
	var b strings.Builder
	for k, s := range f.Steps {
		if k > 0 {
			b.WriteString("; ")
		}
		b.WriteString(f.Fact + " " + f.Op.symbol() + " " + strconv.FormatInt(s.Value, 10) + " → " + strconv.Quote(s.Level.String()))
	}
	if len(f.Steps) > 0 {
		b.WriteString("; ")
	}
	b.WriteString("else → " + strconv.Quote(f.Else.String()))
	return b.String()
}

// Rules derive a level of a scale — typically impact — from facts, since
// service desks rarely ask the caller "what is the impact?" but can count
// users affected and know the service's criticality. Each [Factor] maps one
// fact to a level; the result is the most severe level over all factors
// (the worst fact decides).
//
// Rules are validated at construction: every factor names a fact (each fact
// once), thresholds are strictly ordered in the Op's direction (no rule
// shadowed by an earlier one), levels never rise as the thresholds weaken
// (more users never means less impact), and Else covers every remaining
// value and is no more severe than the last step. Rules are immutable and
// safe for concurrent use; a nil or zero Rules is invalid.
//
// In JSON, rules are
//
//	{"scale":{…},"factors":[{"fact":"users","op":"at_least",
//	 "steps":[{"value":1000,"level":"High"},{"value":50,"level":"Medium"}],"else":"Low"}]}
//
// with levels by name or label (see [Scale.Parse]).
type Rules struct {
	scale   *Scale
	factors []Factor
}

// NewRules validates factors against scale and returns the rules. Errors
// wrap [ErrInvalidRules] (or [ErrScaleMismatch] for a level of another
// scale) and name the fact and step.
func NewRules(scale *Scale, factors ...Factor) (*Rules, error) {
	if scale.len() == 0 {
		return nil, newError("rules scale", "", wrapf(ErrInvalidScale, "nil or empty scale"))
	}
	if len(factors) == 0 {
		return nil, newError("rules", "", wrapf(ErrInvalidRules, "no factors"))
	}
	r := &Rules{scale: scale, factors: make([]Factor, len(factors))}
	for k, f := range factors {
		bad := func(step int, format string, args ...any) error {
			return newError(ruleContext(f.Fact, step), "", wrapf(ErrInvalidRules, format, args...))
		}
		if f.Fact == "" || strings.TrimSpace(f.Fact) != f.Fact || len(f.Fact) > maxLabelLen {
			return nil, bad(-1, "fact name empty, too long or with surrounding spaces")
		}
		for _, g := range factors[:k] {
			if g.Fact == f.Fact {
				return nil, bad(-1, "fact has two factors")
			}
		}
		if _, ok := opNames.Name(f.Op); !ok {
			e := newError(ruleContext(f.Fact, -1)+" op", f.Op.String(), ErrInvalidRules)
			e.Valid = opNames.Valid()
			return nil, e
		}
		if !sameScale(scale, f.Else.s) {
			return nil, newError(ruleContext(f.Fact, -1), "", chain(ErrInvalidRules, "", mismatch("else", scale, f.Else)))
		}
		f.Else.s = scale
		steps := slices.Clone(f.Steps)
		for j, s := range steps {
			if !sameScale(scale, s.Level.s) {
				return nil, newError(ruleContext(f.Fact, j), "", chain(ErrInvalidRules, "", mismatch("threshold", scale, s.Level)))
			}
			steps[j].Level.s = scale
			if j == 0 {
				continue
			}
			p := steps[j-1]
			if (f.Op == AtLeast && s.Value >= p.Value) || (f.Op == AtMost && s.Value <= p.Value) {
				return nil, bad(j, "%s %d does not follow %s %d (thresholds must be strictly %s; this step could never match)",
					f.Op.symbol(), s.Value, f.Op.symbol(), p.Value, map[Op]string{AtLeast: "decreasing", AtMost: "increasing"}[f.Op])
			}
			if s.Level.Severity() > p.Level.Severity() {
				return nil, bad(j, "level %q is more severe than %q for a stronger threshold", s.Level.String(), p.Level.String())
			}
		}
		if n := len(steps); n > 0 && f.Else.Severity() > steps[n-1].Level.Severity() {
			return nil, bad(-1, "else level %q is more severe than the last step's %q", f.Else.String(), steps[n-1].Level.String())
		}
		f.Steps = steps
		r.factors[k] = f
	}
	return r, nil
}

// scaleOf returns the scale the rules derive levels of (nil for nil rules).
func (r *Rules) scaleOf() *Scale {
	if r == nil {
		return nil
	}
	return r.scale
}

// factorList returns the factors (a deep copy).
func (r *Rules) factorList() []Factor {
	if r == nil {
		return nil
	}
	out := slices.Clone(r.factors)
	for k := range out {
		out[k].Steps = slices.Clone(out[k].Steps)
	}
	return out
}

// FactorResult is how one factor contributed to a [Derivation].
type FactorResult struct {
	Fact  string `json:"fact"`
	Value int64  `json:"value"`
	Step  int    `json:"step"` // index of the matching step, -1 for Else
	Rule  string `json:"rule"` // e.g. "users ≥ 1000" or "else"
	Level Level  `json:"level"`
}

// Derivation is the result of [Rules.Derive]: the level and how each factor
// got there.
type Derivation struct {
	Level   Level          `json:"level"`   // the most severe factor level
	Decided string         `json:"decided"` // the fact that decided (the first with the most severe level)
	Factors []FactorResult `json:"factors"` // one per factor, in rule order
}

// String explains the derivation, e.g.
// `"1 High" from users: users = 1200 matched users ≥ 1000 → "1 High"; tier = 3 matched else → "3 Low"`.
func (d Derivation) String() string {
	var b strings.Builder
	b.WriteString(strconv.Quote(d.Level.String()) + " from " + d.Decided + ":")
	for k, f := range d.Factors {
		if k > 0 {
			b.WriteString(";")
		}
		b.WriteString(" " + f.Fact + " = " + strconv.FormatInt(f.Value, 10) + " matched " + f.Rule + " → " + strconv.Quote(f.Level.String()))
	}
	return b.String()
}

// Derive applies every factor to facts — the numbers a service desk knows
// about an incident, by name: "users" affected, the service's criticality
// "tier", "sites" down (category facts are numbered, tier 1, 2, 3, so
// thresholds can compare them) — and returns the most severe level with
// its explanation. A fact the rules need but facts lacks is an error
// wrapping [ErrMissingFact]; facts the rules do not use are ignored.
func (r *Rules) Derive(facts map[string]int64) (Derivation, error) {
	if r == nil || r.scale == nil {
		return Derivation{}, newError("rules", "", wrapf(ErrInvalidRules, "nil or zero rules; build them with NewRules"))
	}
	d := Derivation{Factors: make([]FactorResult, 0, len(r.factors))}
	for _, f := range r.factors {
		v, ok := facts[f.Fact]
		if !ok {
			return Derivation{}, newError(ruleContext(f.Fact, -1), "", ErrMissingFact)
		}
		res := FactorResult{Fact: f.Fact, Value: v, Step: -1, Rule: "else", Level: f.Else}
		for j, s := range f.Steps {
			if (f.Op == AtLeast && v >= s.Value) || (f.Op == AtMost && v <= s.Value) {
				res = FactorResult{Fact: f.Fact, Value: v, Step: j, Rule: f.Fact + " " + f.Op.symbol() + " " + strconv.FormatInt(s.Value, 10), Level: s.Level}
				break
			}
		}
		d.Factors = append(d.Factors, res)
		if !d.Level.isValid() || res.Level.Severity() > d.Level.Severity() {
			d.Level, d.Decided = res.Level, f.Fact
		}
	}
	return d, nil
}
