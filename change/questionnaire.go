package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// Mode says how a questionnaire turns answers into a score. Its text form
// (JSON, [Mode.String]) is shown beside each constant.
type Mode uint8

const (
	// Sum scores Σ(answer score × question weight) — ServiceNow's risk
	// assessment, compared with "score greater than" thresholds.
	Sum Mode = iota // "sum"
	// PercentOfMax scores 100 × Σ(score × weight) / Σ(weight × the
	// question's highest answer score): the normalised variant, so
	// thresholds are percentages that survive adding a question.
	PercentOfMax // "percent_of_max"
	// WeightedMean scores Σ(score × weight) / Σ weight — BMC's change risk,
	// where answers carry risk values 1–5 and the mean is rounded up to the
	// risk level (with no Bands given: (-∞,1] → low, (1,2] → moderate,
	// (2,3] → high, (3,4] → very_high, (4,+∞) → critical).
	WeightedMean // "weighted_mean"
)

var modes = enum.New[Mode]("change", "questionnaire mode", ErrModel,
	Sum, "sum", PercentOfMax, "percent_of_max", WeightedMean, "weighted_mean")

// String returns the text form ("sum", "percent_of_max",
// "weighted_mean"), or "mode(N)" for an invalid value.
func (m Mode) String() string { return enumString(modes, "mode", m) }

// MarshalText implements encoding.TextMarshaler; an invalid mode is an
// error wrapping [ErrModel].
func (m Mode) MarshalText() ([]byte, error) { return modes.Marshal(m) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrModel] that lists them.
func (m *Mode) UnmarshalText(b []byte) error { return unmarshalEnum(modes, ErrModel, "Mode", m, b) }

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

// QuestionnaireSpec configures a questionnaire ([NewQuestionnaire]). Its
// JSON, with "kind": "questionnaire", is the model's JSON ([DecodeModel]).
type QuestionnaireSpec struct {
	Name      string     `json:"name,omitempty"`
	Mode      Mode       `json:"mode"`
	Questions []Question `json:"questions"`
	// Bands map the score (a sum, a percentage or a mean, by Mode) to a
	// level. For WeightedMean zero Bands mean rounding the mean up (see
	// [WeightedMean]).
	Bands Bands `json:"bands,omitzero"`
}

// questionnaire is a weighted risk questionnaire (see [Mode] for the three
// scorings).
type questionnaire struct {
	spec  QuestionnaireSpec
	index map[string]int // question ID → index
	max   int64          // Σ weight × highest score (PercentOfMax denominator)
	wsum  int64          // Σ weight (WeightedMean denominator)
}

// NewQuestionnaire returns a weighted risk questionnaire: every question
// must be answered, and the exact score (by spec.Mode: a sum, a percentage
// of the highest possible sum, or a weighted mean) is banded to a level.
// It validates spec: at least one and at most 1000 questions, unique
// non-empty question and answer IDs, weights and scores in [0, 1e6], at
// least one answer per question, valid bands, and a positive denominator
// for PercentOfMax (some weighted answer scores above 0) and WeightedMean
// (some weight above 0).
func NewQuestionnaire(spec QuestionnaireSpec) (Model, error) { return newQuestionnaire(spec) }

func newQuestionnaire(spec QuestionnaireSpec) (*questionnaire, error) {
	where := modelLabel(kindQuestionnaire, spec.Name)
	if _, ok := modes.Name(spec.Mode); !ok {
		return nil, errValid(ErrModel, where+" mode", spec.Mode.String(), "is not a questionnaire mode", modes.Valid())
	}
	if spec.Mode == WeightedMean && spec.Bands.Base == None && len(spec.Bands.Thresholds) == 0 {
		spec.Bands = ceilingBands()
	}
	if spec.Bands.Base == None && len(spec.Bands.Thresholds) == 0 {
		return nil, errf(ErrModel, where, "", "has no bands")
	}
	if err := spec.Bands.validate(where + " bands"); err != nil {
		return nil, err
	}
	spec.Bands = spec.Bands.clone()
	if len(spec.Questions) == 0 || len(spec.Questions) > maxQuestions {
		return nil, errf(ErrModel, where+" questions", strconv.Itoa(len(spec.Questions)), fmt.Sprintf("need 1 to %d", maxQuestions))
	}
	q := &questionnaire{index: make(map[string]int, len(spec.Questions))}
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
			return nil, errf(ErrModel, qw+" weight", strconv.FormatInt(qu.Weight, 10), "must be in [0, 1000000]")
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
				return nil, errf(ErrModel, qw+" answer "+strconv.Quote(a.ID)+" score", strconv.FormatInt(a.Score, 10), "must be in [0, 1000000]")
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
func (q *questionnaire) Name() string {
	if q == nil {
		return ""
	}
	return q.spec.Name
}

// Assess scores in.Answers: every question must be answered with one of
// its answer IDs (answers to other questions are ignored, so one Input can
// feed several models). The level is the band of the exact score.
func (q *questionnaire) Assess(in Input) (Result, error) {
	if q == nil || q.index == nil {
		return Result{}, errf(ErrModel, kindQuestionnaire, "", "is not a questionnaire built by NewQuestionnaire")
	}
	where := modelLabel(kindQuestionnaire, q.spec.Name)
	res := Result{Model: where, Contributions: make([]Contribution, 0, len(q.spec.Questions))}
	var total int64
	for _, qu := range q.spec.Questions {
		id, ok := in.Answers[qu.ID]
		if !ok {
			return Result{}, errf(ErrInput, where+" question "+strconv.Quote(qu.ID), "", "is unanswered")
		}
		ai := slices.IndexFunc(qu.Answers, func(a Answer) bool { return a.ID == id })
		if ai < 0 {
			valid := make([]string, len(qu.Answers))
			for i, a := range qu.Answers {
				valid[i] = a.ID
			}
			return Result{}, errValid(ErrInput, where+" question "+strconv.Quote(qu.ID), id, "is not one of its answers", valid)
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
	bd := q.spec.Bands.classify(num, den)
	res.Level = bd.level
	res.Decided = fmt.Sprintf("%s score %s in band %s", q.spec.Mode, res.Score, bd)
	return res, nil
}

type questionnaireJSON struct {
	Kind string `json:"kind"`
	QuestionnaireSpec
}

// MarshalJSON encodes the spec with "kind": "questionnaire".
func (q *questionnaire) MarshalJSON() ([]byte, error) {
	if q == nil || q.index == nil {
		return nil, errf(ErrModel, kindQuestionnaire, "", "is not a questionnaire built by NewQuestionnaire")
	}
	return json.Marshal(questionnaireJSON{Kind: kindQuestionnaire, QuestionnaireSpec: q.spec})
}

// decodeQuestionnaire decodes and validates (see NewQuestionnaire).
func decodeQuestionnaire(data []byte) (*questionnaire, error) {
	var w questionnaireJSON
	if err := decodeStrict(ErrModel, kindQuestionnaire, data, &w); err != nil {
		if r := bandsRenamed(kindQuestionnaire, data); r != nil {
			return nil, r
		}
		return nil, err
	}
	return newQuestionnaire(w.QuestionnaireSpec)
}
