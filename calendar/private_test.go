package calendar

// newPrivate builds the calendar of spec with an engine of its own, shared
// with no other calendar and absent from the shared cache: tests use it to
// check that sharing changes no answer and to control the table state.
func newPrivate(spec Spec) (*Calendar, error) {
	if err := checkShape(spec.shape()); err != nil {
		return nil, err
	}
	e, err := engineFor(&spec, false)
	if err != nil {
		return nil, err
	}
	return &Calendar{e: e}, nil
}
