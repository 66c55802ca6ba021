package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Compare says which side of a threshold a score equal to it falls on.
type Compare uint8

const (
	// GreaterThan (the default, ServiceNow's "score greater than"): a
	// threshold t with level L applies when score > t, so bands are
	// left-open, right-closed: (6, 10] → moderate.
	GreaterThan Compare = iota
	// AtLeast: a threshold t applies when score ≥ t; bands are [6, 10).
	AtLeast
)

// String returns "greater-than" or "at-least".
func (c Compare) String() string {
	if c == AtLeast {
		return "at-least"
	}
	if c == GreaterThan {
		return "greater-than"
	}
	return fmt.Sprintf("Compare(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler.
func (c Compare) MarshalText() ([]byte, error) {
	if c > AtLeast {
		return nil, errf(ErrBands, "compare", c.String(), "is not greater-than or at-least")
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Compare) UnmarshalText(b []byte) error {
	switch string(b) {
	case "greater-than", "":
		*c = GreaterThan
	case "at-least":
		*c = AtLeast
	default:
		return errf(ErrBands, "compare", string(b), "is not greater-than or at-least")
	}
	return nil
}

// Threshold raises the level to Level once the score passes Score.
type Threshold struct {
	Score decimal.Decimal `json:"score"`
	Level Level           `json:"level"`
}

// Bands maps a score to a risk level by ascending thresholds. The
// representation itself is the proof that bands partition the score line:
// a base level below the first threshold, then one band between each pair of
// consecutive thresholds, the last band unbounded above. There is nothing
// between bands and no two bands overlap; construction additionally demands
// strictly increasing thresholds and strictly increasing levels, so a higher
// score never yields a lower level.
//
// The zero Bands is invalid (its base level is [None]) and classifies every
// score as None; build Bands with [NewBands].
type Bands struct {
	compare    Compare
	base       Level
	thresholds []Threshold // immutable after construction
}

// maxExp bounds the decimal exponent of a threshold.
const maxExp = 20

// NewBands validates and returns bands: scores not past the first threshold
// get base; thresholds must be strictly increasing in both score and level,
// with every level above base.
func NewBands(cmp Compare, base Level, thresholds ...Threshold) (Bands, error) {
	if cmp > AtLeast {
		return Bands{}, errf(ErrBands, "bands", cmp.String(), "is not a comparison")
	}
	if !base.Valid() {
		return Bands{}, errf(ErrBands, "bands base", base.String(), "is not a valid risk level")
	}
	prev := base
	for i, t := range thresholds {
		where := fmt.Sprintf("bands threshold %d", i+1)
		if !t.Level.Valid() {
			return Bands{}, errf(ErrBands, where, t.Level.String(), "is not a valid risk level")
		}
		if e := t.Score.Exponent(); e < -maxExp || e > maxExp || t.Score.Coefficient().BitLen() > 128 {
			// Bounded so exact comparisons never build huge powers of ten.
			in := t.Score.Coefficient().String() + "e" + strconv.Itoa(int(e)) // String() would print every digit
			return Bands{}, errf(ErrBands, where, in, "is out of range (exponent within ±20, at most 38 digits)")
		}
		if t.Level <= prev {
			return Bands{}, errf(ErrBands, where, t.Level.String(),
				fmt.Sprintf("must be higher than the level below it (%s)", prev))
		}
		if i > 0 && t.Score.Cmp(thresholds[i-1].Score) <= 0 {
			return Bands{}, errf(ErrBands, where, t.Score.String(),
				fmt.Sprintf("must be greater than the previous threshold %s (bands would overlap or be empty)", thresholds[i-1].Score))
		}
		prev = t.Level
	}
	return Bands{compare: cmp, base: base, thresholds: slices.Clone(thresholds)}, nil
}

// MustBands is like [NewBands] but panics on error; for package-level
// presets built from constants only.
func MustBands(cmp Compare, base Level, thresholds ...Threshold) Bands {
	b, err := NewBands(cmp, base, thresholds...)
	if err != nil {
		panic(err)
	}
	return b
}

// IsZero reports whether b is the zero (invalid) Bands.
func (b Bands) IsZero() bool { return b.base == None }

// Compare returns the comparison rule.
func (b Bands) Compare() Compare { return b.compare }

// Base returns the level of scores below the first threshold.
func (b Bands) Base() Level { return b.base }

// Thresholds returns a copy of the thresholds.
func (b Bands) Thresholds() []Threshold { return slices.Clone(b.thresholds) }

// Band is one band of a [Bands]: the scores between two consecutive
// thresholds and the level they map to. Lower/Upper are absent (Has* false)
// for the unbounded ends.
type Band struct {
	Level    Level
	Lower    decimal.Decimal
	HasLower bool
	Upper    decimal.Decimal
	HasUpper bool
	Compare  Compare // GreaterThan: (Lower, Upper]; AtLeast: [Lower, Upper)
}

// Contains reports whether the exact score num/den (den > 0) lies in the band.
func (bd Band) Contains(num, den int64) bool {
	if bd.HasLower {
		c := cmpRat(num, den, bd.Lower)
		if c < 0 || (c == 0 && bd.Compare == GreaterThan) {
			return false
		}
	}
	if bd.HasUpper {
		c := cmpRat(num, den, bd.Upper)
		if c > 0 || (c == 0 && bd.Compare == AtLeast) {
			return false
		}
	}
	return true
}

// String renders the band in interval notation with its level, e.g.
// "(6, 10] → moderate" or "(-∞, 6] → low".
func (bd Band) String() string {
	lo, hi := "(-∞", "+∞)"
	if bd.HasLower {
		if bd.Compare == AtLeast {
			lo = "[" + bd.Lower.String()
		} else {
			lo = "(" + bd.Lower.String()
		}
	}
	if bd.HasUpper {
		if bd.Compare == AtLeast {
			hi = bd.Upper.String() + ")"
		} else {
			hi = bd.Upper.String() + "]"
		}
	}
	return lo + ", " + hi + " → " + bd.Level.String()
}

// Bands returns every band, lowest first: len(Thresholds())+1 bands.
func (b Bands) Bands() []Band {
	out := make([]Band, 0, len(b.thresholds)+1)
	for i := 0; i <= len(b.thresholds); i++ {
		out = append(out, b.band(i))
	}
	return out
}

func (b Bands) band(i int) Band {
	bd := Band{Compare: b.compare, Level: b.base}
	if i > 0 {
		bd.Level = b.thresholds[i-1].Level
		bd.Lower, bd.HasLower = b.thresholds[i-1].Score, true
	}
	if i < len(b.thresholds) {
		bd.Upper, bd.HasUpper = b.thresholds[i].Score, true
	}
	return bd
}

// Classify returns the band holding the exact score num/den. den must be
// positive; a non-positive den classifies as the zero Band (level None).
// The comparison is exact: num/den > t is decided as num > t·den.
func (b Bands) Classify(num, den int64) Band {
	if den <= 0 || b.IsZero() {
		return Band{}
	}
	// Number of thresholds the score has passed; thresholds are increasing.
	n, _ := slices.BinarySearchFunc(b.thresholds, 0, func(t Threshold, _ int) int {
		c := cmpRat(num, den, t.Score) // score vs threshold
		if c > 0 || (c == 0 && b.compare == AtLeast) {
			return -1 // passed: search right
		}
		return 1
	})
	return b.band(n)
}

// cmpRat compares num/den (den > 0) with d exactly.
func cmpRat(num, den int64, d decimal.Decimal) int {
	return decimal.NewFromInt(num).Cmp(d.Mul(decimal.NewFromInt(den)))
}

type bandsJSON struct {
	Compare    Compare     `json:"compare,omitzero"`
	Base       Level       `json:"base"`
	Thresholds []Threshold `json:"thresholds"`
}

// MarshalJSON encodes the bands as
// {"compare":"at-least","base":"low","thresholds":[{"score":"6","level":"moderate"}]}
// ("compare" omitted for the default greater-than). The zero Bands is an error.
func (b Bands) MarshalJSON() ([]byte, error) {
	if b.IsZero() {
		return nil, errf(ErrBands, "bands", "", "zero Bands cannot be encoded")
	}
	th := b.thresholds
	if th == nil {
		th = []Threshold{}
	}
	return json.Marshal(bandsJSON{Compare: b.compare, Base: b.base, Thresholds: th})
}

// UnmarshalJSON decodes and validates bands (see [NewBands]); threshold
// scores may be JSON numbers or strings.
func (b *Bands) UnmarshalJSON(data []byte) error {
	var w bandsJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	nb, err := NewBands(w.Compare, w.Base, w.Thresholds...)
	if err != nil {
		return err
	}
	*b = nb
	return nil
}
