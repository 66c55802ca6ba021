package main

import (
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar"
)

// The event kinds of the neutral format (column "event").
const (
	evOpen     = "open"     // the ticket is opened: service, impact, urgency, team, contact
	evState    = "state"    // the state changes
	evAssign   = "assign"   // (re)assigned to a team
	evImpact   = "impact"   // impact and urgency reassessed
	evPriority = "priority" // priority overridden by hand (empty priority: override removed)
	evSurvey   = "survey"   // the requester answered the satisfaction survey
)

// Canonical states (see canonicalState).
const (
	stNew       = "New"
	stResolved  = "Resolved"
	stClosed    = "Closed"
	stCancelled = "Cancelled"
)

// Event is one row of a neutral event log. Its fields are exported and
// plain so that Beam encodes it with its schema coder.
type Event struct {
	File     string // the file it was read from: with Line, the order of same-time events
	Line     int64  // line in the file (the header is line 1)
	At       int64  // Unix nanoseconds
	Kind     string // evOpen, evState, …
	State    string // canonical (evOpen, evState)
	Team     string // evOpen, evAssign
	Service  string // evOpen
	Impact   string // evOpen, evImpact: a label of the matrix's impact scale
	Urgency  string // evOpen, evImpact
	Priority string // evPriority
	Reason   string // evPriority: why; evState: a note
	Contact  string // evOpen: phone, chat, portal, …
	CSAT     int64  // evSurvey: 1–5
	NPS      int64  // evSurvey: 0–10, −1 when not answered
}

// Time returns the event's instant.
func (e Event) Time() time.Time { return time.Unix(0, e.At) }

// RowError is a rejected row: file, line and why.
type RowError struct {
	File string
	Line int64
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// ReadEvents reads one neutral event log and calls emit with each event
// and its ticket. A bad row (unknown event, bad timestamp, missing field)
// is passed to reject and skipped; a file without the required columns, or
// that is not CSV, is an error.
func ReadEvents(file string, rd io.Reader, loc *time.Location, emit func(ticket string, e Event), reject func(*RowError)) error {
	r := csv.NewReader(rd)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", file, err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		col[h] = i
	}
	for _, req := range []string{"ticket", "time", "event"} {
		if _, ok := col[req]; !ok {
			return fmt.Errorf("%s: no %q column (want the neutral format: ticket,time,event,…)", file, req)
		}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		line, _ := r.FieldPos(0)
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			reject(&RowError{File: file, Line: int64(perr.StartLine), Err: err})
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		id, e, err := parseRow(get, loc)
		if err != nil {
			reject(&RowError{File: file, Line: int64(line), Err: err})
			continue
		}
		e.File, e.Line = file, int64(line)
		emit(id, e)
	}
}

// parseRow checks one row as examples/servicedesk's neutral reader does.
// Labels of the priority matrix are checked when the ticket is replayed.
func parseRow(get func(string) string, loc *time.Location) (string, Event, error) {
	id := get("ticket")
	if id == "" {
		return "", Event{}, errors.New("ticket is empty")
	}
	at, err := parseTime(get("time"), loc)
	if err != nil {
		return "", Event{}, err
	}
	e := Event{At: at.UnixNano(), Kind: strings.ToLower(get("event")), NPS: -1}
	switch e.Kind {
	case evOpen:
		e.Service, e.Impact, e.Urgency, e.Team, e.Contact = get("service"), get("impact"), get("urgency"), get("team"), get("contact")
		if e.Service == "" {
			return "", Event{}, fmt.Errorf("open event of %s has no service", id)
		}
		if e.Impact == "" || e.Urgency == "" {
			return "", Event{}, fmt.Errorf("open event of %s has no impact or urgency", id)
		}
		e.State = stNew
		if s := get("state"); s != "" {
			if e.State, err = state(s); err != nil {
				return "", Event{}, err
			}
		}
	case evState:
		if e.State, err = state(get("state")); err != nil {
			return "", Event{}, err
		}
		e.Reason = get("reason")
	case evAssign:
		if e.Team = get("team"); e.Team == "" {
			return "", Event{}, errors.New("assign event without team")
		}
	case evImpact:
		e.Impact, e.Urgency = get("impact"), get("urgency")
		if e.Impact == "" || e.Urgency == "" {
			return "", Event{}, errors.New("impact event without impact or urgency")
		}
	case evPriority:
		if e.Priority = get("priority"); e.Priority != "" {
			if e.Reason = get("reason"); e.Reason == "" {
				return "", Event{}, errors.New("priority override without a reason")
			}
		}
	case evSurvey:
		c, err := strconv.Atoi(get("csat"))
		if err != nil || c < 1 || c > 5 {
			return "", Event{}, fmt.Errorf("csat %q: want 1 to 5", get("csat"))
		}
		e.CSAT = int64(c)
		if s := get("nps"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 || n > 10 {
				return "", Event{}, fmt.Errorf("nps %q: want 0 to 10 or empty", s)
			}
			e.NPS = int64(n)
		}
	default:
		return "", Event{}, fmt.Errorf("event %q: want open, state, assign, impact, priority or survey", get("event"))
	}
	return id, e, nil
}

