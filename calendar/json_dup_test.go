package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// A key given twice (or twice in different case, which encoding/json
// matches case-insensitively) kept only the last value: the first
// holiday_dates silently vanished. Every decoding path of a Spec, nested
// specs, overrides and holiday references included, refuses it, quoting
// the key.
func TestSpecJSONDuplicateKeys(t *testing.T) {
	cases := []struct{ in, key string }{
		{`{"holiday_dates":["2026-12-24"],"holiday_dates":["2026-12-31"]}`, `holiday_dates`},
		{`{"week":"Mon 08:00-17:00","zone":"UTC","Zone":"Europe/Berlin"}`, `Zone`},
		{`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","closed":true,"date":"2026-12-25"}]}`, `date`},
		{`{"week":"Mon 08:00-17:00","holidays":[{"region":"DE","REGION":"DE-NW"}]}`, `REGION`},
		{`{"union":[{"week":"Mon 08:00-17:00"},{"week":"Tue 08:00-17:00","week":"Wed 08:00-17:00"}]}`, `week`},
		{`{"minus":[{"week":"Mon 08:00-17:00"}],"minus":[{"week":"Tue 08:00-17:00"}]}`, `minus`},
	}
	for _, c := range cases {
		_, err := ParseSpec([]byte(c.in))
		if err == nil {
			t.Errorf("ParseSpec(%s) accepted a duplicate key", c.in)
			continue
		}
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseSpec(%s): %v does not wrap ErrSyntax", c.in, err)
		}
		if !errors.Is(err, strictjson.ErrDuplicateKey) {
			t.Errorf("ParseSpec(%s): %v does not wrap strictjson.ErrDuplicateKey", c.in, err)
		}
		// the key is quoted by the cause, not only inside the quoted input
		var e *itsm.Error
		if !errors.As(err, &e) || !strings.Contains(e.Err.Error(), `"`+c.key+`"`) {
			t.Errorf("ParseSpec(%s): error %q does not quote the key %q", c.in, err, c.key)
		}
		// json.Unmarshal straight into a Spec (as sla and change decode
		// their embedded calendars) takes the same path.
		var s Spec
		if err := json.Unmarshal([]byte(c.in), &s); err == nil {
			t.Errorf("json.Unmarshal(%s) into Spec accepted a duplicate key", c.in)
		}
	}
	// Keys that merely look alike are fine.
	if _, err := ParseSpec([]byte(`{"week":"Mon 08:00-17:00","holidays":[{"region":"DE"},{"region":"DE-NW"}]}`)); err != nil {
		t.Errorf("the same key in two objects refused: %v", err)
	}
}
