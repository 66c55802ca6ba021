package main

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm/examples/servicedesk/importer"
)

//go:embed data/incidents.csv data/outages.csv data/changes.csv
var embedded embed.FS

// Options are the command-line flags.
type Options struct {
	ConfigFile, In, InFormat, Outages, Changes string
	Zone, Now, From, To                        string
	Format, Table, HTML                        string
	MaxRejected, Lang                          string
	Width                                      int
	PrintConfig, Strict, Progress              bool
}

// Data is everything read from the inputs.
type Data struct {
	Incidents []*importer.Incident
	Outages   []importer.Outage
	Changes   []importer.Change
	Stats     []importer.Stats
}

// Run is the program: read configuration and data, build the report, write it.
func Run(o Options, stdout, stderr io.Writer) error {
	demo := o.In == ""
	cfg, from, err := LoadConfig(o.ConfigFile, demo)
	if err != nil {
		return err
	}
	w, err := cfg.Resolve()
	if err != nil {
		return err
	}
	w.Demo, w.ConfigSource = demo, from
	switch o.Lang {
	case "", "en":
		w.Lang = "en"
	case "de":
		w.Lang = "de"
	default:
		return fmt.Errorf("-lang %q: want one of %s", o.Lang, strings.Join(langs, ", "))
	}
	if err := w.applyFlags(o); err != nil {
		return err
	}
	d, err := w.load(o, stderr)
	if err != nil {
		return err
	}
	if err := w.checkRejections(d, stderr); err != nil {
		return err
	}
	w.fitToData(o, d)
	if !w.From.Before(w.To) {
		return fmt.Errorf("reporting period [%s, %s) is empty", w.From.Format(time.DateOnly), w.To.Format(time.DateOnly))
	}
	if o.PrintConfig {
		return w.printConfig(stdout)
	}
	r, err := w.Build(d)
	if err != nil {
		return err
	}
	if o.HTML != "" {
		var buf bytes.Buffer
		if err := WriteHTML(&buf, r); err != nil {
			return err
		}
		if err := os.WriteFile(o.HTML, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	switch o.Format {
	case "text", "":
		if o.Table != "" {
			return fmt.Errorf("-table needs -format csv")
		}
		return WriteText(stdout, r, o.Width)
	case "json":
		return WriteJSON(stdout, r)
	case "csv":
		return WriteCSV(stdout, r, o.Table)
	}
	return fmt.Errorf("-format %q: want text, json or csv", o.Format)
}

func (w *World) applyFlags(o Options) error {
	if o.Zone != "" {
		loc, err := time.LoadLocation(o.Zone)
		if err != nil || o.Zone == "Local" {
			return fmt.Errorf("-tz %q: not an IANA time zone", o.Zone)
		}
		w.Loc = loc
	}
	switch o.Now {
	case "":
	case "wall":
		w.Now = time.Now() // the one place the wall clock is read: the user asked for it
	default:
		t, err := time.Parse(time.RFC3339, o.Now)
		if err != nil {
			return fmt.Errorf("-now: %w", err)
		}
		w.Now = t
	}
	if !w.Now.IsZero() {
		w.Now = w.Now.In(w.Loc)
	}
	if o.MaxRejected != "" {
		p, err := decimal.NewFromString(o.MaxRejected)
		if err != nil || p.IsNegative() || p.GreaterThan(decimal.NewFromInt(100)) {
			return fmt.Errorf("-max-rejected %q: want a percentage from 0 to 100", o.MaxRejected)
		}
		w.Cfg.Import.MaxRejectedPercent = p
	}
	for _, f := range []struct {
		flag, val string
		dst       *time.Time
	}{{"-from", o.From, &w.From}, {"-to", o.To, &w.To}} {
		if f.val == "" {
			continue
		}
		d, err := date.ParseISO(f.val)
		if err != nil {
			return fmt.Errorf("%s: %w", f.flag, err)
		}
		*f.dst = midnightOf(d, w.Loc)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// bigInput is the size from which progress is shown on a terminal.
const bigInput = 8 << 20

func (w *World) load(o Options, stderr io.Writer) (*Data, error) {
	d := &Data{}
	opts := importer.Options{Strict: o.Strict, Zone: w.Loc, Matrix: w.Matrix, PriorityMap: w.Cfg.Import.JiraPriorities}
	open := func(file, embeddedName string) (string, io.Reader, int64, error) {
		if file == "" {
			b, err := embedded.ReadFile(embeddedName)
			return "embedded " + filepath.Base(embeddedName), bytes.NewReader(b), int64(len(b)), err
		}
		b, err := os.ReadFile(file)
		return file, bytes.NewReader(b), int64(len(b)), err
	}
	progress := func(size int64, name string) func(int) {
		if !o.Progress && !(isTerminal(stderr) && size >= bigInput) {
			return nil
		}
		return func(n int) { fmt.Fprintf(stderr, "\rservicedesk: %s: %d rows read…", escapeControls(name), n) }
	}
	done := func(p func(int), st importer.Stats) {
		if p != nil {
			fmt.Fprintf(stderr, "\rservicedesk: %s: %d rows read, %d used, %d rejected\n", escapeControls(st.File), st.Read, st.Used, st.Rejected)
		}
	}

	name, rd, size, err := open(o.In, "data/incidents.csv")
	if err != nil {
		return nil, err
	}
	opts.Progress = progress(size, name)
	format := cmp.Or(o.InFormat, "auto")
	if format == "auto" {
		var head []byte
		if br, ok := rd.(*bytes.Reader); ok {
			head = make([]byte, min(br.Len(), 4096))
			br.Read(head)
			br.Seek(0, io.SeekStart)
		}
		format = importer.DetectFormat(head)
	}
	var st importer.Stats
	switch format {
	case "neutral":
		d.Incidents, st, err = importer.ReadNeutral(name, rd, opts)
	case "servicenow":
		d.Incidents, st, err = importer.ReadServiceNow(name, rd, opts)
	case "jira":
		d.Incidents, st, err = importer.ReadJira(name, rd, opts)
	default:
		return nil, fmt.Errorf("-in-format %q: want auto, neutral, servicenow or jira", format)
	}
	if err != nil {
		return nil, err
	}
	done(opts.Progress, st)
	d.Stats = append(d.Stats, st)

	// With -in, outages and changes are read only when given.
	if o.In == "" || o.Outages != "" {
		name, rd, size, err := open(o.Outages, "data/outages.csv")
		if err != nil {
			return nil, err
		}
		opts.Progress = progress(size, name)
		var st importer.Stats
		if d.Outages, st, err = importer.ReadOutages(name, rd, opts); err != nil {
			return nil, err
		}
		done(opts.Progress, st)
		d.Stats = append(d.Stats, st)
	}
	if o.In == "" || o.Changes != "" {
		name, rd, size, err := open(o.Changes, "data/changes.csv")
		if err != nil {
			return nil, err
		}
		opts.Progress = progress(size, name)
		var st importer.Stats
		if d.Changes, st, err = importer.ReadChanges(name, rd, opts); err != nil {
			return nil, err
		}
		done(opts.Progress, st)
		d.Stats = append(d.Stats, st)
	}
	return d, nil
}

// fitToData sets what neither the configuration nor the flags set: "now"
// is the last event in the data (when the export was taken), and the
// reporting period runs from the day of the first opening to the day after
// "now".
func (w *World) fitToData(o Options, d *Data) {
	var first, last time.Time
	for _, inc := range d.Incidents {
		if first.IsZero() || inc.Opened.Before(first) {
			first = inc.Opened
		}
		for _, e := range inc.Events {
			if e.At.After(last) {
				last = e.At
			}
		}
	}
	if w.Now.IsZero() {
		w.Now = cmp.Or(last, first, time.Unix(0, 0)).In(w.Loc)
	}
	if w.From.IsZero() {
		w.From = startOfDay(cmp.Or(first, w.Now).In(w.Loc))
	}
	if w.To.IsZero() {
		y, m, d := w.Now.In(w.Loc).Date()
		w.To = midnight(y, m, d+1, w.Loc)
	}
}

// printConfig writes the configuration in effect: the file's settings
// over the defaults (or the demo's), with the zone, now and period the
// flags and the data gave.
func (w *World) printConfig(out io.Writer) error {
	c := *w.Cfg
	c.Zone = w.Loc.String()
	now := w.Now
	c.Now = &now
	c.Period = &Period{From: date.NewAt(w.From), To: date.NewAt(w.To)}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	_, err = out.Write(append(b, '\n'))
	return err
}
