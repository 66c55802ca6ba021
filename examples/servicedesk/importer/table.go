package importer

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/priority"
)

// RowError is a rejected input row: the file, its line and why.
type RowError struct {
	File string
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

// Stats accounts for every data row of one input file: Read = Used +
// Rejected, and every rejected row is listed in Errors.
type Stats struct {
	File     string      `json:"file"`
	Format   string      `json:"format"`
	Read     int         `json:"rows_read"`
	Used     int         `json:"rows_used"`
	Rejected int         `json:"rows_rejected"`
	Errors   []*RowError `json:"-"`
}

// Options control the readers.
type Options struct {
	// Strict makes the first bad row fatal instead of skipping it.
	Strict bool
	// Zone interprets timestamps without an offset (ServiceNow, Jira exports).
	Zone *time.Location
	// Matrix validates impact, urgency and priority labels.
	Matrix *priority.Matrix
	// PriorityMap maps a source system's priority names (Jira's "Highest")
	// onto labels of Matrix's priority scale, for rows without impact and
	// urgency; names are compared case-insensitively.
	PriorityMap map[string]string
	// Progress, if set, is called now and then with the rows read so far.
	Progress func(rows int)
}

// utf8BOM is the UTF-8 byte order mark that Excel ("CSV UTF-8"), ServiceNow
// and Jira put in front of their CSV exports.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// skipBOM returns a reader of rd's bytes without a leading UTF-8 byte order
// mark. It works on the byte stream, before the CSV parser: a BOM in front
// of a quoted first header field ("\ufeff\"number\"") would otherwise make
// the quote a bare quote inside an unquoted field, and the header an error.
func skipBOM(rd io.Reader) io.Reader {
	br := bufio.NewReader(rd)
	if b, err := br.Peek(len(utf8BOM)); err == nil && bytes.Equal(b, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	return br
}

// table reads a CSV file with a header row, tracking line numbers.
//
// Rows are counted by physical record. encoding/csv reads a quoted field
// across line breaks (RFC 4180 §2.6), so an unclosed quote would swallow
// every following line into one bad record. When a record that spans
// several lines turns out malformed, only its first line is rejected and
// parsing restarts on the line after it, so each following line is read
// (and counted, used or rejected) as a row of its own. This costs at most
// one re-read of the lines the bad record spanned: a line that continued a
// quoted field holds an even number of quotes, so read afresh it ends its
// own record.
type table struct {
	file   string
	data   []byte // the input, without a byte order mark
	off    int    // data[off:] is what r reads
	base   int    // the line number of data[off] minus 1
	r      *csv.Reader
	cols   map[string]int
	header []string
	stats  *Stats
	opts   Options
}

func newTable(file, format string, rd io.Reader, opts Options, stats *Stats) (*table, error) {
	stats.File, stats.Format = file, format
	data, err := io.ReadAll(skipBOM(rd))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	t := &table{file: file, data: data, cols: map[string]int{}, stats: stats, opts: opts}
	t.restart(0, 0)
	h, err := t.r.Read()
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("%s: empty file, no header row", file)
		}
		return nil, fmt.Errorf("%s: header: %w", file, err)
	}
	t.header = h
	for i, name := range h {
		k := strings.ToLower(strings.TrimSpace(name))
		if _, dup := t.cols[k]; !dup { // Jira repeats columns: the first one counts
			t.cols[k] = i
		}
	}
	return t, nil
}

// restart points the CSV parser at data[off:], which begins line base+1.
func (t *table) restart(off, base int) {
	t.off, t.base = off, base
	t.r = csv.NewReader(bytes.NewReader(t.data[off:]))
	t.r.FieldsPerRecord = -1
}

// resync restarts parsing on the line after the one a malformed record
// started on. from is the parser's offset before that record (in data[t.off:])
// and line the record's first line as the parser counts it. Lines before the
// record's first are empty lines the parser skipped.
func (t *table) resync(from int64, line int) {
	p := t.off + int(from)
	for {
		nl := bytes.IndexByte(t.data[p:], '\n')
		if nl < 0 {
			p = len(t.data)
			break
		}
		l := t.data[p : p+nl]
		p += nl + 1
		if len(l) > 0 && !(len(l) == 1 && l[0] == '\r') {
			break // the record's first line
		}
	}
	t.restart(p, t.base+line)
}

