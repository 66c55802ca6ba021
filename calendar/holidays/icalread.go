package holidays

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// Limits of the iCalendar reader. An event of a few hundred bytes can stand
// for thousands of holidays (a long DURATION, a yearly rule), so the reader
// bounds what a whole stream may expand to, not only each event, and stops
// with an [*itsm.Error] wrapping [ErrICal] at the event that would cross the bound, before it
// allocates for it.
const (
	// MaxICalHolidays bounds the holidays [ReadICal] returns, and those a
	// [ReadICalSet] set lists (all but the rules it keeps).
	MaxICalHolidays = 50000
	// MaxICalYearHolidays bounds what the recurring events of a
	// [ReadICalSet] set may yield in one year (counted as each event's
	// largest possible yield in any year).
	MaxICalYearHolidays = 10000
)

// maxEventDays bounds one event's length (DTEND or DURATION).
const maxEventDays = 366

// maxLineBytes bounds one content line, folded continuations included.
const maxLineBytes = 1 << 20

// keptProps are the VEVENT properties the reader uses; each may occur once
// per VEVENT. Other properties are skipped without being kept.
var keptProps = map[string]bool{"UID": true, "DTSTART": true, "DTEND": true, "DURATION": true, "SUMMARY": true,
	"STATUS": true, "RRULE": true, "RECURRENCE-ID": true, xID: true, xNameEN: true, xCategory: true, xObserved: true, xEstimated: true, xSource: true}

// contentLine is one unfolded line.
type contentLine struct {
	num    int // physical line where it starts
	name   string
	params map[string]string // upper-case names; values unquoted
	value  string
}

// ReadICal reads the all-day VEVENTs of an iCalendar stream (RFC 5545) as
// holidays, sorted by date then ID and unique by (date, ID).
//
// An event starts on DTSTART, a DATE (or a DATE-TIME at midnight, floating
// or with a TZID, which stands for that civil date), and lasts up to DTEND
// (exclusive) or for DURATION (whole days or weeks), at most 366 days;
// without either it is one day. It becomes one holiday per day. ID is
// X-ITSMKIT-ID if present, otherwise the UID; Name is the SUMMARY; NameEN is
// X-ITSMKIT-NAME-EN or the SUMMARY; Category is X-ITSMKIT-CATEGORY or
// [Public]; Observed, Estimated and Source are X-ITSMKIT-OBSERVED,
// X-ITSMKIT-ESTIMATED (TRUE or FALSE) and X-ITSMKIT-SOURCE.
//
// Recurrence follows RFC 5545 §3.8.5: a yearly RRULE (see [ReadICalSet] for
// the parts supported), RDATE and EXDATE with DATE values, and overridden
// instances (an event with the same UID and a RECURRENCE-ID replaces that
// instance). ReadICal returns a finite list, so every RRULE must end (COUNT
// or UNTIL); a feed of endless rules is read with [ReadICalSet]. Events
// with STATUS:CANCELLED are skipped.
//
// The stream may start with a UTF-8 byte order mark and use CRLF or LF line
// ends and folded lines. Components other than VEVENT are skipped, as are
// properties the reader does not use. Anything it cannot represent
// faithfully (timed events, other recurrence rules, malformed lines) is an
// [*itsm.Error] wrapping [ErrICal] that names the line, and so is a stream that expands to more
// than [MaxICalHolidays] holidays.
func ReadICal(r io.Reader) ([]Holiday, error) {
	p := icalParser{}
	if err := p.read(r); err != nil {
		return nil, err
	}
	out, err := materialize(p.events)
	if err != nil {
		return nil, err
	}
	return sortHolidays(out), nil
}

