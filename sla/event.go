package sla

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// EventKind is what happened to a ticket. The zero value is invalid.
type EventKind uint8

// Event kinds. Their text forms are in parentheses.
const (
	Created         EventKind = iota + 1 // ticket opened ("created"); carries the initial state and priority
	StateChanged                         // state changed ("state"); State is required
	PriorityChanged                      // priority changed ("priority"); Priority is required
	Responded                            // an agent replied to the requester ("response")
	Updated                              // an agent posted an update ("update")
	CustomerReplied                      // the requester replied ("customer-reply")
	Assigned                             // the ticket moved to a team or provider ("assign"); Assignee, "" = unassigned
	Reopened                             // reopened after resolve/close ("reopen")
	Resolved                             // resolved ("resolve")
	Closed                               // closed ("close")
)

var eventNames = [...]string{"", "created", "state", "priority", "response", "update", "customer-reply", "assign", "reopen", "resolve", "close"}

func (k EventKind) valid() bool { return k >= Created && k <= Closed }

// String returns the text form.
func (k EventKind) String() string {
	if k.valid() {
		return eventNames[k]
	}
	return fmt.Sprintf("EventKind(%d)", k)
}

// MarshalText returns the text form.
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.valid() {
		return nil, errorf("event kind", k.String(), ErrEvent)
	}
	return []byte(eventNames[k]), nil
}

// UnmarshalText parses the text form.
func (k *EventKind) UnmarshalText(b []byte) error {
	i := slices.Index(eventNames[:], string(b))
	if i <= 0 {
		return errorf("event kind", string(b), ErrEvent)
	}
	*k = EventKind(i)
	return nil
}

// Event is one entry of a ticket's timeline. Any event may carry the state
// the ticket is in after it (State, "" = unchanged) and the priority
// (Priority, "" = unchanged); Assignee is read only from [Assigned] and
// [Created] events. States and priorities are labels as the ticketing tool
// records them ("P1", or the Name of a priority.Level from package
// priority); policy rules match them exactly.
type Event struct {
	At       time.Time `json:"at"`                 // when it happened (not the zero time)
	Kind     EventKind `json:"kind"`               // what happened
	State    string    `json:"state,omitempty"`    // state after the event; "" = unchanged
	Priority string    `json:"priority,omitempty"` // priority after the event; "" = unchanged
	Assignee string    `json:"assignee,omitempty"` // team or provider holding the ticket (Assigned and Created events)
}

func (e Event) equal(o Event) bool {
	return e.At.Equal(o.At) && e.Kind == o.Kind && e.State == o.State && e.Priority == o.Priority && e.Assignee == o.Assignee
}

// String renders the event for error messages and logs.
func (e Event) String() string {
	var b strings.Builder
	b.WriteString(e.At.Format(time.RFC3339Nano))
	b.WriteByte(' ')
	b.WriteString(e.Kind.String())
	for _, kv := range [][2]string{{"state", e.State}, {"priority", e.Priority}, {"assignee", e.Assignee}} {
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
// Rules (documented in doc.go, tested): the first event must be the one
// Created event (events before it → ErrBeforeCreation; none → ErrNoCreation;
// a second, different Created → ErrEvent); an exact duplicate of the
// preceding event is ignored during replay; zero instants, unknown kinds, a state change without a
// state, a priority change without a priority are ErrEvent; with a list of
// known states, any other state is ErrUnknownState.
func normalize(events []Event, known []string) ([]Event, error) {
	if !slices.IsSortedFunc(events, cmpEvents) {
		events = slices.Clone(events)
		slices.SortStableFunc(events, cmpEvents)
	}
	if len(events) == 0 {
		return nil, ErrNoCreation
	}
	first := events[0]
	if first.Kind != Created {
		for i, e := range events {
			if e.Kind == Created {
				return nil, errorf(fmt.Sprintf("event %d", i), events[0].String(), ErrBeforeCreation)
			}
		}
		return nil, ErrNoCreation
	}
	for i, e := range events {
		ctx := "event"
		if e.At.IsZero() || !e.Kind.valid() {
			return nil, errorf(ctx, e.String(), ErrEvent)
		}
		switch e.Kind {
		case Created:
			if i > 0 && !e.equal(first) {
				return nil, errorf(ctx, e.String(), ErrEvent)
			}
		case StateChanged:
			if e.State == "" {
				return nil, errorf(ctx, e.String(), ErrEvent)
			}
		case PriorityChanged:
			if e.Priority == "" {
				return nil, errorf(ctx, e.String(), ErrEvent)
			}
		}
		if e.State != "" && len(known) > 0 && !slices.Contains(known, e.State) {
			return nil, errorf(ctx, e.State, ErrUnknownState)
		}
	}
	return events, nil
}
