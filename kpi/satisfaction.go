package kpi

import (
	"fmt"
	"math"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Scale is an integer rating scale [Min, Max], e.g. 1–5 for CSAT, 1–7 for
// CES, 0–10 for NPS: Min < Max, at most 1000 points apart. Ratings outside
// it are errors.
type Scale struct {
	Min int `json:"min"` // lowest valid rating
	Max int `json:"max"` // highest valid rating
}

// validate requires Min < Max and a span of at most 1000 points.
func (s Scale) validate() error {
	// The span is computed unsigned (exact once Min < Max): Max − Min in
	// int overflows for extreme bounds and then looked small.
	if s.Min >= s.Max || uint(s.Max)-uint(s.Min) > 1000 {
		return errorf("scale", fmt.Sprintf("%d–%d", s.Min, s.Max), because(ErrInvalidConfig, "needs min < max, at most 1000 points apart"))
	}
	return nil
}

func (s Scale) check(r int) error {
	if r < s.Min || r > s.Max {
		return errorf(fmt.Sprintf("rating on scale %d–%d", s.Min, s.Max), strconv.Itoa(r), ErrOutOfRange)
	}
	return nil
}

// CSATConfig defines a rating survey: the valid ratings (Scale) and the
// ratings that count as satisfied (≥ SatisfiedFrom). [DefaultCSAT] is the
// usual customer satisfaction "share of 4 and 5 on a 1–5 scale";
// [DefaultCES] the customer effort score on 1–7. Its JSON form decodes
// strictly and validates: {"scale": {"min": 1, "max": 5},
// "satisfied_from": 4}.
type CSATConfig struct {
	Scale         Scale `json:"scale"`          // valid ratings
	SatisfiedFrom int   `json:"satisfied_from"` // ratings ≥ this count as satisfied
}

// DefaultCSAT is 1–5 with 4 and 5 counting as satisfied.
func DefaultCSAT() CSATConfig { return CSATConfig{Scale: Scale{1, 5}, SatisfiedFrom: 4} }

// DefaultCES is the Customer Effort Score of CES 2.0 ("The company made it
// easy for me to handle my issue", 1 = strongly disagree … 7 = strongly
// agree): its score is the average answer ([CSAT.Average]); answers 5–7
// (agree) count as satisfied, for the share of low-effort contacts
// ([CSAT.Score]).
func DefaultCES() CSATConfig { return CSATConfig{Scale: Scale{1, 7}, SatisfiedFrom: 5} }

// validate checks the scale and that SatisfiedFrom lies on it.
func (c CSATConfig) validate() error {
	if err := c.Scale.validate(); err != nil {
		return err
	}
	if c.SatisfiedFrom < c.Scale.Min || c.SatisfiedFrom > c.Scale.Max {
		return errorf("CSAT satisfied_from", strconv.Itoa(c.SatisfiedFrom), because(ErrInvalidConfig, "not on the scale"))
	}
	return nil
}

// UnmarshalJSON decodes strictly (unknown keys and trailing data are an
// error) and validates: the scale needs Min < Max, at most 1000 points
// apart, and SatisfiedFrom on it ([ErrInvalidConfig]).
func (c *CSATConfig) UnmarshalJSON(b []byte) error {
	type plain CSATConfig
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "CSAT config"); err != nil {
		return err
	}
	if err := CSATConfig(p).validate(); err != nil {
		return err
	}
	if c == nil {
		return errorf("CSAT config JSON", "", because(ErrInvalidConfig, "decoding into a nil *CSATConfig"))
	}
	*c = CSATConfig(p)
	return nil
}

// CSAT accumulates the ratings of one survey ([CSATConfig]): customer
// satisfaction (Score, the share of satisfied ratings) and customer effort
// (Average, on [DefaultCES]). Create it with [NewCSAT]; the zero value uses
// [DefaultCSAT]. It is a commutative monoid for one configuration; Add does
// not allocate. Methods on a nil *CSAT return an error.
type CSAT struct {
	cfg       CSATConfig
	set       bool
	Total     int64 `json:"total"`     // ratings recorded
	Satisfied int64 `json:"satisfied"` // ratings ≥ SatisfiedFrom
	Sum       int64 `json:"sum"`       // sum of ratings, for the average
}

// NewCSAT returns an empty accumulator for a configuration, which must have
// a scale with Min < Max, at most 1000 points apart, and SatisfiedFrom on
// it (else an error wrapping [ErrInvalidConfig]).
func NewCSAT(cfg CSATConfig) (CSAT, error) {
	if err := cfg.validate(); err != nil {
		return CSAT{}, err
	}
	return CSAT{cfg: cfg, set: true}, nil
}