// ReadICalSet reads an iCalendar stream like [ReadICal] and returns a [Set]
// of its holidays in the given categories (with none, only [Public]), as
// [NewSet] would, except that a yearly rule without end (the usual "every
// 25 December") is kept as a rule and expanded for each year the set is
// asked about, so it needs no cut-off year.
//
// A recurrence rule must be yearly (RFC 5545 §3.3.10): FREQ=YEARLY with
// INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY, BYDAY (with an ordinal
// such as 4TH or -1MO, counted within the month when BYMONTH is given and
// within the year otherwise) and WKST. Parts the rule leaves out come from
// DTSTART, and DTSTART is always the first instance. Other frequencies and
// parts (FREQ=MONTHLY, BYSETPOS, BYWEEKNO, BYYEARDAY, …) are an
// [*itsm.Error] wrapping [ErrICal] that names them. Instances are generated up to year
// [MaxYear].
//
// Events that end (without RRULE, or with COUNT or UNTIL) are listed as
// ReadICal lists them, at most [MaxICalHolidays] holidays in all, so a
// stream that ReadICal reads gives the same holidays here. Rules without
// end, and rules that end too late to be listed, are kept as rules; they
// may yield at most [MaxICalYearHolidays] holidays in any one year.
func ReadICalSet(r io.Reader, cats ...Category) (*Set, error) {
	mask, err := categoryMask(cats)
	if err != nil {
		return nil, err
	}
	p := icalParser{keepRules: true}
	if err := p.read(r); err != nil {
		return nil, err
	}
	// Events that end are listed, as ReadICal lists them, while they fit
	// MaxICalHolidays; so a stream ReadICal reads gives the same holidays.
	// Rules without end, and rules that end too late to be listed, are kept
	// as rules.
	var once, rec []*icalEvent
	perYear, listed := 0, 0
	for _, e := range p.events {
		if e.rule == nil || e.rule.count != 0 || e.rule.until != 0 {
			room := max(0, MaxICalHolidays-listed)
			ss, ok := e.starts(room / e.days)
			if e.rule == nil || (ok && len(ss)*e.days <= room) {
				listed += len(ss) * e.days // materialize reports a stream over the bound
				once = append(once, e)
				continue
			}
		}
		if perYear += e.yearCapacity(); perYear > MaxICalYearHolidays {
			return nil, icalError(e.ruleLine, "the recurring events may yield more than %d holidays in one year", MaxICalYearHolidays)
		}
		rec = append(rec, e)
	}
	list, err := materialize(once)
	if err != nil {
		return nil, err
	}
	return &Set{list: sortHolidays(list), rec: rec, mask: mask}, nil
}

func sortHolidays(hs []Holiday) []Holiday {
	slices.SortFunc(hs, compareHoliday)
	return slices.CompactFunc(hs, func(a, b Holiday) bool { return a.Date == b.Date && a.ID == b.ID })
}

// icalEvent is a VEVENT read and checked: the instances it stands for and
// the holiday each of their days becomes.
type icalEvent struct {
	begin    int     // line of BEGIN:VEVENT
	h        Holiday // every field but Date
	uid      string
	override bool // has a RECURRENCE-ID: replaces one instance of the series with its UID
	start    date.Date
	days     int
	rule     *yearlyRule // nil without RRULE
	ruleLine int
	last     date.Date   // latest start the rule may generate
	rdates   []date.Date // sorted, unique
	exdates  []date.Date // sorted, unique; RECURRENCE-IDs of the overrides included
}

// maxDate is the last day a holiday may fall on.
var maxDate = civilDate(MaxYear, time.December, 31)

// starts returns the event's starts in order (RFC 5545 §3.8.5.3: DTSTART,
// the RRULE's and the RDATEs, less the EXDATEs), or false if the rule
// alone generates more than limit of them.
func (e *icalEvent) starts(limit int) ([]date.Date, bool) {
	ss := append([]date.Date{e.start}, e.rdates...)
	ok := true
	if e.rule != nil {
		n := 0
		e.rule.eachStart(e.start, e.start, e.last, func(d date.Date) bool {
			if n++; n > limit {
				ok = false
				return false
			}
			ss = append(ss, d)
			return true
		})
	}
	if !ok {
		return nil, false
	}
	slices.Sort(ss)
	ss = slices.Compact(ss)
	return slices.DeleteFunc(ss, e.excluded), true
}

func (e *icalEvent) excluded(d date.Date) bool {
	_, found := slices.BinarySearch(e.exdates, d)
	return found
}

