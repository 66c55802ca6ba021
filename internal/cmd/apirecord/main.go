// Command apirecord writes and checks the module's API record: a sorted list
// of every exported name of the library's public packages with its
// signature, one line each, in the spirit of Go's own api/ directory.
//
// Usage, from the repository root:
//
//	go run ./internal/cmd/apirecord          # print the record
//	go run ./internal/cmd/apirecord -w       # rewrite api/itsm.txt
//	go run ./internal/cmd/apirecord -count   # exported names per package
//
// The test in this directory fails when api/itsm.txt differs from the code,
// so every change of the exported API shows as a reviewed diff of that file.
//
// Counted names are exported package-level types, functions, constants and
// variables plus exported methods of exported types; struct fields and
// interface methods are listed in the record but not counted.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// recordFile is the checked-in record, relative to the module root.
const recordFile = "api/itsm.txt"

// modulePath is the library module's import path.
const modulePath = "github.com/itsmkit/itsm"

func main() {
	write := flag.Bool("w", false, "rewrite "+recordFile)
	count := flag.Bool("count", false, "print the number of exported names per package")
	root := flag.String("root", ".", "module root")
	flag.Parse()
	r, err := build(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apirecord:", err)
		os.Exit(1)
	}
	switch {
	case *count:
		total := 0
		for _, p := range r.pkgs() {
			fmt.Printf("%-40s %5d\n", p, r.counts[p])
			total += r.counts[p]
		}
		fmt.Printf("%-40s %5d\n", "total", total)
	case *write:
		if err := os.WriteFile(filepath.Join(*root, recordFile), []byte(r.text()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "apirecord:", err)
			os.Exit(1)
		}
	default:
		fmt.Print(r.text())
	}
}

// record is the API of the module: sorted lines and counted names.
type record struct {
	lines  []string
	counts map[string]int // package import path (relative) → exported names
}

func (r *record) pkgs() []string {
	var ps []string
	for p := range r.counts {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

func (r *record) text() string {
	var b strings.Builder
	for _, l := range r.lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// build reads every public package of the module below root: directories
// with non-test Go files, excluding internal/, examples/, bench/, testdata
// and directories with their own go.mod, and package main.
func build(root string) (*record, error) {
	r := &record{counts: map[string]int{}}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if rel != "." {
			base := d.Name()
			if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") || base == "testdata" ||
				base == "internal" || base == "examples" || base == "bench" || base == "api" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir
			}
		}
		return r.addDir(path, rel)
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(r.lines)
	return r, nil
}

func (r *record) addDir(dir, rel string) error {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	for name, pkg := range pkgs {
		if name == "main" {
			continue
		}
		path := modulePath
		if rel != "." {
			path += "/" + rel
		}
		r.counts[path] += 0
		for _, f := range pkg.Files {
			r.addFile(fset, path, f)
		}
	}
	return nil
}

func (r *record) add(pkg, line string, counted bool) {
	r.lines = append(r.lines, "pkg "+pkg+", "+line)
	if counted {
		r.counts[pkg]++
	}
}

func (r *record) addFile(fset *token.FileSet, pkg string, f *ast.File) {
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			sig := strings.TrimPrefix(expr(fset, d.Type), "func")
			if d.Recv == nil {
				r.add(pkg, "func "+d.Name.Name+sig, true)
				continue
			}
			recv := expr(fset, d.Recv.List[0].Type)
			if !ast.IsExported(strings.TrimLeft(baseType(recv), "*")) {
				continue
			}
			r.add(pkg, "method ("+recv+") "+d.Name.Name+sig, true)
		case *ast.GenDecl:
			r.addGen(fset, pkg, d)
		}
	}
}

// baseType strips type parameters from a receiver: "*Set[T]" → "*Set".
func baseType(recv string) string {
	if i := strings.IndexByte(recv, '['); i >= 0 {
		return recv[:i]
	}
	return recv
}

func (r *record) addGen(fset *token.FileSet, pkg string, d *ast.GenDecl) {
	for _, spec := range d.Specs {
		switch s := spec.(type) {
		case *ast.TypeSpec:
			if !s.Name.IsExported() {
				continue
			}
			head := "type " + s.Name.Name
			if s.TypeParams != nil {
				head += "[" + fieldList(fset, s.TypeParams) + "]"
			}
			if s.Assign.IsValid() {
				head += " ="
			}
			switch t := s.Type.(type) {
			case *ast.StructType:
				r.add(pkg, head+" struct", true)
				for _, fl := range t.Fields.List {
					typ := expr(fset, fl.Type)
					tag := ""
					if fl.Tag != nil {
						tag = " " + fl.Tag.Value
					}
					if len(fl.Names) == 0 { // embedded
						if ast.IsExported(strings.TrimLeft(baseType(typ), "*")) || strings.Contains(typ, ".") {
							r.add(pkg, head+" struct, embedded "+typ+tag, false)
						}
						continue
					}
					for _, n := range fl.Names {
						if n.IsExported() {
							r.add(pkg, head+" struct, "+n.Name+" "+typ+tag, false)
						}
					}
				}
			case *ast.InterfaceType:
				r.add(pkg, head+" interface", true)
				for _, m := range t.Methods.List {
					if len(m.Names) == 0 {
						r.add(pkg, head+" interface, embedded "+expr(fset, m.Type), false)
						continue
					}
					for _, n := range m.Names {
						if n.IsExported() {
							r.add(pkg, head+" interface, "+n.Name+strings.TrimPrefix(expr(fset, m.Type), "func"), false)
						}
					}
				}
			default:
				r.add(pkg, head+" "+expr(fset, s.Type), true)
			}
		case *ast.ValueSpec:
			kind := "var"
			if d.Tok == token.CONST {
				kind = "const"
			}
			for _, n := range s.Names {
				if !n.IsExported() {
					continue
				}
				line := kind + " " + n.Name
				if s.Type != nil {
					line += " " + expr(fset, s.Type)
				}
				r.add(pkg, line, true)
			}
		}
	}
}

func fieldList(fset *token.FileSet, fl *ast.FieldList) string {
	var parts []string
	for _, f := range fl.List {
		var names []string
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		parts = append(parts, strings.Join(names, ", ")+" "+expr(fset, f.Type))
	}
	return strings.Join(parts, ", ")
}

// expr prints a node on one line, without parameter names' comments.
func expr(fset *token.FileSet, n ast.Node) string {
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, n); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
