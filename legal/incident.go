package legal

import (
	"fmt"
	"strconv"
	"time"

	"github.com/itsmkit/itsm/internal/enum"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// EventKind is what happened to an incident. Its text form is shown beside
// each constant. The zero value is not a kind.
type EventKind uint8

const (
	// Aware: the entity became aware of the incident (of the personal data
	// breach, GDPR Art. 33(1); of the significant incident, NIS2
	// Art. 23(4)(a); of the ICT-related incident, Delegated Regulation (EU)
	// 2025/301 Art. 5(1)(a)).
	Aware EventKind = iota + 1 // "aware"
	// Classified: the entity classified the incident as major (DORA
	// Art. 18, Delegated Regulation (EU) 2024/1772 Art. 8).
	Classified // "classified"
	// Resolved: the incident was resolved or its handling completed (NIS2
	// Art. 23(4)(e)); regular activities recovered (2025/301 Art. 5(1)(b)).
	Resolved // "resolved"
	// Requested: an authority requested a report (Event.Obligation names
	// it), such as an intermediate report under NIS2 Art. 23(4)(c).
	Requested // "requested"
	// Submitted: the entity submitted the report, notification or
	// communication of an obligation (Event.Obligation names it).
	Submitted // "submitted"
)

var eventNames = enum.New[EventKind]("legal", "event kind", ErrIncident,
	Aware, "aware", Classified, "classified", Resolved, "resolved", Requested, "requested", Submitted, "submitted")

func (k EventKind) valid() bool { return k >= Aware && k <= Submitted }

// String returns the text form, or "event_kind(N)" for an undeclared value.
func (k EventKind) String() string {
	if !k.valid() {
		return "event_kind(" + strconv.Itoa(int(k)) + ")"
	}
	return eventNames.String(k)
}

// MarshalText returns the text form; an undeclared value is an error
// wrapping [ErrIncident] that lists the valid ones.
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.valid() {
		e := errorf("event kind", k.String(), ErrIncident)
		e.Valid = eventNames.Valid()
		return nil, e
	}
	return eventNames.Marshal(k)
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrIncident] that lists the valid forms.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := eventNames.Parse(string(b))
	if err != nil {
		return err
	}
	if k == nil {
		return errorf("event kind", string(b), fmt.Errorf("%w: decoding into a nil *EventKind", ErrIncident))
	}
	*k = v
	return nil
}

// Fact is something true of an incident or of the reporting entity that
// decides whether an obligation applies. Its text form is shown beside each
// constant. The zero value is not a fact.
type Fact uint8

const (
	// HighRisk: the personal data breach is likely to result in a high risk
	// to the rights and freedoms of natural persons (GDPR Art. 34(1)).
	HighRisk Fact = iota + 1 // "high_risk"
	// Processor: the entity processes the data on behalf of a controller,
	// so it informs the controller (GDPR Art. 33(2)) instead of the
	// supervisory authority.
	Processor // "processor"
	// ClientImpact: the major ICT-related incident has an impact on the
	// financial interests of clients (DORA Art. 19(3)).
	ClientImpact // "client_impact"
	// DORARelief: the entity may use the weekend and holiday relief of
	// Delegated Regulation (EU) 2025/301 Art. 5(4) for every report: it is
	// not a credit institution, central counterparty, operator of a trading
	// venue or essential or important entity under NIS2 (Art. 5(5)), and no
	// decision of its competent authority under Art. 5(6) applies.
	DORARelief // "dora_relief"
	// DORAReliefFinal: the entity may use Art. 5(4) for the final report
	// only (it is one of the entities of Art. 5(5)).
	DORAReliefFinal // "dora_relief_final"
)

var factNames = enum.New[Fact]("legal", "fact", ErrIncident,
	HighRisk, "high_risk", Processor, "processor", ClientImpact, "client_impact", DORARelief, "dora_relief", DORAReliefFinal, "dora_relief_final")

func (f Fact) valid() bool { return f >= HighRisk && f <= DORAReliefFinal }

// String returns the text form, or "fact(N)" for an undeclared value.
func (f Fact) String() string {
	if !f.valid() {
		return "fact(" + strconv.Itoa(int(f)) + ")"
	}
	return factNames.String(f)
}

