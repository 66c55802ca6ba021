package holidays

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// iCalendar (RFC 5545) import and export of holidays as all-day events.
//
// The writer emits one VEVENT per holiday with DTSTART;VALUE=DATE,
// DTEND;VALUE=DATE (the next day), SUMMARY (the local name), a UID that is
// unique per holiday and date, and X-ITSMKIT-* properties that carry the
// rest of a [Holiday] so that ReadICal(WriteICal(hs)) gives hs back.
//
// The reader is a small strict reader of that all-day subset; it needs no
// dependency. It accepts CRLF or LF line ends and folded lines, unescapes
// TEXT values, skips components other than VEVENT (VTIMEZONE, VTODO, …) and
// properties it does not know, and rejects anything it cannot represent
// faithfully — timed events, recurrence rules, malformed lines — with an
// [ICalError] that names the line.

// Property names of the itsmkit extension.
const (
	xID       = "X-ITSMKIT-ID"
	xNameEN   = "X-ITSMKIT-NAME-EN"
	xCategory = "X-ITSMKIT-CATEGORY"
	xObserved = "X-ITSMKIT-OBSERVED"
)

// singleProps are the properties the reader uses; each may occur once per VEVENT.
var singleProps = map[string]bool{"UID": true, "DTSTART": true, "DTEND": true, "DURATION": true, "SUMMARY": true,
	xID: true, xNameEN: true, xCategory: true, xObserved: true}

// maxEventDays bounds a multi-day event, so that a hostile DTEND cannot make
// the reader allocate without limit.
const maxEventDays = 366

// ICalError reports a malformed iCalendar stream.
type ICalError struct {
	Line int    // 1-based physical line where the offending content line starts
	Msg  string // what is wrong, quoting the input
}

// Error implements the error interface.
func (e *ICalError) Error() string {
	return fmt.Sprintf("holidays: iCalendar line %d: %s", e.Line, e.Msg)
}

// Unwrap returns [ErrICal].
func (e *ICalError) Unwrap() error { return ErrICal }

