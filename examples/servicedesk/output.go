package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// The report is built as data (sections of tables, notes and charts) and
// rendered by one of the writers below, so text, JSON, CSV and HTML always
// show the same figures.

// Report is the rendered-independent report.
type Report struct {
	Title    string      `json:"title"`
	Subtitle string      `json:"subtitle"`
	Now      time.Time   `json:"now"`
	Inputs   []LoadStats `json:"inputs"`
	Sections []*Section  `json:"sections"`
}

// Section is one part of the report.
type Section struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	Intro  []string `json:"intro,omitempty"`
	Tables []*Table `json:"tables"`
	Notes  []string `json:"notes,omitempty"`
	Charts []*Chart `json:"-"`
}

// Column describes a table column: Key for JSON and CSV, Title for people.
type Column struct {
	Key, Title string
	Right      bool // numbers are right-aligned in text output
	// Wide columns are left out of text output (shown in JSON, CSV, HTML).
	Wide bool
}

// Cell is a value with its display text; Value is what JSON shows (a
// number, string, bool or nil).
type Cell struct {
	Text  string
	Value any
}

// Table is a named grid of cells.
type Table struct {
	ID      string
	Title   string
	Columns []Column
	Rows    [][]Cell
	// Limit caps the rows shown in text output (0 = all); JSON, CSV and
	// HTML show all.
	Limit int
	// Expand shows a long table unfolded in HTML (long tables are folded).
	Expand bool
}

// Add appends a row; it panics on a column count mismatch, a programming
// error caught by every test.
func (t *Table) Add(cells ...Cell) {
	if len(cells) != len(t.Columns) {
		panic(fmt.Sprintf("table %s: row has %d cells, want %d", t.ID, len(cells), len(t.Columns)))
	}
	t.Rows = append(t.Rows, cells)
}

// Cell constructors.
func txt(s string) Cell { return Cell{s, s} }
func num(n int64) Cell  { return Cell{fmt.Sprint(n), n} }
func none() Cell        { return Cell{"–", nil} }

// dur shows a duration compactly ("3d 4h", "2h 05m", "12m"); JSON gets
// Go's duration text, which time.ParseDuration reads back.
func dur(d time.Duration) Cell { return Cell{fmtDur(d), d.String()} }

// hrs shows business time in hours ("152h 30m"): a business "day" is not
// 24 hours, so days would mislead.
func hrs(d time.Duration) Cell { return Cell{fmtHours(d), d.String()} }

func fmtHours(d time.Duration) string {
	neg := ""
	if d < 0 {
		neg, d = "-", -d
	}
	d = d.Round(time.Minute)
	h, m := d/time.Hour, (d%time.Hour)/time.Minute
	if h == 0 {
		return fmt.Sprintf("%s%dm", neg, m)
	}
	return fmt.Sprintf("%s%dh %02dm", neg, h, m)
}

func fmtDur(d time.Duration) string {
	neg := ""
	if d < 0 {
		neg, d = "-", -d
	}
	d = d.Round(time.Minute)
	days, h, m := d/(24*time.Hour), (d%(24*time.Hour))/time.Hour, (d%time.Hour)/time.Minute
	switch {
	case days > 0:
		return fmt.Sprintf("%s%dd %02dh", neg, days, h)
	case h > 0:
		return fmt.Sprintf("%s%dh %02dm", neg, h, m)
	default:
		return fmt.Sprintf("%s%dm", neg, m)
	}
}

// at shows an instant in the report's zone.
func at(t time.Time) Cell {
	if t.IsZero() {
		return none()
	}
	return Cell{t.Format("Mon 02 Jan 15:04"), t.Format(time.RFC3339)}
}

func (t *Table) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	writeJSON(&b, t.ID)
	b.WriteString(`,"title":`)
	writeJSON(&b, t.Title)
	b.WriteString(`,"rows":[`)
	for i, r := range t.Rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('{')
		for j, c := range r {
			if j > 0 {
				b.WriteByte(',')
			}
			writeJSON(&b, t.Columns[j].Key)
			b.WriteByte(':')
			if err := writeJSON(&b, c.Value); err != nil {
				return nil, err
			}
		}
		b.WriteByte('}')
	}
	b.WriteString("]}")
	return b.Bytes(), nil
}

func writeJSON(b *bytes.Buffer, v any) error {
	j, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.Write(j)
	return nil
}