// MarshalText returns the text form; an undeclared value is an error
// wrapping [ErrIncident] that lists the valid ones.
func (f Fact) MarshalText() ([]byte, error) {
	if !f.valid() {
		e := errorf("fact", f.String(), ErrIncident)
		e.Valid = factNames.Valid()
		return nil, e
	}
	return factNames.Marshal(f)
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrIncident] that lists the valid forms.
func (f *Fact) UnmarshalText(b []byte) error {
	v, err := factNames.Parse(string(b))
	if err != nil {
		return err
	}
	if f == nil {
		return errorf("fact", string(b), fmt.Errorf("%w: decoding into a nil *Fact", ErrIncident))
	}
	*f = v
	return nil
}

// Event is one thing that happened to an incident, at an instant.
type Event struct {
	Kind       EventKind `json:"kind"`
	At         time.Time `json:"at"`
	Obligation string    `json:"obligation,omitempty"` // for Submitted and Requested: the obligation's ID
}

// Incident is what [Track] reads: the events of one incident and the facts
// that decide which obligations apply. Events may be in any order; those
// after the instant Track is asked about are ignored, as not yet happened.
//
// The JSON form:
//
//	{"id": "INC-4711",
//	 "facts": ["high_risk", "client_impact"],
//	 "events": [{"kind": "aware", "at": "2026-05-08T09:10:00+02:00"},
//	            {"kind": "classified", "at": "2026-05-08T11:00:00+02:00"},
//	            {"kind": "submitted", "obligation": "dora_initial", "at": "2026-05-08T13:30:00+02:00"}]}
type Incident struct {
	ID     string  `json:"id"`
	Facts  []Fact  `json:"facts,omitempty"`
	Events []Event `json:"events"`
}

// UnmarshalJSON decodes strictly (unknown and duplicate keys are errors)
// and checks each event: a known kind, a time, and an obligation for
// Submitted and Requested events. Errors wrap [ErrIncident].
func (inc *Incident) UnmarshalJSON(b []byte) error {
	if inc == nil {
		return errorf("incident", "", fmt.Errorf("%w: decoding into a nil *Incident", ErrIncident))
	}
	type plain Incident
	var v plain
	if err := strictjson.DecodeInto(b, &v); err != nil {
		return wrapJSON("incident", err, ErrIncident)
	}
	if err := Incident(v).check(); err != nil {
		return err
	}
	*inc = Incident(v)
	return nil
}

// check reports the first malformed event, naming it by position.
func (inc Incident) check() error {
	for _, f := range inc.Facts {
		if !f.valid() {
			e := errorf("incident "+strconv.Quote(inc.ID)+" fact", f.String(), ErrIncident)
			e.Valid = factNames.Valid()
			return e
		}
	}
	for i, ev := range inc.Events {
		ctx := fmt.Sprintf("incident %q event %d", inc.ID, i)
		switch {
		case !ev.Kind.valid():
			e := errorf(ctx, ev.Kind.String(), fmt.Errorf("%w: unknown kind", ErrIncident))
			e.Valid = eventNames.Valid()
			return e
		case ev.At.IsZero():
			return errorf(ctx, ev.Kind.String(), fmt.Errorf("%w: no time", ErrIncident))
		case (ev.Kind == Submitted || ev.Kind == Requested) && ev.Obligation == "":
			return errorf(ctx, ev.Kind.String(), fmt.Errorf("%w: a %s event names its obligation", ErrIncident, ev.Kind))
		case ev.Kind != Submitted && ev.Kind != Requested && ev.Obligation != "":
			return errorf(ctx, ev.Obligation, fmt.Errorf("%w: only submitted and requested events name an obligation", ErrIncident))
		}
	}
	return nil
}

func (inc Incident) has(f Fact) bool {
	for _, x := range inc.Facts {
		if x == f {
			return true
		}
	}
	return false
}

// wrapJSON returns a decoding error as a legal *itsm.Error wrapping
// sentinel, keeping the package's own errors as they are.
func wrapJSON(context string, err error, sentinel error) error {
	if e, ok := ownError(err); ok {
		return e
	}
	return errorf(context, "", fmt.Errorf("%w: %w", sentinel, err))
}
