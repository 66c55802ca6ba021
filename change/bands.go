package change

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Threshold raises the level to Level once the score passes Score.
type Threshold struct {
	Score decimal.Decimal `json:"score"` // a JSON number or string
	Level Level           `json:"level"`
}

// Bands maps a score to a risk level by ascending thresholds: scores not
// past the first threshold get Base, scores past threshold i (and not past
// i+1) get its level. That shape is the proof that bands partition the
// score line: there is nothing between bands and no two bands overlap.
// The models that use Bands ([NewQuestionnaire], [NewHistoryModel]) also
// demand a valid Base, strictly increasing thresholds and strictly
// increasing levels above Base, so a higher score never yields a lower
// level. Comparisons are exact: num/den > t is decided as num > t·den,
// never on a rounded score.
//
// Whether a score equal to a threshold has passed it is AtLeast: false
// (the default; ServiceNow's "score greater than") means score > t passes,
// so bands are left-open, right-closed, (6, 10] → moderate; true means
// score ≥ t passes, so bands are [6, 10).
//
// The zero Bands (Base [None]) means "no bands". The JSON form is
// {"at_least": true, "base": "low", "thresholds": [{"score": "6", "level": "moderate"}]}
// ("at_least" omitted when false).
type Bands struct {
	AtLeast    bool        `json:"at_least,omitzero"`
	Base       Level       `json:"base"`
	Thresholds []Threshold `json:"thresholds,omitempty"`
}

// maxExp bounds the decimal exponent of a threshold.
const maxExp = 20

// validate checks b as described on [Bands]; where names them in errors.
func (b Bands) validate(where string) error {
	if !b.Base.valid() {
		return errValid(ErrModel, where+" base", b.Base.String(), "is not a risk level", levels.Valid()[1:])
	}
	prev := b.Base
	for i, t := range b.Thresholds {
		tw := where + " threshold " + strconv.Itoa(i+1)
		if !t.Level.valid() {
			return errValid(ErrModel, tw, t.Level.String(), "is not a risk level", levels.Valid()[1:])
		}
		if e := t.Score.Exponent(); e < -maxExp || e > maxExp || t.Score.Coefficient().BitLen() > 128 {
			// Bounded so exact comparisons never build huge powers of ten.
			in := t.Score.Coefficient().String() + "e" + strconv.Itoa(int(e)) // String() would print every digit
			return errf(ErrModel, tw, in, "is out of range (exponent within ±20, at most 38 digits)")
		}
		if t.Level <= prev {
			return errf(ErrModel, tw, t.Level.String(),
				fmt.Sprintf("must be higher than the level below it (%s)", prev))
		}
		if i > 0 && t.Score.Cmp(b.Thresholds[i-1].Score) <= 0 {
			return errf(ErrModel, tw, t.Score.String(),
				fmt.Sprintf("must be greater than the previous threshold %s (bands would overlap or be empty)", b.Thresholds[i-1].Score))
		}
		prev = t.Level
	}
	return nil
}

// clone returns b with its own copy of the thresholds.
func (b Bands) clone() Bands {
	b.Thresholds = slices.Clone(b.Thresholds)
	return b
}

// ceilingBands is BMC's rounding of a weighted mean up to an integer risk
// level: (-∞,1] → low (1), (1,2] → moderate (2), (2,3] → high (3),
// (3,4] → very_high (4), (4,+∞) → critical (5).
func ceilingBands() Bands {
	return Bands{Base: Low, Thresholds: []Threshold{
		{decimal.NewFromInt(1), Moderate},
		{decimal.NewFromInt(2), High},
		{decimal.NewFromInt(3), VeryHigh},
		{decimal.NewFromInt(4), Critical},
	}}
}

// band is one band of a Bands: the scores between two consecutive
// thresholds and the level they map to; lower and upper are absent (has*
// false) for the unbounded ends.
type band struct {
	level              Level
	lower, upper       decimal.Decimal
	hasLower, hasUpper bool
	atLeast            bool // [lower, upper) rather than (lower, upper]
}

// contains reports whether the exact score num/den (den > 0) lies in the band.
func (bd band) contains(num, den int64) bool {
	if bd.hasLower {
		c := cmpRat(num, den, bd.lower)
		if c < 0 || (c == 0 && !bd.atLeast) {
			return false
		}
	}
	if bd.hasUpper {
		c := cmpRat(num, den, bd.upper)
		if c > 0 || (c == 0 && bd.atLeast) {
			return false
		}
	}
	return true
}

// String renders the band in interval notation with its level, e.g.
// "(6, 10] → moderate" or "(-∞, 6] → low".
func (bd band) String() string {
	lo, hi := "(-∞", "+∞)"
	if bd.hasLower {
		if bd.atLeast {
			lo = "[" + bd.lower.String()
		} else {
			lo = "(" + bd.lower.String()
		}
	}
	if bd.hasUpper {
		if bd.atLeast {
			hi = bd.upper.String() + ")"
		} else {
			hi = bd.upper.String() + "]"
		}
	}
	return lo + ", " + hi + " → " + bd.level.String()
}

// bands returns every band, lowest first: len(Thresholds)+1 bands.
func (b Bands) bands() []band {
	out := make([]band, 0, len(b.Thresholds)+1)
	for i := 0; i <= len(b.Thresholds); i++ {
		out = append(out, b.band(i))
	}
	return out
}

func (b Bands) band(i int) band {
	bd := band{atLeast: b.AtLeast, level: b.Base}
	if i > 0 {
		bd.level = b.Thresholds[i-1].Level
		bd.lower, bd.hasLower = b.Thresholds[i-1].Score, true
	}
	if i < len(b.Thresholds) {
		bd.upper, bd.hasUpper = b.Thresholds[i].Score, true
	}
	return bd
}

// classify returns the band holding the exact score num/den. den must be
// positive; a non-positive den, or the zero Bands, classifies as the zero
// band (level None). The comparison is exact: num/den > t is decided as
// num > t·den.
func (b Bands) classify(num, den int64) band {
	if den <= 0 || b.Base == None {
		return band{}
	}
	// Number of thresholds the score has passed; thresholds are increasing.
	n, _ := slices.BinarySearchFunc(b.Thresholds, 0, func(t Threshold, _ int) int {
		c := cmpRat(num, den, t.Score) // score vs threshold
		if c > 0 || (c == 0 && b.AtLeast) {
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
