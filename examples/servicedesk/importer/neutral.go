package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ReadNeutral reads the neutral incident event log (see doc.go).
func ReadNeutral(file string, rd io.Reader, opts Options) ([]*Incident, Stats, error) {
	var st Stats
	t, err := newTable(file, "neutral", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require("ticket", "time", "event"); err != nil {
		return nil, st, err
	}
	byID := map[string]*Incident{}
	var order []*Incident
	type pending struct {
		id string
		ev Event
	}
	var rest []pending
	err = t.each(func(r row) error {
		id := r.get("ticket")
		if id == "" {
			return fmt.Errorf("ticket is empty")
		}
		at, err := parseTime(r.get("time"), opts.Zone)
		if err != nil {
			return err
		}
		ev := Event{Line: r.line, At: at, Kind: EventKind(strings.ToLower(r.get("event"))), NPS: -1}
		switch ev.Kind {
		case EvOpen:
			if byID[id] != nil {
				return fmt.Errorf("ticket %s opened twice (first on line %d)", id, byID[id].Events[0].Line)
			}
			inc := &Incident{ID: id, Service: r.get("service"), Contact: r.get("contact"), Opened: at}
			if inc.Service == "" {
				return fmt.Errorf("open event of %s has no service", id)
			}
			if ev.Impact, err = level(opts.Matrix.Impact(), "impact", r.get("impact")); err != nil {
				return err
			}
			if ev.Urgency, err = level(opts.Matrix.Urgency(), "urgency", r.get("urgency")); err != nil {
				return err
			}
			ev.State = StNew
			if s := r.get("state"); s != "" {
				if ev.State, err = state(s); err != nil {
					return err
				}
			}
			ev.Team = r.get("team")
			inc.Events = append(inc.Events, ev)
			byID[id] = inc
			order = append(order, inc)
			return nil
		case EvState:
			if ev.State, err = state(r.get("state")); err != nil {
				return err
			}
			ev.Reason = r.get("reason")
		case EvAssign:
			if ev.Team = r.get("team"); ev.Team == "" {
				return fmt.Errorf("assign event without team")
			}
		case EvImpact:
			if ev.Impact, err = level(opts.Matrix.Impact(), "impact", r.get("impact")); err != nil {
				return err
			}
			if ev.Urgency, err = level(opts.Matrix.Urgency(), "urgency", r.get("urgency")); err != nil {
				return err
			}
		case EvPriority:
			if p := r.get("priority"); p != "" {
				if ev.Priority, err = level(opts.Matrix.Priority(), "priority", p); err != nil {
					return err
				}
				if ev.Reason = r.get("reason"); ev.Reason == "" {
					return fmt.Errorf("priority override without a reason")
				}
			}
		case EvSurvey:
			c, err := strconv.Atoi(r.get("csat"))
			if err != nil || c < 1 || c > 5 {
				return fmt.Errorf("csat %q: want 1 to 5", r.get("csat"))
			}
			ev.CSAT = c
			if s := r.get("nps"); s != "" {
				n, err := strconv.Atoi(s)
				if err != nil || n < 0 || n > 10 {
					return fmt.Errorf("nps %q: want 0 to 10 or empty", s)
				}
				ev.NPS = n
			}
		default:
			return fmt.Errorf("event %q: want open, state, assign, impact, priority or survey", r.get("event"))
		}
		rest = append(rest, pending{id, ev})
		return nil
	})
	if err != nil {
		return nil, st, err
	}
	// Events may come in any order; attach them once every ticket is known.
	for _, p := range rest {
		inc := byID[p.id]
		switch {
		case inc == nil:
			err = t.unreject(p.ev.Line, fmt.Errorf("ticket %s has no open event", p.id))
		case p.ev.At.Before(inc.Opened):
			err = t.unreject(p.ev.Line, fmt.Errorf("%s event at %s is before the ticket was opened (%s)", p.ev.Kind, p.ev.At.Format(time.RFC3339), inc.Opened.Format(time.RFC3339)))
		default:
			inc.Events = append(inc.Events, p.ev)
		}
		if err != nil {
			return nil, st, err
		}
	}
	for _, inc := range order {
		sortEvents(inc.Events)
	}
	slices.SortStableFunc(st.Errors, func(a, b *RowError) int { return cmp.Compare(a.Line, b.Line) })
	return order, st, nil
}

// sortEvents orders a log by time, then by source line; the open event first.
func sortEvents(evs []Event) {
	slices.SortStableFunc(evs, func(a, b Event) int {
		if (a.Kind == EvOpen) != (b.Kind == EvOpen) {
			if a.Kind == EvOpen {
				return -1
			}
			return 1
		}
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.Line, b.Line))
	})
}

func state(s string) (string, error) {
	if s == "" {
		return "", fmt.Errorf("state is empty")
	}
	c, ok := canonicalState(s)
	if !ok {
		return "", fmt.Errorf("state %q: unknown (want New, In Progress, Awaiting …, Resolved, Closed or Cancelled)", s)
	}
	return c, nil
}
