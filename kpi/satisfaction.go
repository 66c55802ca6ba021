package kpi

import (
	"fmt"
	"math"
	"strconv"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Scale is an integer rating scale [Min, Max], e.g. 1–5 for CSAT, 1–7 for
// CES, 0–10 for NPS. Ratings outside it are errors.
type Scale struct {
	Min int `json:"min"` // lowest valid rating
	Max int `json:"max"` // highest valid rating
}

// Validate requires Min < Max and a span of at most 1000 points.
func (s Scale) Validate() error {
	// The span is computed unsigned (exact once Min < Max): Max − Min in
	// int overflows for extreme bounds and then looked small.
	if s.Min >= s.Max || uint(s.Max)-uint(s.Min) > 1000 {
		return &ValueError{What: "scale", Value: fmt.Sprintf("%d–%d", s.Min, s.Max), Err: ErrInvalidConfig}
	}
	return nil
}

func (s Scale) check(r int) error {
	if r < s.Min || r > s.Max {
		return &ValueError{What: fmt.Sprintf("rating on scale %d–%d", s.Min, s.Max), Value: strconv.Itoa(r), Err: ErrOutOfRange}
	}
	return nil
}

// CSATConfig defines customer satisfaction: the share of ratings at or
// above SatisfiedFrom on Scale. The default ([DefaultCSAT]) is the usual
// "share of 4 and 5 on a 1–5 scale".
type CSATConfig struct {
	Scale         Scale `json:"scale"`         // valid ratings
	SatisfiedFrom int   `json:"satisfiedFrom"` // ratings ≥ this count as satisfied
}

// DefaultCSAT is 1–5 with 4 and 5 counting as satisfied.
func DefaultCSAT() CSATConfig { return CSATConfig{Scale: Scale{1, 5}, SatisfiedFrom: 4} }

// Validate checks the scale and that SatisfiedFrom lies on it.
func (c CSATConfig) Validate() error {
	if err := c.Scale.Validate(); err != nil {
		return err
	}
	if c.SatisfiedFrom < c.Scale.Min || c.SatisfiedFrom > c.Scale.Max {
		return &ValueError{What: "CSAT satisfied threshold", Value: strconv.Itoa(c.SatisfiedFrom), Err: ErrInvalidConfig}
	}
	return nil
}

// UnmarshalJSON decodes strictly (unknown keys and trailing data are an
// error) and validates.
func (c *CSATConfig) UnmarshalJSON(b []byte) error {
	type plain CSATConfig
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "CSAT config"); err != nil {
		return err
	}
	if err := CSATConfig(p).Validate(); err != nil {
		return err
	}
	*c = CSATConfig(p)
	return nil
}

// CSAT accumulates satisfaction ratings. Create it with [NewCSAT]; the zero
// value uses [DefaultCSAT]. It is a commutative monoid for one configuration;
// Add does not allocate.
type CSAT struct {
	cfg       CSATConfig
	set       bool
	Total     int64 // ratings recorded
	Satisfied int64 // ratings ≥ SatisfiedFrom
	Sum       int64 // sum of ratings, for the average
}

// NewCSAT returns an empty accumulator for a validated configuration.
func NewCSAT(cfg CSATConfig) (CSAT, error) {
	if err := cfg.Validate(); err != nil {
		return CSAT{}, err
	}
	return CSAT{cfg: cfg, set: true}, nil
}

// Config returns the configuration in use.
func (c *CSAT) Config() CSATConfig {
	if !c.set {
		return DefaultCSAT()
	}
	return c.cfg
}

// Add records one rating; outside the scale is an error wrapping
// [ErrOutOfRange], a count or sum beyond int64 one wrapping [ErrOverflow]
// (the rating is not recorded).
func (c *CSAT) Add(rating int) error {
	cfg := c.Config()
	if err := cfg.Scale.check(rating); err != nil {
		return err
	}
	var sat int64
	if rating >= cfg.SatisfiedFrom {
		sat = 1
	}
	return c.add(1, sat, int64(rating))
}

// add adds the counts if all three sums fit, else returns ErrOverflow.
func (c *CSAT) add(total, satisfied, sum int64) error {
	t, ok1 := addInt64(c.Total, total)
	s, ok2 := addInt64(c.Satisfied, satisfied)
	u, ok3 := addInt64(c.Sum, sum)
	if !ok1 || !ok2 || !ok3 {
		return fmt.Errorf("%w: CSAT counts %d/%d, sum %d, adding %d/%d, %d", ErrOverflow, c.Satisfied, c.Total, c.Sum, satisfied, total, sum)
	}
	c.Total, c.Satisfied, c.Sum = t, s, u
	return nil
}

// Merge adds o (same configuration, else [ErrMismatch]) into c; counts or
// sums beyond int64 are an error wrapping [ErrOverflow] (c is unchanged on
// error). The zero value is the identity on either side: merged into, it
// takes o's configuration; merged from, it changes nothing.
func (c *CSAT) Merge(o CSAT) error {
	if o == (CSAT{}) {
		return nil
	}
	if *c == (CSAT{}) {
		*c = o
		return nil
	}
	if c.Config() != o.Config() {
		return &ValueError{What: "CSAT merge", Value: fmt.Sprint(o.Config()), Err: ErrMismatch}
	}
	return c.add(o.Total, o.Satisfied, o.Sum)
}