// WriteJSON writes the report as indented JSON.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteCSV writes every table, each row prefixed with its table id and each
// table preceded by its header (also prefixed, with "table"); tables are
// separated by an empty line. With only set, it writes that one table as a
// plain rectangular CSV.
func WriteCSV(w io.Writer, r *Report, only string) error {
	cw := csv.NewWriter(w)
	found := false
	first := true
	for _, s := range r.Sections {
		for _, t := range s.Tables {
			if only != "" && t.ID != only {
				continue
			}
			found = true
			prefix := func(rec []string, p string) []string {
				if only != "" {
					return rec
				}
				return append([]string{p}, rec...)
			}
			if !first {
				cw.Flush()
				io.WriteString(w, "\n")
			}
			first = false
			h := make([]string, len(t.Columns))
			for i, c := range t.Columns {
				h[i] = c.Key
			}
			cw.Write(prefix(h, "table"))
			for _, row := range t.Rows {
				rec := make([]string, len(row))
				for i, c := range row {
					rec[i] = csvValue(c)
				}
				cw.Write(prefix(rec, t.ID))
			}
		}
	}
	cw.Flush()
	if only != "" && !found {
		return fmt.Errorf("no table %q (tables: %s)", only, strings.Join(TableIDs(r), ", "))
	}
	return cw.Error()
}

// TableIDs lists the ids of all tables, for -table.
func TableIDs(r *Report) []string {
	var ids []string
	for _, s := range r.Sections {
		for _, t := range s.Tables {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

func csvValue(c Cell) string {
	switch v := c.Value.(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// WriteText writes the report as aligned plain-text tables.
func WriteText(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString(r.Title + "\n")
	if r.Subtitle != "" {
		b.WriteString(r.Subtitle + "\n")
	}
	b.WriteString("\n")
	for _, s := range r.Sections {
		b.WriteString(s.Title + "\n")
		b.WriteString(strings.Repeat("=", utf8.RuneCountInString(s.Title)) + "\n")
		for _, l := range s.Intro {
			b.WriteString(wrap(l, 100) + "\n")
		}
		for _, t := range s.Tables {
			if len(s.Intro) > 0 || t != s.Tables[0] {
				b.WriteString("\n")
			}
			if t.Title != "" {
				b.WriteString(t.Title + "\n")
			}
			writeTextTable(&b, t)
		}
		for i, n := range s.Notes {
			if i == 0 {
				b.WriteString("\n")
			}
			b.WriteString(n + "\n")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTextTable(b *strings.Builder, t *Table) {
	if len(t.Rows) == 0 {
		b.WriteString("  (none)\n")
		return
	}
	rows := t.Rows
	if t.Limit > 0 && len(rows) > t.Limit {
		rows = rows[:t.Limit]
	}
	// Wide columns are dropped: text output must stay readable in a terminal.
	var cols []int
	for i, c := range t.Columns {
		if !c.Wide {
			cols = append(cols, i)
		}
	}
	width := make([]int, len(t.Columns))
	for _, i := range cols {
		width[i] = utf8.RuneCountInString(t.Columns[i].Title)
		for _, r := range rows {
			width[i] = max(width[i], utf8.RuneCountInString(r[i].Text))
		}
	}
	line := func(cell func(i int) string) {
		var l strings.Builder
		l.WriteString("  ")
		for k, i := range cols {
			s := cell(i)
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(s))
			if k > 0 {
				l.WriteString("  ")
			}
			if t.Columns[i].Right {
				l.WriteString(pad + s)
			} else {
				l.WriteString(s + pad)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	line(func(i int) string { return t.Columns[i].Title })
	line(func(i int) string { return strings.Repeat("-", width[i]) })
	for _, r := range rows {
		line(func(i int) string { return r[i].Text })
	}
	switch hidden := len(t.Columns) - len(cols); {
	case len(rows) < len(t.Rows):
		fmt.Fprintf(b, "  … and %d more (all rows and columns in -format json/csv, -html)\n", len(t.Rows)-len(rows))
	case hidden > 0:
		fmt.Fprintf(b, "  (%d more column(s) in -format json/csv, -html)\n", hidden)
	}
}

// wrap breaks text at spaces so that lines stay within width runes.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		l := utf8.RuneCountInString(w)
		if i > 0 {
			if n+1+l > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

func jsonNum(s string) json.Number { return json.Number(s) }
