module github.com/itsmkit/itsm/examples/servicedesk

go 1.24

require (
	github.com/itsmkit/itsm v0.0.0
	github.com/rickb777/date/v2 v2.1.8
	github.com/shopspring/decimal v1.6.0
	github.com/stretchr/testify v1.12.1
	pgregory.net/rapid v1.3.0
)

require (
	github.com/govalues/decimal v0.1.36 // indirect
	github.com/rickb777/period v1.0.9 // indirect
	github.com/rickb777/plural v1.4.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)

replace github.com/itsmkit/itsm => ../..