// parseTime reads an RFC 3339 timestamp, or a local "2006-01-02 15:04[:05]"
// in loc (with the calendar's DST policy, calendar.Civil), within the
// calendars' range.
func parseTime(s string, loc *time.Location) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		var c time.Time
		for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04"} {
			if c, err = time.Parse(layout, s); err == nil {
				break
			}
		}
		if err != nil {
			return time.Time{}, fmt.Errorf("timestamp %q: not RFC 3339 or yyyy-mm-dd hh:mm[:ss]", s)
		}
		t = calendar.Civil(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), c.Second(), c.Nanosecond(), loc)
	}
	if t.Before(calendar.RangeStart()) || !t.Before(calendar.RangeEnd()) {
		return time.Time{}, fmt.Errorf("timestamp %q: outside the calendars' range", s)
	}
	return t, nil
}

// state returns the canonical name of a state (examples/servicedesk's
// mapping): New, In Progress, Resolved, Closed, Cancelled, or a pause
// state ("Awaiting …", "Waiting for …", "On hold …") under its own name.
func state(s string) (string, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "":
		return "", errors.New("state is empty")
	case "new", "open", "opened", "to do", "waiting for support", "logged":
		return stNew, nil
	case "in progress", "active", "work in progress", "assigned", "escalated", "in work":
		return "In Progress", nil
	case "resolved", "done", "fixed", "solved":
		return stResolved, nil
	case "closed":
		return stClosed, nil
	case "cancelled", "canceled", "declined", "won't do", "duplicate":
		return stCancelled, nil
	case "pending", "waiting for customer":
		return "Awaiting User Info", nil
	}
	if strings.HasPrefix(t, "awaiting ") || strings.HasPrefix(t, "waiting for ") || strings.HasPrefix(t, "on hold") {
		return strings.TrimSpace(s), nil
	}
	return "", fmt.Errorf("state %q: unknown (want New, In Progress, Awaiting …, Resolved, Closed or Cancelled)", s)
}

// Run is consecutive rows of one ticket in one file: the unit the reader
// emits and the shuffle moves.
type Run struct {
	File   string
	Events []Event // all from File
}

// encodeRun is the Beam coder's encoder of a Run: the file name once, then
// each event's fields as varints and length-prefixed strings (a third of
// the size of Beam's schema encoding, which repeats the file name and
// field framing per event).
func encodeRun(r Run) []byte {
	b := binary.AppendUvarint(nil, uint64(len(r.File)))
	b = append(b, r.File...)
	b = binary.AppendUvarint(b, uint64(len(r.Events)))
	for _, e := range r.Events {
		b = binary.AppendVarint(b, e.Line)
		b = binary.AppendVarint(b, e.At)
		for _, s := range [...]string{e.Kind, e.State, e.Team, e.Service, e.Impact, e.Urgency, e.Priority, e.Reason, e.Contact} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		b = binary.AppendVarint(b, e.CSAT)
		b = binary.AppendVarint(b, e.NPS)
	}
	return b
}

// decodeRun is the Beam coder's decoder of a Run.
func decodeRun(b []byte) (Run, error) {
	bad := errors.New("run encoding: truncated or corrupt")
	varint := func() (int64, bool) {
		v, n := binary.Varint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	str := func() (string, bool) {
		l, n := binary.Uvarint(b)
		if n <= 0 || l > uint64(len(b)-n) {
			return "", false
		}
		s := string(b[n : n+int(l)])
		b = b[n+int(l):]
		return s, true
	}
	var r Run
	var ok bool
	if r.File, ok = str(); !ok {
		return Run{}, bad
	}
	count, n := binary.Uvarint(b)
	if n <= 0 || count > uint64(len(b)) {
		return Run{}, bad
	}
	b = b[n:]
	r.Events = make([]Event, count)
	for k := range r.Events {
		e := &r.Events[k]
		e.File = r.File
		ok1, ok2, ok3, ok4 := true, true, true, true
		e.Line, ok1 = varint()
		e.At, ok2 = varint()
		for _, p := range [...]*string{&e.Kind, &e.State, &e.Team, &e.Service, &e.Impact, &e.Urgency, &e.Priority, &e.Reason, &e.Contact} {
			if *p, ok = str(); !ok {
				return Run{}, bad
			}
		}
		e.CSAT, ok3 = varint()
		e.NPS, ok4 = varint()
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return Run{}, bad
		}
	}
	if len(b) > 0 {
		return Run{}, bad
	}
	return r, nil
}
