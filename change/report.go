package change

import (
	"errors"
	"strconv"

	"github.com/itsmkit/itsm"
)

// UnknownCI is a finding of [CheckConflicts]: the record at Index (of the
// input slice) of change Change names CI, which the CI graph does not know.
// It is not an error: the change is checked, CI conflicts with every other
// change naming the same CI, and is related to no CI.
type UnknownCI struct {
	Index  int    `json:"index"`
	Change string `json:"change"`
	CI     string `json:"ci"`
}

// String renders the finding, e.g. `record 4 (change "CHG7"): CI "srv9" is not in the CI graph`.
func (u UnknownCI) String() string {
	return recordWhere(u.Index, u.Change) + ": CI " + strconv.Quote(u.CI) + " is not in the CI graph"
}

// recordWhere names input record i as itsm.RecordError does, e.g.
// `record 3 (change "CHG7")`.
func recordWhere(i int, id string) string {
	s := "record " + strconv.Itoa(i) + " (change"
	if id != "" {
		s += " " + strconv.Quote(id)
	}
	return s + ")"
}

// ConflictReport is the result of [CheckConflicts]: the conflicts among the
// usable records, the CIs the graph does not know (findings, not errors),
// and the records that were rejected. Each rejected record is an
// [itsm.RecordError], the module's one per-record error: Index is the
// record's position in the input slice, Kind "change", ID its change ID
// (may be empty, which can be the fault), Err the reason, an [*itsm.Error]
// wrapping [ErrPlan].
type ConflictReport struct {
	Conflicts  []Conflict         `json:"conflicts"`
	UnknownCIs []UnknownCI        `json:"unknown_cis,omitempty"`
	Rejected   []itsm.RecordError `json:"rejected,omitempty"`
}

// Err returns nil when no record was rejected, else the errors of all
// rejected records joined (errors.Join, in input order): errors.Is(err,
// [ErrPlan]) holds and errors.As finds each [itsm.RecordError]. Unknown
// CIs are not errors.
func (r ConflictReport) Err() error {
	if len(r.Rejected) == 0 {
		return nil
	}
	errs := make([]error, len(r.Rejected))
	for i, e := range r.Rejected {
		errs[i] = e
	}
	return errors.Join(errs...)
}
