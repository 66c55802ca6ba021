package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadOutages reads the outage and maintenance log (see doc.go).
func ReadOutages(file string, rd io.Reader, opts LoadOptions) ([]Outage, LoadStats, error) {
	var st LoadStats
	t, err := newTable(file, "outages", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require("service", "start", "end", "kind"); err != nil {
		return nil, st, err
	}
	var out []Outage
	err = t.each(func(r row) error {
		o := Outage{Line: r.line, Service: r.get("service"), Kind: strings.ToLower(r.get("kind")), Ticket: r.get("ticket"), Note: r.get("note")}
		if o.Service == "" {
			return fmt.Errorf("service is empty")
		}
		if o.Kind != "outage" && o.Kind != "maintenance" {
			return fmt.Errorf("kind %q: want outage or maintenance", r.get("kind"))
		}
		if o.Start, err = parseTime(r.get("start"), opts.Zone); err != nil {
			return fmt.Errorf("start: %w", err)
		}
		if o.End, err = parseTime(r.get("end"), opts.Zone); err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if !o.Start.Before(o.End) {
			return fmt.Errorf("interval [%s, %s) is empty", r.get("start"), r.get("end"))
		}
		out = append(out, o)
		return nil
	})
	return out, st, err
}

// ReadChanges reads the planned change requests (see doc.go).
func ReadChanges(file string, rd io.Reader, opts LoadOptions) ([]Change, LoadStats, error) {
	var st LoadStats
	t, err := newTable(file, "changes", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require("change", "type", "service", "ci", "start", "end"); err != nil {
		return nil, st, err
	}
	var out []Change
	err = t.each(func(r row) error {
		c := Change{Line: r.line, ID: r.get("change"), Type: strings.ToLower(r.get("type")), Title: r.get("title"),
			Service: r.get("service"), CI: r.get("ci"), Assignee: r.get("assignee")}
		if c.ID == "" || c.CI == "" {
			return fmt.Errorf("change and ci must not be empty")
		}
		switch c.Type {
		case "standard", "normal", "emergency":
		default:
			return fmt.Errorf("type %q: want standard, normal or emergency", r.get("type"))
		}
		if c.Start, err = parseTime(r.get("start"), opts.Zone); err != nil {
			return fmt.Errorf("start: %w", err)
		}
		if c.End, err = parseTime(r.get("end"), opts.Zone); err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if !c.Start.Before(c.End) {
			return fmt.Errorf("interval [%s, %s) is empty", r.get("start"), r.get("end"))
		}
		if s := r.get("requested"); s != "" {
			if c.Requested, err = parseTime(s, opts.Zone); err != nil {
				return fmt.Errorf("requested: %w", err)
			}
		}
		for _, f := range []struct {
			col string
			dst *bool
		}{{"rollback", &c.Rollback}, {"tested", &c.Tested}, {"downtime", &c.Downtime}} {
			if *f.dst, err = yes(r.get(f.col)); err != nil {
				return fmt.Errorf("%s: %w", f.col, err)
			}
		}
		if s := r.get("users"); s != "" {
			if c.Users, err = strconv.Atoi(s); err != nil || c.Users < 0 {
				return fmt.Errorf("users %q: want a count", s)
			}
		}
		out = append(out, c)
		return nil
	})
	return out, st, err
}

func yes(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "yes", "y", "true", "1":
		return true, nil
	case "no", "n", "false", "0", "":
		return false, nil
	}
	return false, fmt.Errorf("%q: want yes or no", s)
}
