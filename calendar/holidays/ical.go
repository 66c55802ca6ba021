package holidays

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
)

// iCalendar (RFC 5545) import and export of holidays as all-day events.
//
// The writer emits one VEVENT per holiday with DTSTART;VALUE=DATE,
// DTEND;VALUE=DATE (the next day), SUMMARY (the local name), a UID that is
// unique per holiday and date, and X-ITSMKIT-* properties that carry the
// rest of a [Holiday] so that ReadICal(WriteICal(hs)) gives hs back.
//
// The reader (icalread.go) is a small strict reader of the all-day subset
// that holiday feeds use, yearly recurrence included (icalrrule.go); it
// needs no dependency.

// Property names of the itsmkit extension.
const (
	xID        = "X-ITSMKIT-ID"
	xNameEN    = "X-ITSMKIT-NAME-EN"
	xCategory  = "X-ITSMKIT-CATEGORY"
	xObserved  = "X-ITSMKIT-OBSERVED"
	xEstimated = "X-ITSMKIT-ESTIMATED"
	xSource    = "X-ITSMKIT-SOURCE"
)

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
		if h.Estimated {
			line(xEstimated + ":TRUE")
		}
		if h.Source != "" {
			line(xSource + ":" + escapeText(h.Source))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return bw.Flush()
}

func checkHoliday(h Holiday) error {
	for _, t := range []string{h.ID, h.Name, h.NameEN, h.Source} {
		if !utf8.ValidString(t) || strings.ContainsFunc(t, func(r rune) bool { return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f }) {
			return holidayError(h, "text with invalid UTF-8 or control characters")
		}
	}
	switch {
	case h.ID == "":
		return holidayError(h, "no ID (name %q)", h.Name)
	case !h.Category.Valid():
		e := holidayError(h, "category %s", h.Category).(*itsm.Error)
		e.Valid = categories.Valid()
		return e
	case h.Date < civilDate(MinYear, 1, 1) || h.Date > civilDate(MaxYear, 12, 31):
		return holidayError(h, "date outside %d–%d", MinYear, MaxYear)
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

func daysIn(y int, m time.Month) int {
	if m == time.December {
		return 31
	}
	return int(civilDate(y, m+1, 1) - civilDate(y, m, 1))
}

// parseContentLine splits name *(";" param) ":" value (RFC 5545 §3.1).
func parseContentLine(s string, num int) (contentLine, error) {
	l := contentLine{num: num}
	if !utf8.ValidString(s) {
		return l, icalError(num, "%s", "invalid UTF-8")
	}
	i := 0
	for i < len(s) && isNameChar(s[i]) {
		i++
	}
	if i == 0 {
		return l, icalError(num, "no property name in %q", clip(s))
	}
	l.name = strings.ToUpper(s[:i])
	for i < len(s) && s[i] == ';' {
		i++
		j := i
		for j < len(s) && isNameChar(s[j]) {
			j++
		}
		if j == i || j == len(s) || s[j] != '=' {
			return l, icalError(num, "%s: bad parameter in %q", l.name, clip(s))
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
					return l, icalError(num, "%s: unterminated quoted parameter in %q", l.name, clip(s))
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
			return l, icalError(num, "%s: duplicate parameter %s", l.name, pname)
		}
		l.params[pname] = val.String()
	}
	if i >= len(s) || s[i] != ':' {
		return l, icalError(num, "%s: missing ':' in %q", l.name, clip(s))
	}
	l.value = s[i+1:]
	for _, c := range []byte(l.value) {
		if (c < 0x20 && c != '\t') || c == 0x7f {
			return l, icalError(num, "%s: control character in value", l.name)
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
