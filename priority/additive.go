package priority

import (
	"fmt"
	"slices"
	"strconv"
)

// maxWeight bounds additive weights and band bounds so that sums never
// overflow and JSON stays human-sized.
const maxWeight = 100_000_000

// Band maps the half-open score range [From, To) of an additive model (see
// [NewAdditive]) to a priority level.
type Band struct {
	Priority Level `json:"priority"`
	From     int   `json:"from"` // inclusive
	To       int   `json:"to"`   // exclusive
}

// contains reports whether score lies in [From, To).
func (b Band) contains(score int) bool { return b.From <= score && score < b.To }

// String returns e.g. `[10, 18) → "3 Medium"`.
func (b Band) String() string {
	return "[" + strconv.Itoa(b.From) + ", " + strconv.Itoa(b.To) + ") → " + strconv.Quote(b.Priority.String())
}

// bandContext names a band in an error: `band [10, 18) → "3 Medium"`.
func bandContext(b Band) string { return "band " + b.String() }

// additive is the definition of a matrix built by NewAdditive.
type additive struct {
	iw, uw []int  // weights by level index
	bands  []Band // sorted by score, Priority on the matrix's priority scale
}

func (a *additive) equal(o *additive) bool {
	if a == nil || o == nil {
		return a == nil && o == nil
	}
	return slices.Equal(a.iw, o.iw) && slices.Equal(a.uw, o.uw) &&
		slices.EqualFunc(a.bands, o.bands, func(x, y Band) bool {
			return x.From == y.From && x.To == y.To && x.Priority.Equal(y.Priority)
		})
}

// NewAdditive builds a weighted model in the style of BMC Remedy: each
// impact level and each urgency level carries a weight, and the priority
// is the band that contains impact weight + urgency weight. The model is
// tabulated into a [*Matrix] at construction, so Lookup is O(1); the
// matrix keeps the weights and bands, explains its priorities by them
// (weights, score and band in the [Explanation]) and is written to JSON as
// an additive model.
//
// impactWeights[i] is the weight of impact level number i+1, urgencyWeights
// likewise; weights lie within ±1e8. bands are half-open score ranges
// [From, To), in any order; each must be non-empty and have a priority of
// the priority scale, and together they must cover every reachable score
// (from the smallest to the largest weight sum) exactly once, with no gap
// and no overlap; they may extend beyond the reachable range. Errors wrap
// [ErrInvalidMatrix] and name the band or weight.
//
// Weights that fall as severity rises, or bands whose priority falls as the
// score rises, make a non-monotone model: that is allowed (it is data) and
// reported by [Matrix.Validate].
func NewAdditive(impact, urgency, priority *Scale, impactWeights, urgencyWeights []int, bands []Band) (*Matrix, error) {
	if err := checkScales(impact, urgency, priority); err != nil {
		return nil, err
	}
	checkW := func(axis string, s *Scale, w []int) error {
		if len(w) != s.len() {
			return newError(axis+" weights", "", wrapf(errInvalidWeights, "%d weights for %d levels", len(w), s.len()))
		}
		for i, x := range w {
			if x < -maxWeight || x > maxWeight {
				return newError(axis+" "+strconv.Quote(Level{s: s, i: uint8(i)}.String()), strconv.Itoa(x),
					wrapf(errInvalidWeights, "weight out of ±%d", maxWeight))
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
	a := &additive{iw: slices.Clone(impactWeights), uw: slices.Clone(urgencyWeights), bands: slices.Clone(bands)}
	for k, b := range a.bands {
		switch {
		case !sameScale(priority, b.Priority.s):
			return nil, newError(bandContext(b), "", chain(errInvalidBand, "", mismatch("priority", priority, b.Priority)))
		case b.From >= b.To:
			return nil, newError(bandContext(b), "", wrapf(errInvalidBand, "empty (From ≥ To)"))
		case b.From < -3*maxWeight || b.To > 3*maxWeight:
			return nil, newError(bandContext(b), "", wrapf(errInvalidBand, "bounds out of ±%d", 3*maxWeight))
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
			return nil, newError(bandContext(b), "", fmt.Errorf("%w with band %s", errBandOverlap, prev))
		case b.From > prev.To:
			return nil, newError(bandContext(b), "", wrapf(errBandGap, "scores [%d, %d) have no band; previous band %s", prev.To, b.From, prev))
		}
	}
	lo, hi := a.scoreRange()
	if len(a.bands) == 0 {
		return nil, newError("", "", wrapf(errBandGap, "no bands: score %d has no band", lo))
	}
	if first := a.bands[0]; first.From > lo {
		return nil, newError(bandContext(first), "", wrapf(errBandGap, "starts above the lowest reachable score: score %d has no band", lo))
	}
	if last := a.bands[len(a.bands)-1]; last.To <= hi {
		return nil, newError(bandContext(last), "", wrapf(errBandGap, "ends at or below the highest reachable score: score %d has no band", hi))
	}
	m, err := newMatrixFunc(impact, urgency, priority, func(i, u Level) (Level, error) {
		b, _ := a.bandOf(a.iw[i.i] + a.uw[u.i])
		return b.Priority, nil
	})
	if err != nil {
		return nil, err
	}
	m.add = a
	return m, nil
}

// bandOf returns the band containing score (binary search).
func (a *additive) bandOf(score int) (Band, bool) {
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

// scoreRange returns the lowest and highest reachable scores.
func (a *additive) scoreRange() (lo, hi int) {
	return slices.Min(a.iw) + slices.Min(a.uw), slices.Max(a.iw) + slices.Max(a.uw)
}
