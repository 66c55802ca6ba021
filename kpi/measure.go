package kpi

import "fmt"

// Measure names a time-to-X measure, so that a report says exactly which
// clock start and stop events were used. "MTTR" alone is ambiguous (repair,
// recovery, resolve and respond are all in use); this package has no plain
// MTTR. The zero value is [MeasureUnspecified].
type Measure uint8

// The measures. Each comment gives the start → stop events.
const (
	MeasureUnspecified Measure = iota
	// MTTA, mean time to acknowledge: alert/ticket raised → acknowledged by a person.
	MTTA
	// MTTRepair, mean time to repair: repair work starts (failure diagnosed) → the
	// fault is fixed. Excludes detection and post-fix verification.
	MTTRepair
	// MTTRecover, mean time to recover/restore (ITIL "MTRS"): service failure
	// starts → service is restored to users. DORA's failed-deployment recovery
	// time is this measure applied to deployment failures.
	MTTRecover
	// MTTResolve, mean time to resolve: ticket opened → ticket resolved (fix
	// confirmed; includes waiting and any root-cause work the ticket carries).
	MTTResolve
	// MTTRespond, mean time to respond: ticket opened → first response to the
	// requester (a human reply, not an auto-acknowledgement).
	MTTRespond
	// MTTD, mean time to detect: failure starts → failure detected (alert or report).
	MTTD
	// MTBF, mean time between failures: service restored → next failure starts
	// (operating time between failures of a repairable item).
	MTBF
	// MTTF, mean time to failure: put into service → fails (non-repairable items).
	MTTF
)

var measureNames = [...]string{"unspecified", "mtta", "mttr-repair", "mttr-recover", "mttr-resolve", "mttr-respond", "mttd", "mtbf", "mttf"}

var measureDescriptions = [...]string{
	"unspecified measure",
	"mean time to acknowledge (raised → acknowledged)",
	"mean time to repair (repair starts → fault fixed)",
	"mean time to recover/restore service (failure starts → service restored)",
	"mean time to resolve (ticket opened → resolved)",
	"mean time to respond (ticket opened → first response)",
	"mean time to detect (failure starts → detected)",
	"mean time between failures (restored → next failure)",
	"mean time to failure (in service → failure)",
}

// String returns the text form, e.g. "mttr-resolve".
func (m Measure) String() string {
	if int(m) < len(measureNames) {
		return measureNames[m]
	}
	return fmt.Sprintf("Measure(%d)", m)
}

// Description returns the measure's name and its start → stop events.
func (m Measure) Description() string {
	if int(m) < len(measureDescriptions) {
		return measureDescriptions[m]
	}
	return m.String()
}

// MarshalText returns the text form; an unknown value is an error.
func (m Measure) MarshalText() ([]byte, error) {
	if int(m) >= len(measureNames) {
		return nil, &ValueError{What: "measure", Value: m.String(), Err: ErrUnknownName}
	}
	return []byte(measureNames[m]), nil
}

// UnmarshalText parses the text form ("mtta", "mttr-repair", "mttr-recover",
// "mttr-restore" (an alias), "mttr-resolve", "mttr-respond", "mttd", "mtbf",
// "mttf", "unspecified").
func (m *Measure) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "mttr-restore" {
		*m = MTTRecover
		return nil
	}
	for k, n := range measureNames {
		if n == s {
			*m = Measure(k)
			return nil
		}
	}
	return &ValueError{What: "measure", Value: s, Err: ErrUnknownName}
}

// Clock says in which time a duration was measured.
type Clock uint8

const (
	// Wall is elapsed (24×7) time. It is the zero value.
	Wall Clock = iota
	// Business is time counted by a [Schedule] (service or business hours).
	Business
)

// String returns "wall" or "business".
func (c Clock) String() string {
	switch c {
	case Wall:
		return "wall"
	case Business:
		return "business"
	}
	return fmt.Sprintf("Clock(%d)", c)
}

// MarshalText returns "wall" or "business".
func (c Clock) MarshalText() ([]byte, error) {
	if c > Business {
		return nil, &ValueError{What: "clock", Value: c.String(), Err: ErrUnknownName}
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses "wall" or "business".
func (c *Clock) UnmarshalText(b []byte) error {
	switch string(b) {
	case "wall":
		*c = Wall
	case "business":
		*c = Business
	default:
		return &ValueError{What: "clock", Value: string(b), Err: ErrUnknownName}
	}
	return nil
}