// config returns the configuration in use.
func (c *CSAT) config() CSATConfig {
	if !c.set {
		return DefaultCSAT()
	}
	return c.cfg
}

// Add records one rating; outside the scale is an error wrapping
// [ErrOutOfRange], a count or sum beyond int64 one wrapping
// [itsm.ErrOverflow] (the rating is not recorded).
func (c *CSAT) Add(rating int) error {
	if c == nil {
		return errorf("CSAT", strconv.Itoa(rating), because(ErrInvalidConfig, "nil *CSAT"))
	}
	cfg := c.config()
	if err := cfg.Scale.check(rating); err != nil {
		return err
	}
	var sat int64
	if rating >= cfg.SatisfiedFrom {
		sat = 1
	}
	return c.add(1, sat, int64(rating))
}

// add adds the counts if all three sums fit, else returns an overflow error.
func (c *CSAT) add(total, satisfied, sum int64) error {
	t, ok1 := xmath.AddInt64(c.Total, total)
	s, ok2 := xmath.AddInt64(c.Satisfied, satisfied)
	u, ok3 := xmath.AddInt64(c.Sum, sum)
	if !ok1 || !ok2 || !ok3 {
		return overflowError("CSAT", fmt.Sprintf("counts %d/%d, sum %d, adding %d/%d, %d", c.Satisfied, c.Total, c.Sum, satisfied, total, sum))
	}
	c.Total, c.Satisfied, c.Sum = t, s, u
	return nil
}

// Merge adds o (same configuration, else [ErrMismatch]) into c; counts or
// sums beyond int64 are an error wrapping [itsm.ErrOverflow] (c is
// unchanged on error). The zero value is the identity on either side:
// merged into, it takes o's configuration; merged from, it changes nothing.
func (c *CSAT) Merge(o CSAT) error {
	if o == (CSAT{}) {
		return nil
	}
	if c == nil {
		return errorf("CSAT merge", "", because(ErrInvalidConfig, "nil *CSAT"))
	}
	if *c == (CSAT{}) {
		*c = o
		return nil
	}
	if c.config() != o.config() {
		return errorf("CSAT merge", fmt.Sprint(o.config()), because(ErrMismatch, "different configurations"))
	}
	return c.add(o.Total, o.Satisfied, o.Sum)
}

// Score returns Satisfied / Total: its Percent is the CSAT percentage.
func (c CSAT) Score() itsm.Ratio { return itsm.Ratio{Num: c.Satisfied, Den: c.Total} }

// Average returns the mean rating Sum / Total: the CES score on
// [DefaultCES] (print it with RateAt(2)).
func (c CSAT) Average() itsm.Ratio { return itsm.Ratio{Num: c.Sum, Den: c.Total} }

// NPS accumulates Net Promoter Score answers on the fixed 0–10 scale:
// promoters answer 9–10, passives 7–8, detractors 0–6. It is a commutative
// monoid; the zero value is empty. The NPS is Ratio().Percent(0), in
// [−100, 100]; the number of answers is Ratio().Den.
type NPS struct {
	Promoters  int64 `json:"promoters"`  // answers 9–10
	Passives   int64 `json:"passives"`   // answers 7–8
	Detractors int64 `json:"detractors"` // answers 0–6
}

// Add records one answer; outside 0–10 is an error wrapping
// [ErrOutOfRange], a count beyond math.MaxInt64 one wrapping
// [itsm.ErrOverflow] (the answer is not recorded), and so is any answer for
// a nil n.
func (n *NPS) Add(rating int) error {
	if n == nil {
		return errorf("NPS", strconv.Itoa(rating), because(ErrInvalidConfig, "nil *NPS"))
	}
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
	v, ok := xmath.AddInt64(*p, 1)
	if !ok {
		return overflowError("NPS", fmt.Sprintf("more than %d answers in one group", int64(math.MaxInt64)))
	}
	*p = v
	return nil
}

// Merge adds o into n (a nil n is left alone). Counts saturate at the
// int64 range instead of wrapping around (only hand-set fields can get
// there).
func (n *NPS) Merge(o NPS) {
	if n == nil {
		return
	}
	n.Promoters = satAdd(n.Promoters, o.Promoters)
	n.Passives = satAdd(n.Passives, o.Passives)
	n.Detractors = satAdd(n.Detractors, o.Detractors)
}

// Ratio returns (Promoters − Detractors) / (number of answers); its
// Percent is the NPS, in [−100, 100]. Both saturate at the int64 range
// (only hand-set fields can get there).
func (n NPS) Ratio() itsm.Ratio {
	total := satAdd(satAdd(n.Promoters, n.Passives), n.Detractors)
	return itsm.Ratio{Num: satSub(n.Promoters, n.Detractors), Den: total}
}
