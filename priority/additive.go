package priority

import (
	"fmt"
	"slices"
	"strconv"
)

// maxWeight bounds additive weights and band bounds so that sums never
// overflow and JSON stays human-sized.
const maxWeight = 100_000_000

// Band maps the half-open score range [From, To) to a priority level.
type Band struct {
	Priority Level `json:"priority"`
	From     int   `json:"from"` // inclusive
	To       int   `json:"to"`   // exclusive
}

// Contains reports whether score lies in [From, To).
func (b Band) Contains(score int) bool { return b.From <= score && score < b.To }

// String returns e.g. `[10, 18) → "3 Medium"`.
func (b Band) String() string {
	return "[" + strconv.Itoa(b.From) + ", " + strconv.Itoa(b.To) + ") → " + strconv.Quote(b.Priority.String())
}

// BandError reports a band that is empty, belongs to another scale, or
// leaves a gap or overlap with its neighbour.
type BandError struct {
	Band  Band  // the offending band (zero for a score no band covers)
	Other *Band // the neighbour it overlaps or leaves a gap to, if any
	Score *int  // a score left without a band, if that is the problem
	Err   error // ErrInvalidBand, ErrBandGap or ErrBandOverlap (wrapped)
}

// Error implements the error interface.
func (e *BandError) Error() string {
	s := "priority: "
	if e.Band.To != e.Band.From || e.Band.Priority.IsValid() {
		s += "band " + e.Band.String() + ": "
	}
	s += trimPkg(e.Err.Error())
	if e.Other != nil {
		s += " band " + e.Other.String()
	}
	if e.Score != nil {
		s += ": score " + strconv.Itoa(*e.Score) + " has no band"
	}
	return s
}

// Unwrap returns the wrapped error, so errors.Is finds the sentinel.
func (e *BandError) Unwrap() error { return e.Err }

// Additive is a weighted model in the style of BMC Remedy: each impact level
// and each urgency level carries a weight, and the priority is the band
// that contains impact weight + urgency weight.
//
// Bands are half-open score ranges [From, To); at construction they must
// partition every reachable score (from the smallest to the largest weight
// sum) with no gap and no overlap; bands may extend beyond the reachable
// range. The model is tabulated at construction, so Lookup is O(1) with no
// allocation. An Additive is immutable and safe for concurrent use; a nil
// or zero Additive is invalid.
type Additive struct {
	impact, urgency, priority *Scale
	iw, uw                    []int // weights by level index
	bands                     []Band
	table                     *Matrix
}

// NewAdditive builds an additive model. impactWeights[i] is the weight of
// impact level number i+1, urgencyWeights likewise; weights lie within
// ±1e8. bands, in any order, must each be non-empty (From < To), have a
// priority of the priority scale, and together cover every reachable score
// exactly once: errors wrap [ErrInvalidBand], [ErrBandGap] or
// [ErrBandOverlap] and name the band.
//
// Weights that fall as severity rises, or bands whose priority falls as the
// score rises, make a non-monotone model: that is allowed (it is data) and
// reported by [Additive.Validate].
func NewAdditive(impact, urgency, priority *Scale, impactWeights, urgencyWeights []int, bands []Band) (*Additive, error) {
	if err := checkScales(impact, urgency, priority); err != nil {
		return nil, err
	}
	checkW := func(axis string, s *Scale, w []int) error {
		if len(w) != s.Len() {
			return fmt.Errorf("%w: %s: %d weights for %d levels", ErrInvalidWeights, axis, len(w), s.Len())
		}
		for i, x := range w {
			if x < -maxWeight || x > maxWeight {
				return fmt.Errorf("%w: %s %q: weight %d out of ±%d", ErrInvalidWeights, axis, Level{s: s, i: uint8(i)}.String(), x, maxWeight)
			}
		}
		return nil
	}
	if err := checkW("impact", impact, impactWeights); err != nil {
		return nil, err
	}
	if err := checkW("urgency", urgency, urgencyWeights); err != nil {
		return nil, err
	}
	a := &Additive{
		impact: impact, urgency: urgency, priority: priority,
		iw: slices.Clone(impactWeights), uw: slices.Clone(urgencyWeights),
		bands: slices.Clone(bands),
	}
	for k, b := range a.bands {
		switch {
		case !sameScale(priority, b.Priority.s):
			return nil, &BandError{Band: b, Err: chain(ErrInvalidBand, "", mismatch("priority", priority, b.Priority))}
		case b.From >= b.To:
			return nil, &BandError{Band: b, Err: fmt.Errorf("%w: empty (From ≥ To)", ErrInvalidBand)}
		case b.From < -3*maxWeight || b.To > 3*maxWeight:
			return nil, &BandError{Band: b, Err: fmt.Errorf("%w: bounds out of ±%d", ErrInvalidBand, 3*maxWeight)}
		}
		a.bands[k].Priority.s = priority
	}
	slices.SortStableFunc(a.bands, func(x, y Band) int {
		if c := x.From - y.From; c != 0 {
			return c
		}
		return x.To - y.To
	})
	for k := 1; k < len(a.bands); k++ {
		prev, b := a.bands[k-1], a.bands[k]
		switch {
		case b.From < prev.To:
			return nil, &BandError{Band: b, Other: &prev, Err: fmt.Errorf("%w with", ErrBandOverlap)}
		case b.From > prev.To:
			return nil, &BandError{Band: b, Other: &prev, Err: fmt.Errorf("%w: scores [%d, %d) have no band; previous", ErrBandGap, prev.To, b.From)}
		}
	}
	lo := slices.Min(a.iw) + slices.Min(a.uw)
	hi := slices.Max(a.iw) + slices.Max(a.uw)
	if len(a.bands) == 0 {
		return nil, &BandError{Score: &lo, Err: fmt.Errorf("%w: no bands", ErrBandGap)}
	}
	if first := a.bands[0]; first.From > lo {
		return nil, &BandError{Band: first, Score: &lo, Err: fmt.Errorf("%w: starts above the lowest reachable score", ErrBandGap)}
	}
	if last := a.bands[len(a.bands)-1]; last.To <= hi {
		return nil, &BandError{Band: last, Score: &hi, Err: fmt.Errorf("%w: ends at or below the highest reachable score", ErrBandGap)}
	}
	t, err := NewMatrixFunc(impact, urgency, priority, func(i, u Level) (Level, error) {
		b, _ := a.bandOf(a.iw[i.i] + a.uw[u.i])
		return b.Priority, nil
	})
	if err != nil {
		return nil, err
	}
	a.table = t
	return a, nil
}