// materialize expands events that end into holidays, at most
// MaxICalHolidays of them in all. It counts first and then allocates the
// result once, so that a stream near the bound costs no more than the
// holidays it holds.
func materialize(events []*icalEvent) ([]Holiday, error) {
	starts := make([][]date.Date, len(events))
	total := 0
	for i, e := range events {
		room := MaxICalHolidays - total
		ss, ok := e.starts(room / e.days)
		if !ok || len(ss)*e.days > room {
			return nil, icalError(e.begin, "the stream expands to more than %d holidays (at this VEVENT, UID %q)", MaxICalHolidays, clip(e.uid))
		}
		starts[i] = ss
		total += len(ss) * e.days
	}
	out := make([]Holiday, 0, total)
	for i, e := range events {
		for _, s := range starts[i] {
			h := e.h
			for k := range e.days {
				h.Date = s + date.Date(k)
				out = append(out, h)
			}
		}
	}
	return out, nil
}

// yearCapacity is an upper bound of the holidays the event yields in one
// year.
func (e *icalEvent) yearCapacity() int {
	n := 1 + len(e.rdates)
	if e.rule != nil {
		n += 2 * e.rule.maxPerYear // starts in the year and in the year before
	}
	return min(366, n*e.days)
}

// appendYear appends the event's holidays in year y to out; scratch is a
// buffer for the starts, returned for reuse.
func (e *icalEvent) appendYear(y int, out []Holiday, scratch []date.Date) ([]Holiday, []date.Date) {
	jan1, dec31 := civilDate(y, time.January, 1), civilDate(y, time.December, 31)
	lo := jan1 - date.Date(e.days-1) // a start this early still reaches 1 January
	ss := scratch[:0]
	if e.start >= lo && e.start <= dec31 {
		ss = append(ss, e.start)
	}
	i, _ := slices.BinarySearch(e.rdates, lo)
	for ; i < len(e.rdates) && e.rdates[i] <= dec31; i++ {
		ss = append(ss, e.rdates[i])
	}
	if e.rule != nil {
		e.rule.eachStart(e.start, lo, min(dec31, e.last), func(d date.Date) bool {
			ss = append(ss, d)
			return true
		})
	}
	if len(ss) == 0 {
		return out, ss
	}
	slices.Sort(ss)
	ss = slices.DeleteFunc(slices.Compact(ss), e.excluded)
	next := jan1 // first day not yet emitted
	for _, s := range ss {
		for d := max(s, next); d <= min(s+date.Date(e.days-1), dec31); d++ {
			h := e.h
			h.Date = d
			out = append(out, h)
			next = d + 1
		}
	}
	return out, ss
}

// icalParser reads a stream line by line; only the VEVENT being read is
// held in full.
type icalParser struct {
	keepRules bool // ReadICalSet: rules without end are allowed
	stack     []string
	done      bool
	ev        *rawEvent // the VEVENT being read, nil outside one
	events    []*icalEvent
	overrides map[string][]date.Date // UID → RECURRENCE-IDs
	lastLine  int
}

// rawEvent is the properties of a VEVENT being read.
type rawEvent struct {
	begin   int
	props   map[string]contentLine
	rdates  []contentLine
	exdates []contentLine
}

func (p *icalParser) read(r io.Reader) error {
	n, err := eachContentLine(r, p.line)
	if err != nil {
		return err
	}
	if !p.done {
		if n == 0 {
			return icalError(1, "%s", "empty input (want BEGIN:VCALENDAR)")
		}
		return icalError(p.lastLine, "%s", "missing END:VCALENDAR")
	}
	// An overriding instance replaces the instance of its series.
	for _, e := range p.events {
		if ids := p.overrides[e.uid]; len(ids) > 0 && !e.override {
			e.exdates = append(e.exdates, ids...)
			slices.Sort(e.exdates)
			e.exdates = slices.Compact(e.exdates)
		}
	}
	return nil
}

