package itsm

import (
	"strconv"
	"strings"
)

// RecordError is the one shape of a per-record error in a batch: batch
// functions (conflicts, attainment, availability, KPI series, imports)
// compute what they can and list every record they had to leave out as a
// RecordError, so one bad record never discards the rest.
//
// It renders as `record 3 (ticket "INC1"): <Err>`.
type RecordError struct {
	Index int    `json:"index"` // position of the record in its input (0-based)
	Kind  string `json:"kind"`  // what the record is: "ticket", "outage", "change", "deployment", …
	ID    string `json:"id"`    // the record's own identity (ticket number, change ID); may be empty
	Err   error  `json:"-"`     // what is wrong: usually an [*Error]
}

// Error renders the record's position, kind and identity and the cause.
func (e RecordError) Error() string {
	var b strings.Builder
	b.WriteString("record ")
	b.WriteString(strconv.Itoa(e.Index))
	if e.Kind != "" || e.ID != "" {
		b.WriteString(" (")
		b.WriteString(e.Kind)
		if e.ID != "" {
			if e.Kind != "" {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Quote(e.ID))
		}
		b.WriteByte(')')
	}
	b.WriteString(": ")
	if e.Err == nil {
		b.WriteString("rejected")
	} else {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e RecordError) Unwrap() error { return e.Err }

// MarshalJSON writes {"index":…, "kind":…, "id":…, "error": "<message>"}.
func (e RecordError) MarshalJSON() ([]byte, error) {
	msg := "rejected"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	var b strings.Builder
	b.WriteString(`{"index":`)
	b.WriteString(strconv.Itoa(e.Index))
	b.WriteString(`,"kind":`)
	b.WriteString(strconv.Quote(e.Kind))
	b.WriteString(`,"id":`)
	b.WriteString(strconv.Quote(e.ID))
	b.WriteString(`,"error":`)
	b.WriteString(strconv.Quote(msg))
	b.WriteByte('}')
	return []byte(b.String()), nil
}
