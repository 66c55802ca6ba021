package change

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Model is a risk model: a pure function from an [Input] to a [Result].
// The models of this package are built by [NewQuestionnaire], [NewRuleSet],
// [NewHistoryModel], [NewMatrixModel], [NewHighest] and [NewFirstMatch] (or
// decoded by [DecodeModel]); they are immutable, safe for concurrent use,
// and marshal to the JSON that DecodeModel reads (json.Marshal(m)). A
// model that does not decide (a rule set without default where no rule
// matched) returns a Result with Level [None] and no error; errors are
// reserved for input the model cannot score.
//
// A program may implement Model itself and combine its models with the
// package's in NewHighest and NewFirstMatch (such a combination marshals
// only if its parts do).
type Model interface {
	// Name returns the model's configured name (may be empty).
	Name() string
	// Assess scores the input.
	Assess(in Input) (Result, error)
}

// Model kinds, the "kind" member of a model's JSON object.
const (
	kindQuestionnaire = "questionnaire"
	kindRules         = "rules"
	kindHistory       = "history"
	kindMatrix        = "matrix"
	kindHighest       = "highest"
	kindFirstMatch    = "first_match"
)

var kinds = []string{kindQuestionnaire, kindRules, kindHistory, kindMatrix, kindHighest, kindFirstMatch}

// maxDepth bounds nesting of combinators in decoded JSON, so a hostile
// document cannot exhaust the stack.
const maxDepth = 32

// DecodeModel decodes any model of this package from its JSON object,
// dispatching on the "kind" member, and validates it. The kinds and their
// members:
//
//	{"kind": "questionnaire", "name": …, "mode": …, "questions": […], "bands": {…}}  see [QuestionnaireSpec]
//	{"kind": "rules", "name": …, "rules": […], "default": …}                         see [RuleSetSpec]
//	{"kind": "history", "name": …, "multipliers": {…}, "bands": {…}}                 see [HistorySpec]
//	{"kind": "matrix", "name": …, "impact": …, "likelihood": …, "risk": …, "rows": […]} see [NewMatrixModel]
//	{"kind": "highest", "name": …, "models": […]}                                     see [NewHighest]
//	{"kind": "first_match", "name": …, "default": …, "models": […]}                   see [NewFirstMatch]
//
// Decoding is strict: unknown, duplicate and case-variant members are
// errors, and so are spellings from before v1 ("first-match",
// "percent-of-max", "very-high", "no-rollback-plan", "compare"), with an
// error that names the new one.
func DecodeModel(data []byte) (Model, error) { return decodeModel(data, 0) }

func decodeModel(data []byte, depth int) (Model, error) {
	if depth > maxDepth {
		return nil, errf(ErrModel, "model", "", fmt.Sprintf("nesting deeper than %d", maxDepth))
	}
	// Read "kind" with the checks of the strict decode (a duplicate "kind"
	// or "Kind" is an error), so the sniff and the decode agree on it.
	var head struct {
		Kind string `json:"kind"`
	}
	if err := strictjson.Peek(data, &head); err != nil {
		return nil, jsonError(ErrModel, "model", err)
	}
	switch head.Kind {
	case kindQuestionnaire:
		return decodeQuestionnaire(data)
	case kindRules:
		return decodeRuleSet(data)
	case kindHistory:
		return decodeHistory(data)
	case kindMatrix:
		return decodeMatrix(data)
	case kindHighest, kindFirstMatch:
		return decodeCombinator(data, depth)
	}
	msg := "is not a model kind"
	if snake := renamed(head.Kind, func(s string) bool { return slices.Contains(kinds, s) }); snake != "" {
		msg += ": renamed " + strconv.Quote(snake)
	}
	return nil, errValid(ErrModel, "model kind", head.Kind, msg, kinds)
}

// Monotone reports whether raising a risk factor of an [Input] can never
// lower m's level: a fact becoming true or a fact count growing, the change
// becoming an emergency, more failed changes, changes with issues or
// incidents in its history, a higher impact or likelihood of a matrix, an
// answer with a higher score. It is decided for the package's models: a
// rule set is monotone when its rule levels never increase along the order
// and its default is no higher than any rule (conditions are upward
// closed, so more facts can only move the first match earlier); a matrix
// when its cells never fall as impact or likelihood rise; a questionnaire
// and a history model always (bands rise with the score, and history
// multipliers of risk counts are never negative); a highest combination
// when all its parts are. A first-match combination, and any model of
// another package, reports false: not known to be monotone.
func Monotone(m Model) bool {
	switch x := m.(type) {
	case *ruleSet:
		return x != nil && x.monotone()
	case *matrixModel:
		return x != nil && x.monotone()
	case *questionnaire:
		return x != nil && x.index != nil
	case *historyModel:
		return x != nil && x.ok
	case *combinator:
		if x == nil || x.kind != kindHighest {
			return false
		}
		for _, p := range x.models {
			if !Monotone(p) {
				return false
			}
		}
		return true
	}
	return false
}

// decodeStrict decodes data into v strictly (see strictjson.Decode);
// errors of encoding/json become errors of this package wrapping sentinel.
func decodeStrict(sentinel error, where string, data []byte, v any) error {
	if err := strictjson.Decode(data, v); err != nil {
		return jsonError(sentinel, where, err)
	}
	return nil
}

// jsonError returns err as an error of this package: one of this package
// (of a nested value's own decoding) as it is, any other (syntax, unknown
// member, trailing data, another package's) wrapped with sentinel.
func jsonError(sentinel error, where string, err error) error {
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "change" {
		return err
	}
	return errCause(sentinel, where+" JSON", "", err)
}

// renamedKey returns an error naming the new spelling when the JSON object
// data has the member old, spelled so before v1; nil otherwise (also when
// data is not an object: the strict decode reports that).
func renamedKey(sentinel error, where string, data []byte, old, now string) error {
	var m map[string]json.RawMessage
	if strictjson.Peek(data, &m) != nil {
		return nil
	}
	if _, ok := m[old]; ok {
		return errf(sentinel, where, old, "renamed: "+now)
	}
	return nil
}

// bandsRenamed reports the "compare" member of bands (before v1), within
// the model object data.
func bandsRenamed(where string, data []byte) error {
	var w struct {
		Bands json.RawMessage `json:"bands"`
	}
	if strictjson.Peek(data, &w) != nil || w.Bands == nil {
		return nil
	}
	return renamedKey(ErrModel, where+" bands", w.Bands, "compare", `"at_least": true for "at-least", omitted for "greater-than"`)
}

// isNilModel reports whether m is nil or a typed nil pointer (a nil
// *questionnaire in a Model interface is not == nil, yet has no model).
func isNilModel(m Model) bool {
	if m == nil {
		return true
	}
	v := reflect.ValueOf(m)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

func modelLabel(kind, name string) string {
	if name == "" {
		return kind
	}
	return kind + " " + strconv.Quote(name)
}