// bandOf returns the band containing score (binary search).
func (a *Additive) bandOf(score int) (Band, bool) {
	k, found := slices.BinarySearchFunc(a.bands, score, func(b Band, s int) int {
		switch {
		case b.To <= s:
			return -1
		case b.From > s:
			return 1
		}
		return 0
	})
	if !found {
		return Band{}, false
	}
	return a.bands[k], true
}

func (a *Additive) valid() bool { return a != nil && a.table != nil }

// Impact returns the impact scale.
func (a *Additive) Impact() *Scale {
	if a == nil {
		return nil
	}
	return a.impact
}

// Urgency returns the urgency scale.
func (a *Additive) Urgency() *Scale {
	if a == nil {
		return nil
	}
	return a.urgency
}

// Priority returns the priority scale.
func (a *Additive) Priority() *Scale {
	if a == nil {
		return nil
	}
	return a.priority
}

// Lookup returns the priority of the band containing the weight sum of
// impact and urgency. O(1), no allocation; errors as [Matrix.Lookup].
func (a *Additive) Lookup(impact, urgency Level) (Level, error) {
	if !a.valid() {
		return Level{}, ErrInvalidMatrix
	}
	return a.table.Lookup(impact, urgency)
}

// Score returns impact weight + urgency weight.
func (a *Additive) Score(impact, urgency Level) (int, error) {
	if !a.valid() {
		return 0, ErrInvalidMatrix
	}
	if !sameScale(a.impact, impact.s) {
		return 0, mismatch("impact", a.impact, impact)
	}
	if !sameScale(a.urgency, urgency.s) {
		return 0, mismatch("urgency", a.urgency, urgency)
	}
	return a.iw[impact.i] + a.uw[urgency.i], nil
}

// Band returns the band containing score; false if no band does (only
// possible for unreachable scores).
func (a *Additive) Band(score int) (Band, bool) {
	if !a.valid() {
		return Band{}, false
	}
	return a.bandOf(score)
}

// Bands returns the bands sorted by score (a fresh slice).
func (a *Additive) Bands() []Band {
	if !a.valid() {
		return nil
	}
	return slices.Clone(a.bands)
}

// ImpactWeights returns the impact weights in level number order (a fresh slice).
func (a *Additive) ImpactWeights() []int {
	if !a.valid() {
		return nil
	}
	return slices.Clone(a.iw)
}

// UrgencyWeights returns the urgency weights in level number order (a fresh slice).
func (a *Additive) UrgencyWeights() []int {
	if !a.valid() {
		return nil
	}
	return slices.Clone(a.uw)
}

// ScoreRange returns the lowest and highest reachable scores.
func (a *Additive) ScoreRange() (lo, hi int) {
	if !a.valid() {
		return 0, 0
	}
	return slices.Min(a.iw) + slices.Min(a.uw), slices.Max(a.iw) + slices.Max(a.uw)
}

// Matrix returns the model tabulated as a lookup matrix (the same
// priorities for every impact × urgency).
func (a *Additive) Matrix() *Matrix {
	if !a.valid() {
		return nil
	}
	return a.table
}

// Validate checks the tabulated model as [Matrix.Validate] does: a cell is
// non-monotone when lower weights for more severe levels, or bands whose
// priority falls as the score rises, lower a priority.
func (a *Additive) Validate(checks ...Check) []Finding {
	if !a.valid() {
		return nil
	}
	return a.table.Validate(checks...)
}

// WithWeights returns a new model with other weights and bands (nil keeps
// the current ones), validated as by [NewAdditive].
func (a *Additive) WithWeights(impactWeights, urgencyWeights []int, bands []Band) (*Additive, error) {
	if !a.valid() {
		return nil, ErrInvalidMatrix
	}
	if impactWeights == nil {
		impactWeights = a.iw
	}
	if urgencyWeights == nil {
		urgencyWeights = a.uw
	}
	if bands == nil {
		bands = a.bands
	}
	return NewAdditive(a.impact, a.urgency, a.priority, impactWeights, urgencyWeights, bands)
}

// Equal reports whether a and o have equal scales, weights and bands.
func (a *Additive) Equal(o *Additive) bool {
	if !a.valid() || !o.valid() {
		return !a.valid() && !o.valid()
	}
	return a.impact.Equal(o.impact) && a.urgency.Equal(o.urgency) && a.priority.Equal(o.priority) &&
		slices.Equal(a.iw, o.iw) && slices.Equal(a.uw, o.uw) &&
		slices.EqualFunc(a.bands, o.bands, func(x, y Band) bool {
			return x.From == y.From && x.To == y.To && x.Priority.Equal(y.Priority)
		})
}

func trimPkg(s string) string {
	const p = "priority: "
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
