package sla

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/internal/enum"
)

// EventKind is what happened to a ticket. Its text form (JSON) is
// "created", "state", "priority", "response", "update", "customer_reply",
// "assign", "reopen", "resolve" or "close", as beside each constant. The
// zero value is invalid.
type EventKind uint8

const (
	Created         EventKind = iota + 1 // "created": ticket opened; carries the initial state and priority
	StateChanged                         // "state": state changed; State is required
	PriorityChanged                      // "priority": priority changed; Priority is required
	Responded                            // "response": an agent replied to the requester
	Updated                              // "update": an agent posted an update
	CustomerReplied                      // "customer_reply": the requester replied
	Assigned                             // "assign": the ticket moved to a team, provider or person; Group and Assignee, "" = none
	Reopened                             // "reopen": reopened after resolve or close
	Resolved                             // "resolve": resolved
	Closed                               // "close": closed
)

var eventNames = enum.New[EventKind]("sla", "event kind", ErrEvent,
	Created, "created", StateChanged, "state", PriorityChanged, "priority", Responded, "response",
	Updated, "update", CustomerReplied, "customer_reply", Assigned, "assign", Reopened, "reopen",
	Resolved, "resolve", Closed, "close")

func (k EventKind) valid() bool { return k >= Created && k <= Closed }

// String returns the text form ("created", "state", …).
func (k EventKind) String() string { return enumString(eventNames, "event kind", k) }

// MarshalText returns the text form; an undeclared value is an error.
func (k EventKind) MarshalText() ([]byte, error) {
	return enumMarshal(eventNames, "event kind", ErrEvent, k)
}

// UnmarshalText parses the text form; any other text is an error wrapping
// [ErrEvent] that lists the valid values.
func (k *EventKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(eventNames, "event kind", ErrEvent, k, b)
}

// Event is one entry of a ticket's timeline. Any event may carry the state
// the ticket is in after it (State, "" = unchanged) and the priority
// (Priority, "" = unchanged). Group and Assignee are the assignment after
// an [Assigned] or [Created] event (read only from those; "" = none): the
// assignment group (ServiceNow's assignment group, a Jira team, a Zammad
// group) and the team, provider or person holding the ticket. A policy
// counts a clock that follows the team (TargetSpec.FollowGroup) on the
// group's calendar, and conditions match groups and assignees. States and
// priorities are labels as the ticketing tool records them ("P1", or the
// Name of a priority.Level from package priority); policy rules match
// them exactly.
type Event struct {
	At       time.Time `json:"at"`                 // when it happened (not the zero time)
	Kind     EventKind `json:"kind"`               // what happened
	State    string    `json:"state,omitempty"`    // state after the event; "" = unchanged
	Priority string    `json:"priority,omitempty"` // priority after the event; "" = unchanged
	Group    string    `json:"group,omitempty"`    // assignment group holding the ticket (Assigned and Created events)
	Assignee string    `json:"assignee,omitempty"` // team, provider or person holding the ticket (Assigned and Created events)
}

// equal reports whether e and o are the same event: the same instant
// (time.Time.Equal) and equal in every other field. The kinds are compared
// first: a byte, where Equal is a call and most neighbours differ in kind.
func (e *Event) equal(o *Event) bool {
	return e.Kind == o.Kind && e.At.Equal(o.At) && e.State == o.State && e.Priority == o.Priority && e.Group == o.Group && e.Assignee == o.Assignee
}

// String renders the event for error messages and logs.
func (e Event) String() string {
	var b strings.Builder
	b.WriteString(e.At.Format(time.RFC3339Nano))
	b.WriteByte(' ')
	b.WriteString(e.Kind.String())
	for _, kv := range [][2]string{{"state", e.State}, {"priority", e.Priority}, {"group", e.Group}, {"assignee", e.Assignee}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, " %s=%q", kv[0], kv[1])
		}
	}
	return b.String()
}

// Ticket is what a [Policy] evaluates: its attributes (for rule selection:
// "service", "customer", …) and its timeline.
type Ticket struct {
	ID     string            `json:"id,omitempty"`    // optional, quoted in errors
	Attrs  map[string]string `json:"attrs,omitempty"` // attributes matched by Rule.Where (service, customer …)
	Events []Event           `json:"events"`          // the timeline, starting with its Created event
}

func cmpEvents(a, b Event) int {
	if c := a.At.Compare(b.At); c != 0 {
		return c
	}
	// At the same instant the creation comes first.
	switch {
	case a.Kind == Created && b.Kind != Created:
		return -1
	case b.Kind == Created && a.Kind != Created:
		return 1
	}
	return 0
}

// normalize returns the timeline sorted stably by time (creation first
// within an instant) and checks it. It copies only if the input is unsorted.
//
// Rules (documented in doc.go, tested), each an ErrEvent: the first event
// must be the one Created event (no events before it, none missing, no
// second, different Created); zero instants, unknown kinds, a state change
// without a state, a priority change without a priority, and, with a list
// of known states (priorities), any other state (priority). An exact
// duplicate of the preceding event is ignored during replay.
// sortedEvents is slices.IsSortedFunc(events, cmpEvents) without copying
// the events.
func sortedEvents(events []Event) bool {
	for i := 1; i < len(events); i++ {
		a, b := &events[i-1], &events[i]
		if c := b.At.Compare(a.At); c < 0 || (c == 0 && b.Kind == Created && a.Kind != Created) {
			return false
		}
	}
	return true
}

func normalize(events []Event, known, prios []string) ([]Event, error) {
	if !sortedEvents(events) {
		events = slices.Clone(events)
		slices.SortStableFunc(events, cmpEvents)
	}
	if len(events) == 0 {
		return nil, errNoCreation("")
	}
	first := events[0]
	if first.Kind != Created {
		for i, e := range events {
			if e.Kind == Created {
				return nil, errorf(fmt.Sprintf("event %d", i), events[0].String(), detail(ErrEvent, "an event before the ticket was created"))
			}
		}
		return nil, errNoCreation(events[0].String())
	}
	for i := range events {
		e := &events[i]
		ctx := "event"
		if e.At.IsZero() {
			return nil, errorf(ctx, e.String(), detail(ErrEvent, "no instant"))
		}
		if !e.Kind.valid() {
			return nil, enumCheck(eventNames, ctx+" kind", ErrEvent, e.Kind)
		}
		switch e.Kind {
		case Created:
			if i > 0 && !e.equal(&first) {
				return nil, errorf(ctx, e.String(), detail(ErrEvent, "a second, different created event"))
			}
		case StateChanged:
			if e.State == "" {
				return nil, errorf(ctx, e.String(), detail(ErrEvent, "a state change without a state"))
			}
		case PriorityChanged:
			if e.Priority == "" {
				return nil, errorf(ctx, e.String(), detail(ErrEvent, "a priority change without a priority"))
			}
		}
		if e.State != "" && len(known) > 0 && !slices.Contains(known, e.State) {
			e := errorf("event state", e.State, detail(ErrEvent, "a state the policy does not list"))
			e.Valid = slices.Clone(known)
			return nil, e
		}
		if e.Priority != "" && len(prios) > 0 && !slices.Contains(prios, e.Priority) {
			e := errorf("event priority", e.Priority, detail(ErrEvent, "a priority the policy does not list"))
			e.Valid = slices.Clone(prios)
			return nil, e
		}
	}
	return events, nil
}

// errNoCreation: a timeline without its created event.
func errNoCreation(first string) error {
	return errorf("timeline", first, detail(ErrEvent, "no created event"))
}
