package importer

import (
	"strings"
	"time"
)

// EventKind says what an incident event records.
type EventKind string

// The event kinds of the neutral format (column "event").
const (
	EvOpen     EventKind = "open"     // the ticket is opened: service, impact, urgency, team, contact
	EvState    EventKind = "state"    // the ticket's state changes
	EvAssign   EventKind = "assign"   // the ticket is (re)assigned to a team
	EvImpact   EventKind = "impact"   // impact and/or urgency are reassessed
	EvPriority EventKind = "priority" // the priority is overridden by hand (empty priority: override removed)
	EvSurvey   EventKind = "survey"   // the user answered the satisfaction survey
)

// Canonical ticket states. Source states are mapped onto these by
// canonicalState; any state starting with "Awaiting" or "Waiting" is a pause
// state and keeps its own name (the SLA policy decides which ones pause).
const (
	StNew        = "New"
	StInProgress = "In Progress"
	StResolved   = "Resolved"
	StClosed     = "Closed"
	StCancelled  = "Cancelled"
)

// Event is one entry of an incident's log.
type Event struct {
	Line     int // line in the source file (1-based, header is line 1)
	At       time.Time
	Kind     EventKind
	State    string // EvOpen, EvState
	Team     string // EvOpen, EvAssign
	Impact   string // EvOpen, EvImpact: a label of the matrix's impact scale
	Urgency  string // EvOpen, EvImpact
	Priority string // EvPriority: a label of the matrix's priority scale; EvOpen: the priority given without impact and urgency (Jira)
	Reason   string // EvPriority: why; EvState: free note ("reopened by user")
	CSAT     int    // EvSurvey: 1..5, 0 = not answered
	NPS      int    // EvSurvey: 0..10, -1 = not answered
}

// Incident is one ticket with its event log in time order.
type Incident struct {
	ID      string
	Service string
	Contact string
	Opened  time.Time
	Events  []Event

	// SourcePriority is the priority the source system showed, if any
	// (ServiceNow, Jira); the report compares it with the matrix.
	SourcePriority string
	// Source is what the source system itself recorded about the
	// incident (nil for the neutral format).
	Source *Source
	// NoHistory says the export has no history of the incident (Jira: one
	// row per issue): there is no first response and no pause in the
	// events, and response targets have no data.
	NoHistory bool
}

// Source is what an export says about an incident in the source system's
// own fields, as recorded, beside the events rebuilt from it.
type Source struct {
	System string // "servicenow" or "jira"
	// Status is the state as the export names it (Jira's Status).
	Status string
	// Line is the line of the row the fields are read from (ServiceNow:
	// the last update; Jira: the row).
	Line int
	// Resolved and Closed are the system's resolution and closing
	// instants (ServiceNow resolved_at and closed_at of the last update,
	// Jira Resolved); zero when the field is empty.
	Resolved, Closed time.Time
	// HasCounts says the export carries the system's own counters:
	// ServiceNow's reopen_count and reassignment_count (of the last
	// update).
	HasCounts         bool
	ReopenCount       int
	ReassignmentCount int
	// Verdicts are the system's own SLA verdicts (ServiceNow made_sla,
	// Jira's SLA columns).
	Verdicts []Verdict
}

// Verdict is the source system's own SLA verdict on an incident.
type Verdict struct {
	// Field is the column it was read from ("made_sla", "Custom field
	// (Time to resolution)").
	Field string
	// Metric is the clock it judges: "resolution" or "response".
	Metric string
	// Met is the verdict: the SLA was made (not breached).
	Met bool
	// Text is the field as written.
	Text string
	// Final says the verdict is settled: the clock it judges has stopped
	// (the incident is resolved), or it has breached already. A clock that
	// still ran within its goal when the export was taken is not settled.
	Final bool
}

// Outage is one record of a service being down, or of a planned
// maintenance window (Kind "maintenance").
type Outage struct {
	Line       int
	Service    string
	Start, End time.Time
	Kind       string // "outage" or "maintenance"
	Ticket     string // major incident raised for it, if any
	Note       string
}

// Change is one planned change request, merged from its rows (one per CI).
type Change struct {
	Line       int // the change's first row
	ID         string
	Type       string // standard, normal, emergency
	Title      string
	Service    string
	CIs        []string  // in row order, each once
	Start, End time.Time // Start == End: a zero-length change (an instant)
	Assignee   string
	Requested  time.Time
	Rollback   bool
	Tested     bool
	Users      int
	Downtime   bool
}

// canonicalState maps a source state name onto the canonical names; ok is
// false for a state we do not understand.
func canonicalState(s string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	// German names as a German Jira or ServiceNow shows them.
	case "neu", "offen", "zu erledigen", "warten auf support", "wartet auf support":
		return StNew, true
	case "in arbeit", "in bearbeitung":
		return StInProgress, true
	case "erledigt", "gelöst", "fertig":
		return StResolved, true
	case "geschlossen":
		return StClosed, true
	case "abgebrochen", "storniert", "abgelehnt":
		return StCancelled, true
	case "warten auf kunde", "warten auf kunden", "wartet auf kunden", "ausstehend":
		return "Awaiting User Info", true
	case "new", "open", "opened", "to do", "waiting for support", "logged":
		return StNew, true
	case "in progress", "active", "work in progress", "assigned", "escalated", "in work":
		return StInProgress, true
	case "resolved", "done", "fixed", "solved":
		return StResolved, true
	case "closed":
		return StClosed, true
	case "cancelled", "canceled", "declined", "won't do", "duplicate":
		return StCancelled, true
	case "pending":
		return "Awaiting User Info", true
	case "waiting for customer":
		return "Awaiting User Info", true
	}
	if strings.HasPrefix(t, "awaiting ") || strings.HasPrefix(t, "waiting for ") || strings.HasPrefix(t, "on hold") {
		return strings.TrimSpace(s), true
	}
	return "", false
}
