package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/itsmkit/itsm/examples/servicedesk/importer"
)

// The report is built as data (sections of tables, notes and charts) and
// rendered by one of the writers below, so text, JSON, CSV and HTML always
// show the same figures.

// Report is the rendered-independent report.
type Report struct {
	Title    string           `json:"title"`
	Subtitle string           `json:"subtitle"`
	Lang     string           `json:"lang"`
	Now      time.Time        `json:"now"`
	Inputs   []importer.Stats `json:"inputs"`
	Sections []*Section       `json:"sections"`
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
	// Expand shows a long table unfolded in HTML (long tables are folded
	// on screen; print shows every table unfolded).
	Expand bool
	// NarrowOrder lists column keys in the order a narrow screen shows a
	// row's cells in (after the first column, the row's key); columns not
	// listed follow in their order.
	NarrowOrder []string
	// PhoneHide lists column keys a narrow screen leaves out (the summary's
	// "details in": the sections follow anyway).
	PhoneHide []string
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

// durationText is a duration's value in JSON and CSV: Go's duration text,
// which time.ParseDuration reads back. It is a typed value computed by the
// program, not text from the input (see csvField).
type durationText string

// dur shows a duration compactly ("3d 4h", "2h 05m", "12m"); JSON gets
// Go's duration text, which time.ParseDuration reads back.
func dur(d time.Duration) Cell { return Cell{fmtDur(d), durationText(d.String())} }

// hrs shows business time in hours ("152h 30m"): a business "day" is not
// 24 hours, so days would mislead.
func hrs(d time.Duration) Cell { return Cell{fmtHours(d), durationText(d.String())} }

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
	return Cell{t.Format("Mon 02 Jan 15:04"), instantText(t.Format(time.RFC3339))}
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
// plain rectangular CSV. Text cells that a spreadsheet would take for a
// formula are neutralised (see csvField).
func WriteCSV(w io.Writer, r *Report, only string) error {
	bw := bufio.NewWriter(w)
	found := false
	first := true
	var err error
	write := func(rec []string, force []bool) {
		if err == nil {
			err = writeCSVRecord(bw, rec, force)
		}
	}
	for _, s := range r.Sections {
		for _, t := range s.Tables {
			if only != "" && t.ID != only {
				continue
			}
			found = true
			lead := 0
			if only == "" {
				lead = 1 // the table id column
			}
			if !first {
				bw.WriteString("\n")
			}
			first = false
			rec := make([]string, lead+len(t.Columns))
			force := make([]bool, len(rec))
			if lead > 0 {
				rec[0] = "table"
			}
			for i, c := range t.Columns {
				rec[lead+i] = c.Key
			}
			write(rec, force)
			for _, row := range t.Rows {
				if lead > 0 {
					rec[0] = t.ID
				}
				for i, c := range row {
					rec[lead+i], force[lead+i] = csvField(c)
				}
				write(rec, force)
			}
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if only != "" && !found {
		return fmt.Errorf("no table %q (tables: %s)", only, strings.Join(TableIDs(r), ", "))
	}
	return err
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

// csvField returns a cell's CSV field and whether it must be quoted.
//
// Text (a string value: input data such as titles, services and teams, and
// the program's own words) that begins with =, +, -, @, a tab or a carriage
// return would be taken for a formula by Excel, LibreOffice and Google
// Sheets. As OWASP's "CSV Injection" advises, it gets a leading single
// quote (the spreadsheet's "this is text" mark) and is always quoted.
//
// Typed values computed by the program (integers, decimals as json.Number,
// booleans, durations as Go duration text) are written as they are: they
// cannot hold a formula, and a negative number or duration must stay a
// negative quantity for a spreadsheet or a script reading the column. A
// json.Number that is not a number literal (never made by this program)
// is treated as text.
func csvField(c Cell) (string, bool) {
	switch v := c.Value.(type) {
	case nil:
		return "", false
	case string:
		return neutralise(v)
	case durationText:
		if _, err := time.ParseDuration(string(v)); err == nil {
			return string(v), false
		}
		return neutralise(string(v))
	case json.Number:
		if _, err := strconv.ParseFloat(string(v), 64); err == nil {
			return string(v), false
		}
		return neutralise(string(v))
	case int64, int, bool:
		return fmt.Sprint(v), false
	default:
		return neutralise(fmt.Sprint(v))
	}
}

// neutralise prefixes a formula-like text with a single quote; the bool
// says it was changed (and must be quoted).
func neutralise(s string) (string, bool) {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s, true
	}
	return s, false
}

// writeCSVRecord writes one record as encoding/csv's Writer does (comma,
// "\n" line ends, a field quoted when it holds a comma, quote, CR or LF,
// begins with a space or is `\.`), and quotes the fields force marks too,
// which encoding/csv cannot be told to do.
func writeCSVRecord(w io.Writer, rec []string, force []bool) error {
	var b strings.Builder
	for i, f := range rec {
		if i > 0 {
			b.WriteByte(',')
		}
		if !force[i] && !csvNeedsQuotes(f) {
			b.WriteString(f)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// csvNeedsQuotes is encoding/csv's rule for a comma-separated field.
func csvNeedsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` || strings.ContainsAny(f, ",\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}

// escapeControls makes input text safe to print on a terminal: C0 and C1
// control characters, DEL, bidirectional formatting characters (which
// reorder what the reader sees, as in "Trojan Source", CVE-2021-42574),
// line and paragraph separators, and bytes that are not UTF-8 are written
// as strconv.Quote writes them (\x1b, \t, \u202e, \xff). Other text,
// backslashes included, is unchanged.
func escapeControls(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			q := strconv.QuoteRune(r) // '\x1b', '\u202e', '\t'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional formatting
	case r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// WriteText writes the report as aligned plain-text tables. All text is
// passed through escapeControls: input data can reach any of it (cells,
// notes, the rejected rows' reasons), and none of it may drive the terminal.
//
// Tables are fitted to width runes (0: 100): a cell longer than a third of
// it is cut with "…", and columns that still do not fit are left out from
// the right, each table saying which; JSON, CSV and HTML have them all.
func WriteText(w io.Writer, r *Report, width int) error {
	if width <= 0 {
		width = 100
	}
	var b strings.Builder
	e := escapeControls
	b.WriteString(e(r.Title) + "\n")
	if r.Subtitle != "" {
		b.WriteString(wrap(e(r.Subtitle), width) + "\n")
	}
	b.WriteString("\n")
	for _, s := range r.Sections {
		title := e(s.Title)
		b.WriteString(title + "\n")
		b.WriteString(strings.Repeat("=", utf8.RuneCountInString(title)) + "\n")
		for _, l := range s.Intro {
			b.WriteString(wrap(e(l), width) + "\n")
		}
		for _, t := range s.Tables {
			if len(s.Intro) > 0 || t != s.Tables[0] {
				b.WriteString("\n")
			}
			if t.Title != "" {
				b.WriteString(wrap(e(t.Title), width) + "\n")
			}
			writeTextTable(&b, t, width)
		}
		for i, n := range s.Notes {
			if i == 0 {
				b.WriteString("\n")
			}
			b.WriteString(wrap(e(n), width) + "\n")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTextTable(b *strings.Builder, t *Table, maxWidth int) {
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
	text := make([][]string, len(rows)+1) // escaped: titles, then rows
	text[0] = make([]string, len(t.Columns))
	for _, i := range cols {
		text[0][i] = escapeControls(t.Columns[i].Title)
	}
	for k, r := range rows {
		text[k+1] = make([]string, len(t.Columns))
		for _, i := range cols {
			text[k+1][i] = escapeControls(r[i].Text)
		}
	}
	width := make([]int, len(t.Columns))
	for _, i := range cols {
		for _, r := range text {
			width[i] = max(width[i], utf8.RuneCountInString(r[i]))
		}
	}
	// Fit the width: wrap long cells onto more lines (a word longer than
	// the column is cut with "…"), then leave out the least important
	// columns.
	limit := max(12, maxWidth/3)
	for _, i := range cols {
		if width[i] <= limit {
			continue
		}
		width[i] = max(limit, utf8.RuneCountInString(text[0][i]))
		for k, r := range text {
			if k == 0 || utf8.RuneCountInString(r[i]) <= width[i] {
				continue
			}
			lines := strings.Split(wrap(r[i], width[i]), "\n")
			for j, l := range lines {
				if utf8.RuneCountInString(l) > width[i] {
					lines[j] = string([]rune(l)[:width[i]-1]) + "…"
				}
			}
			r[i] = strings.Join(lines, "\n")
		}
	}
	total := func() int {
		n := 2
		for k, i := range cols {
			if k > 0 {
				n += 2
			}
			n += width[i]
		}
		return n
	}
	// The least important column goes first: those the narrow order does
	// not name, from the right, then the named ones from the end of the
	// list; the first column (the row's key) stays.
	rank := func(i int) int {
		for k, key := range t.NarrowOrder {
			if t.Columns[i].Key == key {
				return k + 1
			}
		}
		if i == 0 {
			return 0
		}
		return len(t.NarrowOrder) + 1 + i
	}
	var dropped []string
	for len(cols) > 1 && total() > maxWidth {
		worst := 0
		for k := range cols {
			if rank(cols[k]) > rank(cols[worst]) {
				worst = k
			}
		}
		dropped = append(dropped, t.Columns[cols[worst]].Title)
		cols = slices.Delete(cols, worst, worst+1)
	}
	line := func(cell func(i int) string) {
		// A wrapped cell takes several physical lines; the others are
		// blank below their first.
		n := 1
		for _, i := range cols {
			n = max(n, strings.Count(cell(i), "\n")+1)
		}
		for p := range n {
			var l strings.Builder
			l.WriteString("  ")
			for k, i := range cols {
				s := ""
				if parts := strings.Split(cell(i), "\n"); p < len(parts) {
					s = parts[p]
				}
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
	}
	line(func(i int) string { return text[0][i] })
	line(func(i int) string { return strings.Repeat("-", width[i]) })
	for _, r := range text[1:] {
		line(func(i int) string { return r[i] })
	}
	switch hidden := len(t.Columns) - len(cols); {
	case len(rows) < len(t.Rows):
		fmt.Fprintf(b, "  … and %d more (all rows and columns in -format json/csv, -html)\n", len(t.Rows)-len(rows))
	case hidden > 0:
		fmt.Fprintf(b, "  (%d more column(s) in -format json/csv, -html)\n", hidden)
	}
	if len(dropped) > 0 {
		note := fmt.Sprintf("(left out to fit -width %d: %s)", maxWidth, escapeControls(strings.Join(dropped, ", ")))
		b.WriteString("  " + strings.ReplaceAll(wrap(note, maxWidth-2), "\n", "\n  ") + "\n")
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