// require fails unless every named column is present.
func (t *table) require(names ...string) error {
	var missing []string
	for _, n := range names {
		if _, ok := t.cols[n]; !ok {
			missing = append(missing, fmt.Sprintf("%q", n))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s: header lacks column %s", t.file, strings.Join(missing, ", "))
	}
	return nil
}

// row is one data record with access by column name.
type row struct {
	t    *table
	line int
	rec  []string
}

func (r row) get(name string) string {
	i, ok := r.t.cols[name]
	if !ok || i >= len(r.rec) {
		return ""
	}
	return strings.TrimSpace(r.rec[i])
}

// each calls f for every data row. A row f rejects (returns an error) is
// counted and reported; with Strict the first rejection is returned.
func (t *table) each(f func(r row) error) error {
	for {
		from := t.r.InputOffset()
		rec, err := t.r.Read()
		if err == io.EOF {
			return nil
		}
		t.stats.Read++
		if t.opts.Progress != nil && t.stats.Read%5000 == 0 {
			t.opts.Progress(t.stats.Read)
		}
		var line int
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line, err = t.base+pe.StartLine, fmt.Errorf("%w (column %d)", pe.Err, pe.Column)
				if pe.Line > pe.StartLine {
					// A quoted field opened on this line and ran on: reject
					// this line only and read the next ones afresh.
					err = fmt.Errorf("quoted field not closed properly (%v at line %d, column %d); the lines after this one are read as rows of their own", pe.Err, t.base+pe.Line, pe.Column)
					t.resync(from, pe.StartLine)
				}
			}
			if rerr := t.reject(line, err); rerr != nil {
				return rerr
			}
			continue
		}
		line, _ = t.r.FieldPos(0)
		line += t.base
		if len(rec) != len(t.header) {
			if rerr := t.reject(line, fmt.Errorf("%d fields, the header has %d", len(rec), len(t.header))); rerr != nil {
				return rerr
			}
			continue
		}
		if err := f(row{t, line, rec}); err != nil {
			if rerr := t.reject(line, err); rerr != nil {
				return rerr
			}
			continue
		}
		t.stats.Used++
	}
}

// reject records a bad row; in strict mode it returns the fatal error.
func (t *table) reject(line int, err error) error {
	re := &RowError{File: t.file, Line: line, Err: err}
	t.stats.Rejected++
	t.stats.Errors = append(t.stats.Errors, re)
	if t.opts.Strict {
		return re
	}
	return nil
}

// unreject turns a row counted as used into a rejected one (used when a
// later row shows an earlier one to be unusable, e.g. events of a ticket
// that is never opened).
func (t *table) unreject(line int, err error) error {
	t.stats.Used--
	return t.reject(line, err)
}

// parseTime accepts RFC 3339 and the common export layouts; timestamps
// without an offset are read in zone under package calendar's DST policy
// (calendar.Civil): a local time in a spring-forward gap is the first
// instant after the gap (Europe/Berlin 2026-03-29 02:30 → 03:00 CEST), an
// ambiguous one in a fall-back overlap its first occurrence (2026-10-25
// 02:30 → 02:30 CEST), the same instants the calendars place their hours
// at. time.ParseInLocation would resolve a gap time with the offset before
// the gap (03:30 CEST), putting an update at 03:10 before an opening at
// 02:30.
func parseTime(s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty timestamp")
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return inRange(s, t)
	}
	s = englishMonths(s)
	for _, layout := range localLayouts {
		// Parsed in UTC, which has no transitions, the fields are exactly
		// the civil date and time written.
		if c, err := time.Parse(layout, s); err == nil {
			return inRange(s, calendar.Civil(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), c.Second(), c.Nanosecond(), zone))
		}
	}
	return time.Time{}, fmt.Errorf("timestamp %q: not RFC 3339, yyyy-mm-dd hh:mm[:ss], dd-mm-yyyy hh:mm[:ss], dd/mm/yyyy hh:mm, dd.mm.yyyy hh:mm or dd/Mon/yy h:mm AM (months in English or German)", s)
}

// inRange refuses a timestamp outside the calendars' supported range
// (calendar.RangeStart to RangeEnd, 1900 to 2189). Business time cannot be
// counted outside it, and inside it every span between two timestamps fits
// a time.Duration: a ticket "opened" in 1700 (a typo, a null placeholder)
// would otherwise make a KPI over all tickets fail, and with it the report.
func inRange(s string, t time.Time) (time.Time, error) {
	if t.Before(calendar.RangeStart()) || !t.Before(calendar.RangeEnd()) {
		return time.Time{}, fmt.Errorf("timestamp %q: outside the supported range %s to %s", s,
			calendar.RangeStart().Format(time.DateOnly), calendar.RangeEnd().Add(-time.Nanosecond).Format(time.DateOnly))
	}
	return t, nil
}

