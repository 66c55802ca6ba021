package calendar

// resolveHolidayRef turns a HolidayRef into a source and its closure time.
// Region sets come from package calendar/holidays (wired in once that
// package is committed).
func resolveHolidayRef(h HolidayRef) (HolidaySource, int32, error) {
	return nil, 0, errorf("holidays", h.Region, ErrHoliday)
}