// line handles one content line.
func (p *icalParser) line(l contentLine) error {
	p.lastLine = l.num
	if p.done {
		return icalError(l.num, "content after END:VCALENDAR: %q", l.name)
	}
	switch l.name {
	case "BEGIN":
		comp := strings.ToUpper(l.value)
		if !validName(comp) {
			return icalError(l.num, "bad component name %q", clip(l.value))
		}
		if len(p.stack) == 0 && comp != "VCALENDAR" {
			return icalError(l.num, "want BEGIN:VCALENDAR, got BEGIN:%s", clip(l.value))
		}
		if len(p.stack) > 0 && comp == "VCALENDAR" {
			return icalError(l.num, "%s", "nested VCALENDAR")
		}
		if len(p.stack) > 8 {
			return icalError(l.num, "%s", "components nested too deeply")
		}
		p.stack = append(p.stack, comp)
		if comp == "VEVENT" && len(p.stack) == 2 {
			p.ev = &rawEvent{begin: l.num, props: map[string]contentLine{}}
		}
		return nil
	case "END":
		comp := strings.ToUpper(l.value)
		if len(p.stack) == 0 || p.stack[len(p.stack)-1] != comp {
			want := "nothing"
			if len(p.stack) > 0 {
				want = "END:" + p.stack[len(p.stack)-1]
			}
			return icalError(l.num, "END:%s does not match (want %s)", clip(l.value), want)
		}
		p.stack = p.stack[:len(p.stack)-1]
		if comp == "VEVENT" && len(p.stack) == 1 {
			if err := p.finish(p.ev); err != nil {
				return err
			}
			p.ev = nil
		}
		if len(p.stack) == 0 {
			p.done = true
		}
		return nil
	}
	if len(p.stack) == 0 {
		return icalError(l.num, "property %s outside VCALENDAR", l.name)
	}
	if p.ev == nil || len(p.stack) != 2 {
		return nil
	}
	switch {
	case l.name == "RDATE":
		p.ev.rdates = append(p.ev.rdates, l)
	case l.name == "EXDATE":
		p.ev.exdates = append(p.ev.exdates, l)
	case l.name == "EXRULE":
		return icalError(l.num, "%s", "EXRULE is not supported (it was removed by RFC 5545; use EXDATE)")
	case keptProps[l.name]:
		if _, dup := p.ev.props[l.name]; dup {
			return icalError(l.num, "duplicate %s in VEVENT", l.name)
		}
		p.ev.props[l.name] = l
	}
	return nil
}

