package holidays

import "github.com/rickb777/date/v2"

// Holiday is one holiday on one date. The zero value is not a holiday of any
// region (it has no ID).
type Holiday struct {
	// ID is stable across years and releases, e.g. "de.reformationstag". A
	// substitute day carries the ID of the holiday it replaces.
	ID string `json:"id"`
	// Date is the civil date.
	Date date.Date `json:"date"`
	// Name is the name in the region's (main) local language.
	Name string `json:"name"`
	// NameEN is the English name.
	NameEN string `json:"nameEN"`
	// Category says how binding the holiday is.
	Category Category `json:"category"`
	// Observed marks a substitute day for a holiday that fell on a weekend,
	// or a replacement day the law set for a holiday that fell on another
	// holiday (Belgium: 2 May 2008 for Ascension Day on 1 May). The holiday
	// itself is listed too, on its own date.
	Observed bool `json:"observed,omitzero"`
}