// WriteICal writes hs as a VCALENDAR of all-day VEVENTs, with CRLF line ends
// and lines folded at 75 octets. stamp is written as every event's DTSTAMP
// (required by RFC 5545; pass the export time). A holiday without an ID or
// with an invalid category or a date outside [MinYear, MaxYear] is an error
// wrapping [ErrInvalidHoliday].
func WriteICal(w io.Writer, hs []Holiday, stamp time.Time) error {
	for _, h := range hs {
		if err := checkHoliday(h); err != nil {
			return err
		}
	}
	bw := bufio.NewWriter(w)
	line := func(s string) { writeFolded(bw, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//itsmkit//calendar/holidays//EN")
	line("CALSCALE:GREGORIAN")
	ts := stamp.UTC().Format("20060102T150405Z")
	for _, h := range hs {
		line("BEGIN:VEVENT")
		line("UID:" + escapeText(h.ID+"/"+icalDate(h.Date)+"@itsmkit"))
		line("DTSTAMP:" + ts)
		line("DTSTART;VALUE=DATE:" + icalDate(h.Date))
		if h.Date < civilDate(MaxYear, 12, 31) {
			// DTEND would need a five-digit year on 9999-12-31; without
			// DTEND an all-day event lasts one day anyway (RFC 5545 §3.6.1).
			line("DTEND;VALUE=DATE:" + icalDate(h.Date+1))
		}
		line("SUMMARY:" + escapeText(h.Name))
		line("TRANSP:TRANSPARENT")
		line(xID + ":" + escapeText(h.ID))
		line(xNameEN + ":" + escapeText(h.NameEN))
		line(xCategory + ":" + h.Category.String())
		if h.Observed {
			line(xObserved + ":TRUE")
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return bw.Flush()
}

func checkHoliday(h Holiday) error {
	for _, t := range []string{h.ID, h.Name, h.NameEN} {
		if !utf8.ValidString(t) || strings.ContainsFunc(t, func(r rune) bool { return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f }) {
			return fmt.Errorf("%w: %q: text with invalid UTF-8 or control characters", ErrInvalidHoliday, h.ID)
		}
	}
	switch {
	case h.ID == "":
		return fmt.Errorf("%w: %s %q has no ID", ErrInvalidHoliday, h.Date, h.Name)
	case !h.Category.Valid():
		return fmt.Errorf("%w: %q: category %s", ErrInvalidHoliday, h.ID, h.Category)
	case h.Date < civilDate(MinYear, 1, 1) || h.Date > civilDate(MaxYear, 12, 31):
		return fmt.Errorf("%w: %q: date %s outside %d–%d", ErrInvalidHoliday, h.ID, h.Date, MinYear, MaxYear)
	}
	return nil
}

func icalDate(d date.Date) string {
	y, m, dd := d.Date()
	return fmt.Sprintf("%04d%02d%02d", y, int(m), dd)
}

// writeFolded writes one content line, folding it at 75 octets without
// splitting a UTF-8 sequence (RFC 5545 §3.1).
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the continuation's leading space counts
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}

var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

func escapeText(s string) string { return textEscaper.Replace(s) }

func unescapeText(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(s) {
			return "", false
		}
		switch s[i] {
		case '\\', ';', ',':
			b.WriteByte(s[i])
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			return "", false
		}
	}
	return b.String(), true
}

// contentLine is one unfolded line.
type contentLine struct {
	num    int // physical line where it starts
	name   string
	params map[string]string // upper-case names; values unquoted
	value  string
}

// ReadICal reads the all-day VEVENTs of an iCalendar stream as holidays,
// sorted by date then ID and unique by (date, ID). Each event becomes one
// holiday per day from DTSTART (a DATE) up to DTEND (exclusive) or DURATION
// (whole days or weeks), at most 366 days; without either it is one day.
// ID is X-ITSMKIT-ID if present, otherwise the UID; Name is the SUMMARY;
// NameEN is X-ITSMKIT-NAME-EN or the SUMMARY; Category is
// X-ITSMKIT-CATEGORY or [Public]. Errors are [ICalError]s with the line number.
func ReadICal(r io.Reader) ([]Holiday, error) {
	lines, err := unfold(r)
	if err != nil {
		return nil, err
	}
	var (
		out   []Holiday
		stack []string // open components
		ev    map[string]contentLine
		begin int
		done  bool
	)
	for _, l := range lines {
		if done {
			return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("content after END:VCALENDAR: %q", l.name)}
		}
		switch l.name {
		case "BEGIN":
			comp := strings.ToUpper(l.value)
			if !validName(comp) {
				return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("bad component name %q", l.value)}
			}
			if len(stack) == 0 && comp != "VCALENDAR" {
				return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("want BEGIN:VCALENDAR, got BEGIN:%s", l.value)}
			}
			if len(stack) > 0 && comp == "VCALENDAR" {
				return nil, &ICalError{Line: l.num, Msg: "nested VCALENDAR"}
			}
			if len(stack) > 8 {
				return nil, &ICalError{Line: l.num, Msg: "components nested too deeply"}
			}
			stack = append(stack, comp)
			if comp == "VEVENT" && len(stack) == 2 {
				ev, begin = map[string]contentLine{}, l.num
			}
			continue
		case "END":
			comp := strings.ToUpper(l.value)
			if len(stack) == 0 || stack[len(stack)-1] != comp {
				want := "nothing"
				if len(stack) > 0 {
					want = "END:" + stack[len(stack)-1]
				}
				return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("END:%s does not match (want %s)", l.value, want)}
			}
			stack = stack[:len(stack)-1]
			if comp == "VEVENT" && len(stack) == 1 {
				hs, err := eventHolidays(ev, begin)
				if err != nil {
					return nil, err
				}
				out = append(out, hs...)
				ev = nil
			}
			if len(stack) == 0 {
				done = true
			}
			continue
		}
		if len(stack) == 0 {
			return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("property %s outside VCALENDAR", l.name)}
		}
		if ev != nil && len(stack) == 2 {
			if _, dup := ev[l.name]; dup && singleProps[l.name] {
				return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("duplicate %s in VEVENT", l.name)}
			}
			if l.name == "RRULE" || l.name == "RDATE" {
				return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("%s is not supported (list each holiday as its own event)", l.name)}
			}
			ev[l.name] = l
		}
	}
	if !done {
		n := 1
		if len(lines) > 0 {
			n = lines[len(lines)-1].num
		}
		if len(lines) == 0 {
			return nil, &ICalError{Line: n, Msg: "empty input (want BEGIN:VCALENDAR)"}
		}
		return nil, &ICalError{Line: n, Msg: "missing END:VCALENDAR"}
	}
	slices.SortFunc(out, compareHoliday)
	out = slices.CompactFunc(out, func(a, b Holiday) bool { return a.Date == b.Date && a.ID == b.ID })
	return out, nil
}

