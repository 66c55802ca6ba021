package change

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/itsmkit/itsm/internal/strictjson"
)

// Model is a risk model: a pure function from an [Input] to a [Result].
// The implementations in this package are immutable and safe for concurrent
// use. A model that does not decide (a rule set without default where no
// rule matched) returns a Result with Level [None] and no error; errors are
// reserved for input the model cannot score.
type Model interface {
	// Name returns the model's configured name (may be empty).
	Name() string
	// Assess scores the input.
	Assess(in Input) (Result, error)
}

// Model kinds, the "kind" member of a model's JSON object.
const (
	KindQuestionnaire = "questionnaire"
	KindRules         = "rules"
	KindHistory       = "history"
	KindMatrix        = "matrix"
	KindHighest       = "highest"
	KindFirstMatch    = "first-match"
)

// maxDepth bounds nesting of combinators in decoded JSON, so a hostile
// document cannot exhaust the stack.
const maxDepth = 32

// DecodeModel decodes any model of this package from its JSON object,
// dispatching on the "kind" member, and validates it.
func DecodeModel(data []byte) (Model, error) { return decodeModel(data, 0) }

func decodeModel(data []byte, depth int) (Model, error) {
	if depth > maxDepth {
		return nil, errf(ErrModel, "model", "", fmt.Sprintf("nesting deeper than %d", maxDepth))
	}
	var head struct {
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, err
	}
	switch head.Kind {
	case KindQuestionnaire:
		var q Questionnaire
		if err := q.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return &q, nil
	case KindRules:
		var r RuleSet
		if err := r.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return &r, nil
	case KindHistory:
		var h HistoryModel
		if err := h.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return &h, nil
	case KindMatrix:
		var m MatrixModel
		if err := m.UnmarshalJSON(data); err != nil {
			return nil, err
		}
		return &m, nil
	case KindHighest, KindFirstMatch:
		c, err := decodeCombinator(data, depth)
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	return nil, errf(ErrModel, "model kind", head.Kind, "is not a known model kind")
}

// unmarshalStrict is json.Unmarshal that rejects unknown object members
// (at this level; nested values with their own UnmarshalJSON decide for
// themselves): a misspelt "weigth" must be an error, not a silent weight
// of 0 that lowers the risk.
func unmarshalStrict(data []byte, v any) error {
	err := strictjson.Decode(data, v)
	if errors.Is(err, strictjson.ErrTrailingData) {
		return errf(ErrModel, "JSON", "", "has data after the value")
	}
	return err
}

// EncodeModel encodes m as JSON; it is json.Marshal(m) and exists for
// symmetry with [DecodeModel].
func EncodeModel(m Model) ([]byte, error) { return json.Marshal(m) }

func modelLabel(kind, name string) string {
	if name == "" {
		return kind
	}
	return kind + " " + strconv.Quote(name)
}
