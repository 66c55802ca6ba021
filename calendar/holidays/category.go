package holidays

import (
	"fmt"
	"strconv"
)

// Category classifies how binding a holiday is. The zero value is not a valid
// category; [ForRegion] rejects it.
type Category uint8

const (
	// Public is a statutory public holiday: work-free for (nearly) everyone in
	// the region. UK bank holidays are Public, as they are the general days off.
	Public Category = iota + 1
	// Optional is a holiday that applies only to part of a region, for
	// example Mariä Himmelfahrt in Bavaria (Catholic-majority municipalities
	// only) or a US federal closure by executive order (the federal
	// executive workforce only), or that is widely but not legally observed.
	Optional
	// Bank is a day on which banks and many offices close but which is not a
	// statutory public holiday (e.g. Christmas Eve in Denmark).
	Bank
	// HalfDay is a day that is commonly a partial closure, e.g. Heiligabend
	// and Silvester in Germany. A calendar may turn it into a closure from
	// noon.
	HalfDay
)

var categoryNames = [...]string{"", "public", "optional", "bank", "halfday"}

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return c >= Public && c <= HalfDay }

// String returns the text form ("public", "optional", "bank", "halfday"), or
// "Category(N)" for an invalid value.
func (c Category) String() string {
	if c.Valid() {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// ParseCategory parses the text form of a category. It is case-sensitive and
// accepts exactly the forms produced by [Category.String].
func ParseCategory(s string) (Category, error) {
	for c := Public; c <= HalfDay; c++ {
		if categoryNames[c] == s {
			return c, nil
		}
	}
	return 0, &CategoryError{Text: s}
}

// MarshalText implements [encoding.TextMarshaler]. An invalid category is an error.
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, &CategoryError{Text: c.String()}
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// mask returns the bit of c in a category mask.
func (c Category) mask() uint8 { return 1 << c }

// CategoryError reports an unknown category name or value.
type CategoryError struct {
	Text string // the offending input
}

// Error implements the error interface.
func (e *CategoryError) Error() string {
	return fmt.Sprintf("holidays: unknown category %q (want public, optional, bank or halfday)", e.Text)
}

// Unwrap returns [ErrCategory].
func (e *CategoryError) Unwrap() error { return ErrCategory }