// eventHolidays turns one VEVENT into holidays.
func eventHolidays(ev map[string]contentLine, begin int) ([]Holiday, error) {
	need := func(name string) (contentLine, error) {
		l, ok := ev[name]
		if !ok {
			return l, &ICalError{Line: begin, Msg: "VEVENT without " + name}
		}
		return l, nil
	}
	text := func(l contentLine) (string, error) {
		s, ok := unescapeText(l.value)
		if !ok {
			return "", &ICalError{Line: l.num, Msg: fmt.Sprintf("%s: bad escape in %q", l.name, l.value)}
		}
		return s, nil
	}
	ds, err := need("DTSTART")
	if err != nil {
		return nil, err
	}
	start, err := dateValue(ds)
	if err != nil {
		return nil, err
	}
	days := 1
	if de, ok := ev["DTEND"]; ok {
		if _, dur := ev["DURATION"]; dur {
			return nil, &ICalError{Line: de.num, Msg: "VEVENT has both DTEND and DURATION"}
		}
		end, err := dateValue(de)
		if err != nil {
			return nil, err
		}
		if end <= start || end-start > maxEventDays {
			return nil, &ICalError{Line: de.num, Msg: fmt.Sprintf("DTEND %q must be 1 to %d days after DTSTART", de.value, maxEventDays)}
		}
		days = int(end - start)
	} else if du, ok := ev["DURATION"]; ok {
		n, ok := dayDuration(du.value)
		if !ok || n < 1 || n > maxEventDays {
			return nil, &ICalError{Line: du.num, Msg: fmt.Sprintf("DURATION %q is not a whole number of days (1 to %d), like P1D", du.value, maxEventDays)}
		}
		days = n
	}
	uid, err := need("UID")
	if err != nil {
		return nil, err
	}
	sum, err := need("SUMMARY")
	if err != nil {
		return nil, err
	}
	h := Holiday{Category: Public}
	if h.ID, err = text(uid); err != nil {
		return nil, err
	}
	if h.Name, err = text(sum); err != nil {
		return nil, err
	}
	h.NameEN = h.Name
	if l, ok := ev[xID]; ok {
		if h.ID, err = text(l); err != nil {
			return nil, err
		}
	}
	if l, ok := ev[xNameEN]; ok {
		if h.NameEN, err = text(l); err != nil {
			return nil, err
		}
	}
	if l, ok := ev[xCategory]; ok {
		c, err := ParseCategory(l.value)
		if err != nil {
			return nil, &ICalError{Line: l.num, Msg: err.Error()}
		}
		h.Category = c
	}
	if l, ok := ev[xObserved]; ok {
		switch strings.ToUpper(l.value) {
		case "TRUE":
			h.Observed = true
		case "FALSE":
		default:
			return nil, &ICalError{Line: l.num, Msg: fmt.Sprintf("%s %q is not TRUE or FALSE", xObserved, l.value)}
		}
	}
	if h.ID == "" {
		return nil, &ICalError{Line: uid.num, Msg: "empty UID"}
	}
	if start+date.Date(days-1) > civilDate(MaxYear, 12, 31) {
		return nil, &ICalError{Line: ds.num, Msg: fmt.Sprintf("event ends after year %d", MaxYear)}
	}
	hs := make([]Holiday, 0, days)
	for i := range days {
		h.Date = start + date.Date(i)
		hs = append(hs, h)
	}
	return hs, nil
}

// dateValue parses a DATE property value (VALUE=DATE, or a bare YYYYMMDD).
func dateValue(l contentLine) (date.Date, error) {
	if v, ok := l.params["VALUE"]; ok && !strings.EqualFold(v, "DATE") {
		return 0, &ICalError{Line: l.num, Msg: fmt.Sprintf("%s has VALUE=%s; only all-day events (VALUE=DATE) are supported", l.name, v)}
	}
	s := l.value
	bad := func() error {
		return &ICalError{Line: l.num, Msg: fmt.Sprintf("%s %q is not a DATE (want YYYYMMDD; timed events are not supported)", l.name, s)}
	}
	if len(s) != 8 {
		return 0, bad()
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return 0, bad()
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, &ICalError{Line: l.num, Msg: fmt.Sprintf("%s %q is not a calendar date", l.name, s)}
	}
	if y < MinYear {
		return 0, &ICalError{Line: l.num, Msg: fmt.Sprintf("%s %q is before year %d", l.name, s, MinYear)}
	}
	return civilDate(y, time.Month(m), d), nil
}

func daysIn(y int, m time.Month) int {
	if m == time.December {
		return 31
	}
	return int(civilDate(y, m+1, 1) - civilDate(y, m, 1))
}

