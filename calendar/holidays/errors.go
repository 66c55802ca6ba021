package holidays

import (
	"errors"
	"fmt"
	"strings"

	"github.com/itsmkit/itsm"
)

// Errors are [*itsm.Error] values of package "holidays" (see the root
// package's conventions) wrapping one of these sentinels; classify them with
// errors.Is and errors.As.
var (
	// ErrUnknownRegion: a region code that is not in [Regions]. The error
	// lists the codes of the same country, or the country codes.
	ErrUnknownRegion = errors.New("holidays: unknown region")
	// ErrCategory: an unknown category name or an invalid Category value.
	// The error lists the valid names.
	ErrCategory = errors.New("holidays: unknown category")
	// ErrInvalidHoliday: a holiday given to [NewSet] or [WriteICal] (or
	// decoded from JSON) without an ID, with an invalid category, with a date
	// outside [MinYear, MaxYear] or text with control characters.
	ErrInvalidHoliday = errors.New("holidays: invalid holiday")
	// ErrICal: a malformed or unsupported iCalendar stream; the error's
	// Context names the line ("iCalendar line 12").
	ErrICal = errors.New("holidays: malformed iCalendar")
)

// regionError reports an unknown region code. Valid lists the codes of the
// country the code names, if any, or else every country code.
func regionError(code string) error {
	rr := registry()
	country, _, _ := strings.Cut(strings.ToUpper(code), "-")
	var valid []string
	if _, ok := rr.byCode[country]; ok {
		for _, ri := range rr.infos {
			if ri.Code == country || strings.HasPrefix(ri.Code, country+"-") {
				valid = append(valid, ri.Code)
			}
		}
	} else {
		for _, ri := range rr.infos {
			if !strings.Contains(ri.Code, "-") {
				valid = append(valid, ri.Code)
			}
		}
	}
	return &itsm.Error{Pkg: "holidays", Context: "region", Input: code, Valid: valid, Err: ErrUnknownRegion}
}

// icalError reports a malformed iCalendar stream at a 1-based physical line.
func icalError(line int, format string, args ...any) error {
	return &itsm.Error{Pkg: "holidays", Context: fmt.Sprintf("iCalendar line %d", line),
		Err: &detail{msg: fmt.Sprintf(format, args...), err: ErrICal}}
}

// detail is a message that wraps a sentinel without repeating its text.
type detail struct {
	msg string
	err error
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.err }

// holidayError reports an invalid holiday, naming it by ID and date.
func holidayError(h Holiday, format string, args ...any) error {
	return &itsm.Error{Pkg: "holidays", Context: fmt.Sprintf("holiday %s", h.Date), Input: h.ID,
		Err: fmt.Errorf("%w: %s", ErrInvalidHoliday, fmt.Sprintf(format, args...))}
}

// icalWrap reports an error of this package (a bad category, an invalid
// holiday) found in an iCalendar stream at a line, in property prop.
func icalWrap(line int, prop string, err error) error {
	var e *itsm.Error
	if !errors.As(err, &e) {
		return icalError(line, "%s: %v", prop, err)
	}
	ctx := fmt.Sprintf("iCalendar line %d: %s", line, prop)
	if e.Context != "" {
		ctx += ": " + e.Context
	}
	return &itsm.Error{Pkg: "holidays", Context: ctx, Input: e.Input, Valid: e.Valid, Err: &detail{msg: e.Err.Error(), err: errors.Join(ErrICal, e.Err)}}
}
