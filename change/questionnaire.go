package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Mode says how a [Questionnaire] turns answers into a score.
type Mode uint8

const (
	// Sum scores Σ(answer score × question weight) — ServiceNow's risk
	// assessment, compared with "score greater than" thresholds.
	Sum Mode = iota
	// PercentOfMax scores 100 × Σ(score × weight) / Σ(weight × the
	// question's highest answer score): the normalised variant, so
	// thresholds are percentages that survive adding a question.
	PercentOfMax
	// WeightedMean scores Σ(score × weight) / Σ weight — BMC's change risk,
	// where answers carry risk values 1–5 and the mean is rounded up to the
	// risk level by [CeilingBands].
	WeightedMean
)

var modeNames = [...]string{"sum", "percent-of-max", "weighted-mean"}

// String returns "sum", "percent-of-max" or "weighted-mean".
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (m Mode) MarshalText() ([]byte, error) {
	if int(m) >= len(modeNames) {
		return nil, errf(ErrModel, "mode", m.String(), "is not a questionnaire mode")
	}
	return []byte(modeNames[m]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; "" means Sum.
func (m *Mode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Sum
		return nil
	}
	i := slices.Index(modeNames[:], string(b))
	if i < 0 {
		return errf(ErrModel, "mode", string(b), "is not a questionnaire mode (sum, percent-of-max, weighted-mean)")
	}
	*m = Mode(i)
	return nil
}

// Question is one risk-assessment question: a weight and the possible
// answers, each with a score.
type Question struct {
	ID      string   `json:"id"`
	Text    string   `json:"text,omitempty"`
	Weight  int64    `json:"weight"`
	Answers []Answer `json:"answers"`
}

// Answer is one possible answer to a [Question] and its score.
type Answer struct {
	ID    string `json:"id"`
	Text  string `json:"text,omitempty"`
	Score int64  `json:"score"`
}

// Limits that keep every score computation inside int64 exactly.
const (
	maxWeight    = 1_000_000
	maxScore     = 1_000_000
	maxQuestions = 1000
)

// QuestionnaireSpec configures a [Questionnaire].
type QuestionnaireSpec struct {
	Name      string     `json:"name,omitempty"`
	Mode      Mode       `json:"mode"`
	Questions []Question `json:"questions"`
	// Bands map the score (a sum, a percentage or a mean, by Mode) to a
	// level. For WeightedMean zero Bands mean [CeilingBands].
	Bands Bands `json:"bands"`
}

// Questionnaire is a weighted risk questionnaire (see [Mode] for the three
// scorings). Construct it with [NewQuestionnaire]; the zero value is not
// usable (Assess returns an error).
type Questionnaire struct {
	spec  QuestionnaireSpec
	index map[string]int // question ID → index
	max   int64          // Σ weight × highest score (PercentOfMax denominator)
	wsum  int64          // Σ weight (WeightedMean denominator)
}

// CeilingBands returns BMC's rounding of a weighted mean up to an integer
// risk level: (-∞,1] → low (1), (1,2] → moderate (2), (2,3] → high (3),
// (3,4] → very-high (4), (4,+∞) → critical (5).
func CeilingBands() Bands {
	return MustBands(GreaterThan, Low,
		Threshold{decimal.NewFromInt(1), Moderate},
		Threshold{decimal.NewFromInt(2), High},
		Threshold{decimal.NewFromInt(3), VeryHigh},
		Threshold{decimal.NewFromInt(4), Critical})
}

// NewQuestionnaire validates spec: at least one question, unique non-empty
// question and answer IDs, weights and scores in [0, 1e6], at least one
// answer per question, valid bands, and a positive denominator for
// PercentOfMax (some weighted answer scores above 0) and WeightedMean (some
// weight above 0).
func NewQuestionnaire(spec QuestionnaireSpec) (*Questionnaire, error) {
	where := modelLabel(KindQuestionnaire, spec.Name)
	if int(spec.Mode) >= len(modeNames) {
		return nil, errf(ErrModel, where, spec.Mode.String(), "is not a questionnaire mode")
	}
	if spec.Mode == WeightedMean && spec.Bands.IsZero() {
		spec.Bands = CeilingBands()
	}
	if spec.Bands.IsZero() {
		return nil, errf(ErrModel, where, "", "has no bands")
	}
	if len(spec.Questions) == 0 || len(spec.Questions) > maxQuestions {
		return nil, errf(ErrModel, where, strconv.Itoa(len(spec.Questions)), fmt.Sprintf("questions: need 1 to %d", maxQuestions))
	}
	q := &Questionnaire{index: make(map[string]int, len(spec.Questions))}
	qs := make([]Question, len(spec.Questions))
	for i, qu := range spec.Questions {
		qw := where + " question " + strconv.Quote(qu.ID)
		if qu.ID == "" {
			return nil, errf(ErrModel, where, "", fmt.Sprintf("question %d has an empty ID", i+1))
		}
		if _, dup := q.index[qu.ID]; dup {
			return nil, errf(ErrModel, where, qu.ID, "is a duplicate question ID")
		}
		if qu.Weight < 0 || qu.Weight > maxWeight {
			return nil, errf(ErrModel, qw, strconv.FormatInt(qu.Weight, 10), "weight must be in [0, 1000000]")
		}
		if len(qu.Answers) == 0 {
			return nil, errf(ErrModel, qw, "", "has no answers")
		}
		var hi int64
		seen := make(map[string]bool, len(qu.Answers))
		for _, a := range qu.Answers {
			if a.ID == "" {
				return nil, errf(ErrModel, qw, "", "has an answer with an empty ID")
			}
			if seen[a.ID] {
				return nil, errf(ErrModel, qw, a.ID, "is a duplicate answer ID")
			}
			seen[a.ID] = true
			if a.Score < 0 || a.Score > maxScore {
				return nil, errf(ErrModel, qw+" answer "+strconv.Quote(a.ID), strconv.FormatInt(a.Score, 10), "score must be in [0, 1000000]")
			}
			hi = max(hi, a.Score)
		}
		q.index[qu.ID] = i
		q.max += qu.Weight * hi
		q.wsum += qu.Weight
		qu.Answers = slices.Clone(qu.Answers)
		qs[i] = qu
	}
	if spec.Mode == PercentOfMax && q.max == 0 {
		return nil, errf(ErrModel, where, "", "has a maximum score of 0, so no percentage exists")
	}
	if spec.Mode == WeightedMean && q.wsum == 0 {
		return nil, errf(ErrModel, where, "", "has a total weight of 0, so no mean exists")
	}
	spec.Questions = qs
	q.spec = spec
	return q, nil
}

// Name returns the configured name.
func (q *Questionnaire) Name() string {
	if q == nil {
		q = new(Questionnaire) // a nil Questionnaire behaves as the zero value
	}
	return q.spec.Name
}

// Spec returns a copy of the configuration.
func (q *Questionnaire) Spec() QuestionnaireSpec {
	if q == nil {
		q = new(Questionnaire) // a nil Questionnaire behaves as the zero value
	}
	s := q.spec
	s.Questions = slices.Clone(s.Questions)
	for i := range s.Questions {
		s.Questions[i].Answers = slices.Clone(s.Questions[i].Answers)
	}
	return s
}

// Assess scores in.Answers: every question must be answered with one of
// its answer IDs (answers to other questions are ignored, so one Input can
// feed several models). The level is the band of the exact score.
func (q *Questionnaire) Assess(in Input) (Result, error) {
	if q == nil {
		q = new(Questionnaire) // a nil Questionnaire behaves as the zero value
	}
	where := modelLabel(KindQuestionnaire, q.spec.Name)
	if q.index == nil {
		return Result{}, errf(ErrModel, where, "", "is the zero Questionnaire; use NewQuestionnaire")
	}
	res := Result{Model: where, Contributions: make([]Contribution, 0, len(q.spec.Questions))}
	var total int64
	for _, qu := range q.spec.Questions {
		id, ok := in.Answers[qu.ID]
		if !ok {
			return Result{}, errf(ErrInput, where+" question "+strconv.Quote(qu.ID), "", "is unanswered")
		}
		ai := slices.IndexFunc(qu.Answers, func(a Answer) bool { return a.ID == id })
		if ai < 0 {
			return Result{}, errf(ErrInput, where+" question "+strconv.Quote(qu.ID), id, "is not one of its answers")
		}
		a := qu.Answers[ai]
		p := a.Score * qu.Weight
		total += p
		res.Contributions = append(res.Contributions, Contribution{Factor: qu.ID, Value: a.ID, Score: a.Score, Weight: qu.Weight, Points: p})
	}
	num, den := total, int64(1)
	switch q.spec.Mode {
	case PercentOfMax:
		num, den = 100*total, q.max
	case WeightedMean:
		den = q.wsum
	}
	res.setScore(num, den)
	bd := q.spec.Bands.Classify(num, den)
	res.Level = bd.Level
	res.Decided = fmt.Sprintf("%s score %s in band %s", q.spec.Mode, res.Score, bd)
	return res, nil
}

type questionnaireJSON struct {
	Kind string `json:"kind"`
	QuestionnaireSpec
}

// MarshalJSON encodes the spec with "kind":"questionnaire".
func (q *Questionnaire) MarshalJSON() ([]byte, error) {
	if q == nil {
		q = new(Questionnaire) // a nil Questionnaire behaves as the zero value
	}
	if q.index == nil {
		return nil, errf(ErrModel, KindQuestionnaire, "", "zero Questionnaire cannot be encoded")
	}
	return json.Marshal(questionnaireJSON{Kind: KindQuestionnaire, QuestionnaireSpec: q.spec})
}

// UnmarshalJSON decodes and validates (see [NewQuestionnaire]).
func (q *Questionnaire) UnmarshalJSON(data []byte) error {
	var w questionnaireJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	if w.Kind != KindQuestionnaire && w.Kind != "" {
		return errf(ErrModel, KindQuestionnaire, w.Kind, "is the wrong kind")
	}
	nq, err := NewQuestionnaire(w.QuestionnaireSpec)
	if err != nil {
		return err
	}
	*q = *nq
	return nil
}
