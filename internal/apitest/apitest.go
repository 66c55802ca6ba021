// Package apitest holds checks that every package's tests run on its
// exported API: that methods on nil pointers never panic, and that the JSON
// convention holds (see internal/jsonconv).
package apitest

import (
	"fmt"
	"reflect"
	"sort"
)

// NilPanics calls every exported method of every given nil pointer type
// (pass typed nil pointers: (*calendar.Calendar)(nil)) with zero arguments
// and returns, sorted, the methods that panicked. Methods with value
// receivers are skipped: Go dereferences the nil pointer before they run. Methods returning an
// iterator are also ranged over, since the panic may be deferred to it.
// The module's rule: a method on a nil pointer returns an error or its
// documented zero answer; it never panics.
func NilPanics(ptrs ...any) []string {
	var out []string
	for _, p := range ptrs {
		v := reflect.ValueOf(p)
		t := v.Type()
		if t.Kind() != reflect.Pointer || !v.IsNil() {
			out = append(out, fmt.Sprintf("%T: not a nil pointer", p))
			continue
		}
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			if _, ok := t.Elem().MethodByName(m.Name); ok {
				// A value-receiver method: calling it through a nil
				// pointer panics in Go itself, before any code of ours.
				continue
			}
			if msg := call(v, m); msg != "" {
				out = append(out, fmt.Sprintf("(%s).%s: %s", t, m.Name, msg))
			}
		}
	}
	sort.Strings(out)
	return out
}

func call(recv reflect.Value, m reflect.Method) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	ft := m.Func.Type()
	args := []reflect.Value{recv}
	for i := 1; i < ft.NumIn(); i++ {
		in := ft.In(i)
		if ft.IsVariadic() && i == ft.NumIn()-1 {
			args = append(args, reflect.MakeSlice(in, 0, 0))
			continue
		}
		args = append(args, reflect.Zero(in))
	}
	var res []reflect.Value
	if ft.IsVariadic() {
		res = m.Func.CallSlice(args)
	} else {
		res = m.Func.Call(args)
	}
	// Range over iter.Seq / iter.Seq2 results: the panic may be lazy.
	for _, r := range res {
		if r.Kind() == reflect.Func && !r.IsNil() && r.Type().NumIn() == 1 && r.Type().In(0).Kind() == reflect.Func {
			yt := r.Type().In(0)
			if yt.NumOut() == 1 && yt.Out(0).Kind() == reflect.Bool {
				yield := reflect.MakeFunc(yt, func([]reflect.Value) []reflect.Value {
					return []reflect.Value{reflect.ValueOf(false)}
				})
				r.Call([]reflect.Value{yield})
			}
		}
	}
	return ""
}
