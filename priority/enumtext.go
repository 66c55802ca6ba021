package priority

import (
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// enumText returns v's text form from its table, or kind(number) for an
// undeclared value. The enums' String methods use it rather than
// enum.Names.String, whose fallback formats v with %v and so calls the
// String method that called it, recursing without end.
func enumText[T ~uint8](n enum.Names[T], kind string, v T) string {
	if s, ok := n.Name(v); ok {
		return s
	}
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}