// Score returns Satisfied / Total (as a percentage via [Ratio.Percent]).
func (c CSAT) Score() Ratio { return Ratio{c.Satisfied, c.Total} }

// Average returns the mean rating Sum / Total.
func (c CSAT) Average() Ratio { return Ratio{c.Sum, c.Total} }

// NPS accumulates Net Promoter Score answers on the fixed 0–10 scale:
// promoters answer 9–10, passives 7–8, detractors 0–6. It is a commutative
// monoid; the zero value is empty.
type NPS struct {
	Promoters  int64 // answers 9–10
	Passives   int64 // answers 7–8
	Detractors int64 // answers 0–6
}

// Add records one answer; outside 0–10 is an error wrapping
// [ErrOutOfRange], a count beyond math.MaxInt64 one wrapping [ErrOverflow]
// (the answer is not recorded).
func (n *NPS) Add(rating int) error {
	if err := (Scale{0, 10}).check(rating); err != nil {
		return err
	}
	p := &n.Detractors
	switch {
	case rating >= 9:
		p = &n.Promoters
	case rating >= 7:
		p = &n.Passives
	}
	v, ok := addInt64(*p, 1)
	if !ok {
		return fmt.Errorf("%w: more than %d NPS answers in one group", ErrOverflow, int64(math.MaxInt64))
	}
	*p = v
	return nil
}

// Merge adds o into n. Counts saturate at the int64 range instead of
// wrapping around (only hand-set fields can get there).
func (n *NPS) Merge(o NPS) {
	n.Promoters = satAdd(n.Promoters, o.Promoters)
	n.Passives = satAdd(n.Passives, o.Passives)
	n.Detractors = satAdd(n.Detractors, o.Detractors)
}

// Total returns the number of answers, saturated at math.MaxInt64.
func (n NPS) Total() int64 { return satAdd(satAdd(n.Promoters, n.Passives), n.Detractors) }

// Ratio returns (Promoters − Detractors) / Total; its [Ratio.Percent] is the
// NPS, in [−100, 100]. Both saturate at the int64 range (only hand-set
// fields can get there).
func (n NPS) Ratio() Ratio { return Ratio{satSub(n.Promoters, n.Detractors), n.Total()} }

// Score returns the NPS rounded half to even at places (e.g. 0 for the
// usual whole number); ok is false with no answers.
func (n NPS) Score(places int32) (decimal.Decimal, bool) { return n.Ratio().Percent(places) }

// DefaultCES is the common 1–7 Customer Effort Score scale.
func DefaultCES() Scale { return Scale{1, 7} }

// CES accumulates Customer Effort Score answers; the score is the average
// answer. Create with [NewCES]; the zero value uses [DefaultCES]. A
// commutative monoid for one scale.
type CES struct {
	scale Scale
	set   bool
	Total int64 // answers recorded
	Sum   int64 // sum of answers
}

// NewCES returns an empty accumulator on a validated scale.
func NewCES(s Scale) (CES, error) {
	if err := s.Validate(); err != nil {
		return CES{}, err
	}
	return CES{scale: s, set: true}, nil
}

// Scale returns the scale in use.
func (c *CES) Scale() Scale {
	if !c.set {
		return DefaultCES()
	}
	return c.scale
}

// Add records one answer; outside the scale is an error ([ErrOutOfRange]),
// as is a count or sum beyond int64 ([ErrOverflow]; not recorded).
func (c *CES) Add(rating int) error {
	if err := c.Scale().check(rating); err != nil {
		return err
	}
	return c.add(1, int64(rating))
}

// add adds the counts if both sums fit, else returns ErrOverflow.
func (c *CES) add(total, sum int64) error {
	t, ok1 := addInt64(c.Total, total)
	s, ok2 := addInt64(c.Sum, sum)
	if !ok1 || !ok2 {
		return fmt.Errorf("%w: CES count %d, sum %d, adding %d, %d", ErrOverflow, c.Total, c.Sum, total, sum)
	}
	c.Total, c.Sum = t, s
	return nil
}

// Merge adds o (same scale, else [ErrMismatch]) into c; a count or sum
// beyond int64 is an error wrapping [ErrOverflow] (c is unchanged on
// error). The zero value is the identity on either side, as for
// [CSAT.Merge].
func (c *CES) Merge(o CES) error {
	if o == (CES{}) {
		return nil
	}
	if *c == (CES{}) {
		*c = o
		return nil
	}
	if c.Scale() != o.Scale() {
		return &ValueError{What: "CES merge", Value: fmt.Sprint(o.Scale()), Err: ErrMismatch}
	}
	return c.add(o.Total, o.Sum)
}

// Average returns Sum / Total; use [Ratio.RateAt] to print it.
func (c CES) Average() Ratio { return Ratio{c.Sum, c.Total} }