// monthNames maps German month names and abbreviations (as a German Jira
// writes them: "05/Mai/26", "05.Mär.26", "Okt", "Dez") and English full
// names onto the English abbreviations Go's layouts read, in the case they
// are written there (and am/pm as AM/PM). Keys are lower case.
var monthNames = map[string]string{
	"januar": "Jan", "jänner": "Jan", "jän": "Jan", "februar": "Feb", "märz": "Mar", "mär": "Mar", "mrz": "Mar", "maerz": "Mar",
	"april": "Apr", "mai": "May", "juni": "Jun", "juli": "Jul", "august": "Aug", "september": "Sep", "sept": "Sep",
	"oktober": "Oct", "okt": "Oct", "november": "Nov", "dezember": "Dec", "dez": "Dec",
	"jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "may": "May", "jun": "Jun", "jul": "Jul", "aug": "Aug",
	"sep": "Sep", "oct": "Oct", "nov": "Nov", "dec": "Dec", "am": "AM", "pm": "PM",
	"january": "Jan", "february": "Feb", "march": "Mar", "june": "Jun", "july": "Jul", "october": "Oct", "december": "Dec",
}

var monthWordRE = regexp.MustCompile(`\pL+\.?`)

// englishMonths replaces a German or spelt-out month name in a timestamp
// by its English abbreviation ("05/Mai/26 09:15" → "05/May/26 09:15").
func englishMonths(s string) string {
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return s
	}
	return monthWordRE.ReplaceAllStringFunc(s, func(w string) string {
		word, dot := strings.CutSuffix(w, ".")
		if en, ok := monthNames[strings.ToLower(word)]; ok {
			if dot {
				return en + "."
			}
			return en
		}
		return w
	})
}

// localLayouts are tried in order. Day-first layouts (ServiceNow's
// dd-mm-yyyy, the UCI event log's d/m/yyyy) come before any month-first
// one, and there is no month-first numeric layout: 03/04 is the 3rd of April.
var localLayouts = []string{
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"02-01-2006 15:04:05",
	"02-01-2006 15:04",
	"2-1-2006 15:04",
	"2-1-2006 15:04:05",
	"02/01/2006 15:04:05",
	"02/01/2006 15:04",
	"2/1/2006 15:04",
	"2/1/2006 15:04:05",
	"02.01.2006 15:04",
	"02.01.2006 15:04:05",
	"02/Jan/06 3:04 PM",
	"2/Jan/06 3:04 PM",
	"02/Jan/06 15:04",
	"02/Jan/2006 3:04 PM",
	"02/Jan/2006 15:04",
	"02.Jan.06 15:04",
	"2.Jan.06 15:04",
	"02.Jan.2006 15:04",
	"02. Jan 2006 15:04",
	"2. Jan 2006 15:04",
	"02-Jan-2006 15:04",
	"02-Jan-06 15:04",
}

// level parses a label on scale s, naming the column in the error.
func level(s *priority.Scale, col, label string) (string, error) {
	if label == "" {
		return "", fmt.Errorf("%s is empty", col)
	}
	if _, err := s.Parse(label); err != nil {
		return "", fmt.Errorf("%s: %w", col, err)
	}
	return label, nil
}

var (
	quotedRE = regexp.MustCompile(`(column )?"(?:[^"\\]|\\.)*"`)
	numberRE = regexp.MustCompile(`\b[A-Za-z]*[0-9][0-9A-Za-z.:+-]*\b`)
)

// Reason is the kind of the rejection, for counting: the error's first
// clause with quoted input shown as "…" and numbers and ticket numbers as
// N ("sys_updated_at: timestamp "…"", "N fields, the header has N").
func (e *RowError) Reason() string {
	if e == nil || e.Err == nil {
		return ""
	}
	s := quotedRE.ReplaceAllStringFunc(e.Err.Error(), func(q string) string {
		if strings.HasPrefix(q, "column ") {
			return q // a column's name is the reason, not input
		}
		return `"…"`
	})
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	// Clauses that only name a library package ("priority: ") carry no
	// reason; the first two others do.
	var parts []string
	for _, p := range strings.Split(s, ": ") {
		switch p {
		case "priority", "calendar", "sla", "change", "itsm":
			continue
		}
		parts = append(parts, p)
	}
	s = strings.Join(parts[:min(2, len(parts))], ": ")
	return numberRE.ReplaceAllString(s, "N")
}

// Reasons counts the rejected rows by Reason, most frequent first.
func (s Stats) Reasons() []ReasonCount {
	counts := map[string]int{}
	var order []string
	for _, e := range s.Errors {
		r := e.Reason()
		if counts[r] == 0 {
			order = append(order, r)
		}
		counts[r]++
	}
	out := make([]ReasonCount, 0, len(order))
	for _, r := range order {
		out = append(out, ReasonCount{Reason: r, Rows: counts[r]})
	}
	slices.SortStableFunc(out, func(a, b ReasonCount) int { return cmp.Compare(b.Rows, a.Rows) })
	return out
}

// ReasonCount is how many rows were rejected for one reason.
type ReasonCount struct {
	Reason string
	Rows   int
}
