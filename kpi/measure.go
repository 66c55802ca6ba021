package kpi

import "github.com/itsmkit/itsm/internal/enum"

// Measure names a time-to-X measure, so that a report says exactly which
// clock start and stop events were used. "MTTR" alone is ambiguous (repair,
// recovery, resolve and respond are all in use); this package has no plain
// MTTR. Each constant's doc gives its start → stop events and, in quotes,
// its text form. The zero value is [MeasureUnspecified].
type Measure uint8

// The measures.
const (
	// MeasureUnspecified: no measure named.
	MeasureUnspecified Measure = iota // "unspecified"
	// MTTA, mean time to acknowledge: alert/ticket raised → acknowledged by
	// a person.
	MTTA // "mtta"
	// MTTRepair, mean time to repair: repair work starts (failure
	// diagnosed) → the fault is fixed. Excludes detection and post-fix
	// verification.
	MTTRepair // "mttr_repair"
	// MTTRecover, mean time to recover/restore service (ITIL "MTRS"):
	// service failure starts → service is restored to users. DORA's
	// failed-deployment recovery time is this measure applied to deployment
	// failures.
	MTTRecover // "mttr_recover"
	// MTTResolve, mean time to resolve: ticket opened → ticket resolved (fix
	// confirmed; includes waiting and any root-cause work the ticket
	// carries).
	MTTResolve // "mttr_resolve"
	// MTTRespond, mean time to respond: ticket opened → first response to
	// the requester (a human reply, not an auto-acknowledgement).
	MTTRespond // "mttr_respond"
	// MTTD, mean time to detect: failure starts → failure detected (alert or
	// report).
	MTTD // "mttd"
	// MTBF, mean time between failures: service restored → next failure
	// starts (operating time between failures of a repairable item).
	MTBF // "mtbf"
	// MTTF, mean time to failure: put into service → fails (non-repairable
	// items).
	MTTF // "mttf"
)

var measures = enum.New[Measure]("kpi", "measure", ErrInvalidConfig,
	MeasureUnspecified, "unspecified", MTTA, "mtta", MTTRepair, "mttr_repair",
	MTTRecover, "mttr_recover", MTTResolve, "mttr_resolve", MTTRespond, "mttr_respond",
	MTTD, "mttd", MTBF, "mtbf", MTTF, "mttf")

// String returns the text form, e.g. "mttr_resolve".
func (m Measure) String() string { return enumString(measures, "measure", m) }

// MarshalText returns the text form; an undeclared value is an error.
func (m Measure) MarshalText() ([]byte, error) { return measures.Marshal(m) }

// UnmarshalText parses the text form.
func (m *Measure) UnmarshalText(b []byte) error {
	return enumUnmarshal(measures, "measure", m, b)
}

// Clock says in which time a duration was measured. Its text form is shown
// beside each constant.
type Clock uint8

const (
	// Wall is elapsed (24×7) time. It is the zero value.
	Wall Clock = iota // "wall"
	// Business is time counted by a [Schedule] (service or business hours).
	Business // "business"
)

var clocks = enum.New[Clock]("kpi", "clock", ErrInvalidConfig, Wall, "wall", Business, "business")

// String returns the text form ("wall", "business").
func (c Clock) String() string { return enumString(clocks, "clock", c) }

// MarshalText returns the text form; an undeclared value is an error.
func (c Clock) MarshalText() ([]byte, error) { return clocks.Marshal(c) }

// UnmarshalText parses the text form.
func (c *Clock) UnmarshalText(b []byte) error { return enumUnmarshal(clocks, "clock", c, b) }
