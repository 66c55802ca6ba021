package change

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Result is a model's decision with its explanation: the level, the exact
// score (when the model scores), every contribution, and the band or rule
// that decided. Combinators list the results of their parts.
type Result struct {
	Level Level  `json:"level"`
	Model string `json:"model"` // kind and name, e.g. `questionnaire "cab"`
	// Num/Den is the exact score when the model computes one (Den > 0);
	// Score is Num/Den rounded half-up to 4 places, for display only —
	// the band was decided on Num and Den.
	Num           int64           `json:"num,omitzero"`
	Den           int64           `json:"den,omitzero"`
	Score         decimal.Decimal `json:"score,omitzero"`
	Contributions []Contribution  `json:"contributions,omitempty"`
	Decided       string          `json:"decided"` // the band, rule or part that decided
	Parts         []Result        `json:"parts,omitempty"`
}

// Contribution is one factor's share of a score: for a questionnaire the
// chosen answer's score times the question's weight; for a history model a
// count times its multiplier; for a rule set a fact and its value.
type Contribution struct {
	Factor string `json:"factor"`          // question ID, outcome or fact name
	Value  string `json:"value,omitempty"` // chosen answer ID or fact value
	Score  int64  `json:"score"`
	Weight int64  `json:"weight"`
	Points int64  `json:"points"` // Score × Weight
}

func (r *Result) setScore(num, den int64) {
	r.Num, r.Den = num, den
	r.Score = decimal.NewFromInt(num).DivRound(decimal.NewFromInt(den), 4)
}

// String renders the explanation as indented text, one line per
// contribution and part.
func (r Result) String() string {
	var b strings.Builder
	r.write(&b, "")
	return strings.TrimSuffix(b.String(), "\n")
}

func (r Result) write(b *strings.Builder, indent string) {
	fmt.Fprintf(b, "%s%s: %s", indent, r.Model, r.Level)
	if r.Den > 0 {
		fmt.Fprintf(b, " (score %s = %d/%d)", r.Score, r.Num, r.Den)
	}
	if r.Decided != "" {
		fmt.Fprintf(b, " — %s", r.Decided)
	}
	b.WriteByte('\n')
	for _, c := range r.Contributions {
		if c.Weight != 0 || c.Points != 0 {
			fmt.Fprintf(b, "%s  %s = %s: %d × %d = %d\n", indent, c.Factor, c.Value, c.Score, c.Weight, c.Points)
		} else {
			fmt.Fprintf(b, "%s  %s = %s\n", indent, c.Factor, c.Value)
		}
	}
	for _, p := range r.Parts {
		p.write(b, indent+"  ")
	}
}
