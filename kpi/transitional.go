package kpi

import "github.com/itsmkit/itsm"

// TRANSITIONAL: removed once sla uses itsm directly. Nothing in package kpi
// uses these aliases; use [itsm.Ratio] and [itsm.Interval].

// Ratio is [itsm.Ratio]. Deprecated: use itsm.Ratio.
type Ratio = itsm.Ratio

// Interval is [itsm.Interval]. Deprecated: use itsm.Interval.
type Interval = itsm.Interval