// dayDuration parses "PnD" or "PnW" (optionally with a leading '+').
func dayDuration(s string) (int, bool) {
	s = strings.TrimPrefix(s, "+")
	if len(s) < 3 || s[0] != 'P' || len(s) > 8 {
		return 0, false
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n < 0 || strings.ContainsAny(s[1:len(s)-1], "+-") {
		return 0, false
	}
	switch unit {
	case 'D':
		return n, true
	case 'W':
		return 7 * n, true
	}
	return 0, false
}

// unfold reads physical lines (CRLF or LF), joins folded continuations and
// parses each content line.
func unfold(r io.Reader) ([]contentLine, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	var (
		out     []contentLine
		cur     []byte
		curNum  int
		num     int
		blankAt int // first blank line seen (only trailing blank lines are allowed)
	)
	flush := func() error {
		if cur == nil {
			return nil
		}
		l, err := parseContentLine(string(cur), curNum)
		if err != nil {
			return err
		}
		out = append(out, l)
		cur = nil
		return nil
	}
	for sc.Scan() {
		num++
		b := sc.Bytes()
		b = bytes.TrimSuffix(b, []byte("\r"))
		if len(b) == 0 {
			if blankAt == 0 {
				blankAt = num
			}
			continue
		}
		if blankAt != 0 {
			return nil, &ICalError{Line: blankAt, Msg: "empty line"}
		}
		if b[0] == ' ' || b[0] == '\t' {
			if cur == nil {
				return nil, &ICalError{Line: num, Msg: "continuation line without a preceding content line"}
			}
			cur = append(cur, b[1:]...)
			continue
		}
		if err := flush(); err != nil {
			return nil, err
		}
		cur, curNum = append([]byte(nil), b...), num
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ICalError{Line: num + 1, Msg: "line longer than 1 MiB"}
		}
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// parseContentLine splits name *(";" param) ":" value (RFC 5545 §3.1).
func parseContentLine(s string, num int) (contentLine, error) {
	l := contentLine{num: num}
	if !utf8.ValidString(s) {
		return l, &ICalError{Line: num, Msg: "invalid UTF-8"}
	}
	i := 0
	for i < len(s) && isNameChar(s[i]) {
		i++
	}
	if i == 0 {
		return l, &ICalError{Line: num, Msg: fmt.Sprintf("no property name in %q", clip(s))}
	}
	l.name = strings.ToUpper(s[:i])
	for i < len(s) && s[i] == ';' {
		i++
		j := i
		for j < len(s) && isNameChar(s[j]) {
			j++
		}
		if j == i || j == len(s) || s[j] != '=' {
			return l, &ICalError{Line: num, Msg: fmt.Sprintf("%s: bad parameter in %q", l.name, clip(s))}
		}
		pname := strings.ToUpper(s[i:j])
		i = j + 1
		var val strings.Builder
		for first := true; first || (i < len(s) && s[i] == ','); first = false {
			if !first {
				val.WriteByte(',')
				i++
			}
			if i < len(s) && s[i] == '"' {
				k := strings.IndexByte(s[i+1:], '"')
				if k < 0 {
					return l, &ICalError{Line: num, Msg: fmt.Sprintf("%s: unterminated quoted parameter in %q", l.name, clip(s))}
				}
				val.WriteString(s[i+1 : i+1+k])
				i += k + 2
				continue
			}
			k := i
			for k < len(s) && s[k] != ';' && s[k] != ':' && s[k] != ',' && s[k] != '"' && s[k] >= 0x20 && s[k] != 0x7f {
				k++
			}
			val.WriteString(s[i:k])
			i = k
		}
		if l.params == nil {
			l.params = map[string]string{}
		}
		if _, dup := l.params[pname]; dup {
			return l, &ICalError{Line: num, Msg: fmt.Sprintf("%s: duplicate parameter %s", l.name, pname)}
		}
		l.params[pname] = val.String()
	}
	if i >= len(s) || s[i] != ':' {
		return l, &ICalError{Line: num, Msg: fmt.Sprintf("%s: missing ':' in %q", l.name, clip(s))}
	}
	l.value = s[i+1:]
	for _, c := range []byte(l.value) {
		if (c < 0x20 && c != '\t') || c == 0x7f {
			return l, &ICalError{Line: num, Msg: fmt.Sprintf("%s: control character in value", l.name)}
		}
	}
	return l, nil
}

func isNameChar(c byte) bool {
	return c == '-' || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z')
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if !isNameChar(s[i]) {
			return false
		}
	}
	return true
}

// clip shortens input quoted in an error message.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
