package kpi

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Counts are bad and total events (or nanoseconds) observed over a window.
type Counts struct {
	Bad   int64 `json:"bad"`   // bad events (or nanoseconds)
	Total int64 `json:"total"` // all events (or nanoseconds); Bad ≤ Total
}

// CountBucket holds counts for a half-open time bucket, e.g. one minute of
// request metrics. Its JSON form is flat: {"start": RFC 3339, "end":
// RFC 3339, "bad": N, "total": N}; it decodes strictly.
type CountBucket struct {
	itsm.Interval
	Counts
}

// UnmarshalJSON decodes the bucket strictly: exactly the keys "start",
// "end", "bad" and "total" (the old "Bad" and "Total" are refused, naming
// the new key).
func (c *CountBucket) UnmarshalJSON(b []byte) error {
	var v struct {
		Start time.Time `json:"start"`
		End   time.Time `json:"end"`
		Bad   int64     `json:"bad"`
		Total int64     `json:"total"`
	}
	if err := unmarshalStrict(b, &v, "count bucket"); err != nil || strictjson.IsNull(b) {
		return err
	}
	if c == nil {
		return errorf("count bucket JSON", "", because(ErrInvalidConfig, "decoding into a nil *CountBucket"))
	}
	*c = CountBucket{itsm.Interval{Start: v.Start, End: v.End}, Counts{v.Bad, v.Total}}
	return nil
}

// CountsOver sums the buckets lying entirely inside [now − window, now).
// A bucket straddling the window start (choose windows that are multiples
// of the bucket size), an invalid bucket and one with bad counts (negative,
// Bad > Total) are left out and do not discard the rest: the counts are
// the other buckets' and the error holds a [itsm.RecordError] naming each
// ("bucket N"). A negative window is an error ([ErrOutOfRange]), as is one
// reaching before the earliest instant time.Time holds ([itsm.ErrInterval])
// and a sum beyond int64 ([itsm.ErrOverflow]); these fail the call.
func CountsOver(buckets []CountBucket, now time.Time, window time.Duration) (Counts, error) {
	w, err := windowBefore(now, window)
	if err != nil {
		return Counts{}, err
	}
	var c Counts
	var rej []itsm.RecordError
	for k, b := range buckets {
		what := fmt.Sprintf("bucket %d", k)
		if err := checkInterval(what, b.Interval); err != nil {
			rej = append(rej, itsm.RecordError{Kind: "bucket", Index: k, Err: err})
			continue
		}
		if b.Bad < 0 || b.Total < 0 || b.Bad > b.Total {
			rej = append(rej, itsm.RecordError{Kind: "bucket", Index: k, Err: errorf(what+" counts", fmt.Sprintf("%d/%d", b.Bad, b.Total), because(ErrOutOfRange, "not 0 ≤ bad ≤ total"))})
			continue
		}
		inside := !b.Start.Before(w.Start) && !b.End.After(w.End)
		if !inside {
			if b.Interval.Overlaps(w) {
				rej = append(rej, itsm.RecordError{Kind: "bucket", Index: k, Err: errorf(what, b.Interval.String(), because(ErrOutOfRange, "straddles the window "+w.String()))})
			}
			continue
		}
		var ok1, ok2 bool
		c.Bad, ok1 = xmath.AddInt64(c.Bad, b.Bad)
		c.Total, ok2 = xmath.AddInt64(c.Total, b.Total)
		if !ok1 || !ok2 {
			return Counts{}, overflowError("counts over "+w.String(), "summing "+what)
		}
	}
	return c, batchError(rej)
}
