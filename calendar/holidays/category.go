package holidays

import (
	"fmt"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
)

// Category classifies how binding a holiday is. Its text form (JSON,
// iCalendar, [Category.String]) is shown beside each constant. The zero
// value is not a valid category; [ForRegion] rejects it.
type Category uint8

const (
	// Public is a statutory public holiday: work-free for (nearly) everyone in
	// the region. UK bank holidays are Public, as they are the general days off.
	Public Category = iota + 1 // "public"
	// Optional is a holiday that applies only to part of a region, for
	// example Mariä Himmelfahrt in Bavaria (Catholic-majority municipalities
	// only) or a US federal closure by executive order (the federal
	// executive workforce only), or that is widely but not legally observed.
	Optional // "optional"
	// Bank is a day on which banks and many offices close but which is not a
	// statutory public holiday (e.g. Christmas Eve in Denmark).
	Bank // "bank"
	// HalfDay is a day that is commonly a partial closure, e.g. Heiligabend
	// and Silvester in Germany. A calendar may turn it into a closure from
	// noon.
	HalfDay // "halfday"
)

var categories = enum.New[Category]("holidays", "category", ErrCategory,
	Public, "public", Optional, "optional", Bank, "bank", HalfDay, "halfday")

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return c >= Public && c <= HalfDay }

// String returns the text form ("public", "optional", "bank", "halfday"), or
// "category(N)" for an invalid value.
func (c Category) String() string {
	if !c.Valid() {
		// not through the table: enum formats an undeclared value with
		// %v, which would call this method again
		return "category(" + strconv.Itoa(int(c)) + ")"
	}
	return categories.String(c)
}

// ParseCategory parses the text form of a category. It is case-sensitive and
// accepts exactly the forms produced by [Category.String]; any other text is
// an [*itsm.Error] wrapping [ErrCategory] that lists the valid forms.
func ParseCategory(s string) (Category, error) { return categories.Parse(s) }

// MarshalText implements [encoding.TextMarshaler]. An invalid category is an
// error wrapping [ErrCategory].
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, categoryError(c)
	}
	return categories.Marshal(c)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCategory].
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	if c == nil {
		return &itsm.Error{Pkg: "holidays", Context: "category", Input: string(b), Err: fmt.Errorf("%w: decoding into a nil *Category", ErrCategory)}
	}
	*c = v
	return nil
}

// categoryError reports an invalid category value (not text), listing the
// valid ones.
func categoryError(c Category) error {
	return &itsm.Error{Pkg: "holidays", Context: "category", Input: strconv.Itoa(int(c)), Valid: categories.Valid(), Err: ErrCategory}
}

// mask returns the bit of c in a category mask.
func (c Category) mask() uint8 { return 1 << c }