// finish checks a VEVENT and keeps it.
func (p *icalParser) finish(ev *rawEvent) error {
	need := func(name string) (contentLine, error) {
		l, ok := ev.props[name]
		if !ok {
			return l, icalError(ev.begin, "%s", "VEVENT without "+name)
		}
		return l, nil
	}
	text := func(l contentLine) (string, error) {
		s, ok := unescapeText(l.value)
		if !ok {
			return "", icalError(l.num, "%s: bad escape in %q", l.name, clip(l.value))
		}
		return s, nil
	}
	e := &icalEvent{begin: ev.begin, days: 1, h: Holiday{Category: Public}}
	cancelled := false
	if l, ok := ev.props["STATUS"]; ok {
		cancelled = strings.EqualFold(l.value, "CANCELLED")
	}
	if l, ok := ev.props["RECURRENCE-ID"]; ok {
		// An instance of a series with the same UID, replaced by this event
		// or, when cancelled, dropped (RFC 5545 §3.8.4.4).
		uid, err := need("UID")
		if err != nil {
			return err
		}
		if r, ok := l.params["RANGE"]; ok {
			return icalError(l.num, "RECURRENCE-ID;RANGE=%s is not supported (one instance at a time)", clip(r))
		}
		d, _, err := dateValue(l)
		if err != nil {
			return err
		}
		if p.overrides == nil {
			p.overrides = map[string][]date.Date{}
		}
		p.overrides[uid.value] = append(p.overrides[uid.value], d)
		if _, ok := ev.props["RRULE"]; ok {
			return icalError(ev.props["RRULE"].num, "%s", "RRULE in an event with RECURRENCE-ID")
		}
		e.override = true
	}
	if cancelled {
		return nil
	}
	ds, err := need("DTSTART")
	if err != nil {
		return err
	}
	var timed bool
	if e.start, timed, err = dateValue(ds); err != nil {
		return err
	}
	if de, ok := ev.props["DTEND"]; ok {
		if _, dur := ev.props["DURATION"]; dur {
			return icalError(de.num, "%s", "VEVENT has both DTEND and DURATION")
		}
		end, _, err := dateValue(de)
		if err != nil {
			return err
		}
		if end <= e.start || end-e.start > maxEventDays {
			return icalError(de.num, "DTEND %q must be 1 to %d days after DTSTART", clip(de.value), maxEventDays)
		}
		e.days = int(end - e.start)
	} else if du, ok := ev.props["DURATION"]; ok {
		n, ok := dayDuration(du.value)
		if !ok || n < 1 || n > maxEventDays {
			return icalError(du.num, "DURATION %q is not a whole number of days (1 to %d), like P1D", clip(du.value), maxEventDays)
		}
		e.days = n
	} else if timed {
		return icalError(ds.num, "DTSTART %q is a date-time without DTEND or DURATION, a timed event (only all-day events are supported)", clip(ds.value))
	}
	uid, err := need("UID")
	if err != nil {
		return err
	}
	sum, err := need("SUMMARY")
	if err != nil {
		return err
	}
	if e.uid, err = text(uid); err != nil {
		return err
	}
	e.h.ID = e.uid
	if e.h.Name, err = text(sum); err != nil {
		return err
	}
	e.h.NameEN = e.h.Name
	if l, ok := ev.props[xID]; ok {
		if e.h.ID, err = text(l); err != nil {
			return err
		}
	}
	if l, ok := ev.props[xNameEN]; ok {
		if e.h.NameEN, err = text(l); err != nil {
			return err
		}
	}
	if l, ok := ev.props[xCategory]; ok {
		c, err := ParseCategory(l.value)
		if err != nil {
			return icalWrap(l.num, xCategory, err)
		}
		e.h.Category = c
	}
	for _, f := range []struct {
		prop string
		v    *bool
	}{{xObserved, &e.h.Observed}, {xEstimated, &e.h.Estimated}} {
		if l, ok := ev.props[f.prop]; ok {
			switch strings.ToUpper(l.value) {
			case "TRUE":
				*f.v = true
			case "FALSE":
			default:
				return icalError(l.num, "%s %q is not TRUE or FALSE", f.prop, clip(l.value))
			}
		}
	}
	if l, ok := ev.props[xSource]; ok {
		if e.h.Source, err = text(l); err != nil {
			return err
		}
	}
	if e.h.ID == "" {
		return icalError(uid.num, "%s", "empty UID")
	}
	h := e.h
	h.Date = e.start
	if err := checkHoliday(h); err != nil {
		return icalWrap(ev.begin, "VEVENT", err)
	}
	lastStart := maxDate - date.Date(e.days-1)
	if e.start > lastStart {
		return icalError(ds.num, "event ends after year %d", MaxYear)
	}
	for _, l := range ev.rdates {
		ds, err := dateList(l)
		if err != nil {
			return err
		}
		for _, d := range ds {
			if d > lastStart {
				return icalError(l.num, "RDATE: an instance ends after year %d", MaxYear)
			}
		}
		e.rdates = append(e.rdates, ds...)
	}
	for _, l := range ev.exdates {
		ds, err := dateList(l)
		if err != nil {
			return err
		}
		e.exdates = append(e.exdates, ds...)
	}
	slices.Sort(e.rdates)
	e.rdates = slices.Compact(e.rdates)
	slices.Sort(e.exdates)
	e.exdates = slices.Compact(e.exdates)
	if l, ok := ev.props["RRULE"]; ok {
		r, err := parseRRule(l)
		if err != nil {
			return err
		}
		if !p.keepRules && r.count == 0 && r.until == 0 {
			return icalError(l.num, "RRULE %q repeats without end (no COUNT or UNTIL); ReadICal returns a finite list, ReadICalSet expands such rules year by year", clip(l.value))
		}
		r.build(e.start)
		e.rule, e.ruleLine = r, l.num
		switch {
		case r.count != 0:
			e.last = r.countLast(e.start)
		case r.until != 0:
			e.last = r.until
		default:
			e.last = maxDate
		}
		e.last = min(e.last, lastStart)
	}
	p.events = append(p.events, e)
	return nil
}

// dateValue parses a DATE property value, or a DATE-TIME at midnight
// (floating or with a TZID, not UTC) that stands for that civil date;
// timed reports the latter.
func dateValue(l contentLine) (d date.Date, timed bool, err error) {
	s := l.value
	v, hasValue := l.params["VALUE"]
	switch {
	case hasValue && strings.EqualFold(v, "DATE"):
	case hasValue && strings.EqualFold(v, "DATE-TIME"):
		timed = true
	case hasValue:
		return 0, false, icalError(l.num, "%s has VALUE=%s; only all-day events (VALUE=DATE) are supported", l.name, clip(v))
	default:
		timed = len(s) > 8
	}
	if timed && len(s) == 15 && s[8] == 'T' && s[9:] != "000000" && strings.TrimLeft(s[9:], "0123456789") == "" {
		return 0, false, icalError(l.num, "%s %q is a time of day; only all-day events (VALUE=DATE, or midnight to midnight) are supported", l.name, s)
	}
	ds := s
	if timed {
		if len(s) != 15 || s[8:] != "T000000" {
			ds = "" // fails below
		} else {
			ds = s[:8]
		}
	}
	if len(ds) != 8 || strings.TrimLeft(ds, "0123456789") != "" {
		return 0, false, icalError(l.num, "%s %q is not a DATE (want YYYYMMDD; timed events are not supported)", l.name, clip(s))
	}
	d, ok := parseYMD(ds)
	if !ok {
		if ds[:4] < fmt.Sprint(MinYear) {
			return 0, false, icalError(l.num, "%s %q is before year %d", l.name, s, MinYear)
		}
		return 0, false, icalError(l.num, "%s %q is not a calendar date", l.name, s)
	}
	return d, timed, nil
}

// dateList parses the comma-separated dates of RDATE or EXDATE.
func dateList(l contentLine) ([]date.Date, error) {
	var out []date.Date
	for v := range strings.SplitSeq(l.value, ",") {
		one := l
		one.value = v
		d, _, err := dateValue(one)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// dayDuration parses "PnD" or "PnW" (optionally with a leading '+').
func dayDuration(s string) (int, bool) {
	s = strings.TrimPrefix(s, "+")
	if len(s) < 3 || s[0] != 'P' || len(s) > 8 {
		return 0, false
	}
	n, err := ruleInt(s[1:len(s)-1], 0, 9999999)
	if err != nil {
		return 0, false
	}
	switch s[len(s)-1] {
	case 'D':
		return n, true
	case 'W':
		return 7 * n, true
	}
	return 0, false
}

// eachContentLine reads physical lines (CRLF or LF, after an optional UTF-8
// byte order mark), joins folded continuations and passes each parsed
// content line to f. It returns the number of content lines.
func eachContentLine(r io.Reader, f func(contentLine) error) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	var (
		cur     []byte
		curNum  int
		num     int
		count   int
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
		count++
		cur = nil
		return f(l)
	}
	for sc.Scan() {
		num++
		b := sc.Bytes()
		if num == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		b = bytes.TrimSuffix(b, []byte("\r"))
		if len(b) == 0 {
			if blankAt == 0 {
				blankAt = num
			}
			continue
		}
		if blankAt != 0 {
			return count, icalError(blankAt, "%s", "empty line")
		}
		if b[0] == ' ' || b[0] == '\t' {
			if cur == nil {
				return count, icalError(num, "%s", "continuation line without a preceding content line")
			}
			if len(cur)+len(b)-1 > maxLineBytes {
				return count, icalError(curNum, "%s", "content line longer than 1 MiB")
			}
			cur = append(cur, b[1:]...)
			continue
		}
		if err := flush(); err != nil {
			return count, err
		}
		cur, curNum = append([]byte(nil), b...), num
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return count, icalError(num+1, "%s", "line longer than 1 MiB")
		}
		return count, err
	}
	return count, flush()
}
