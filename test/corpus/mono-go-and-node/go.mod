module github.com/docsmith/linkcheck

go 1.22

require (
	golang.org/x/net v0.26.0
	golang.org/x/sync v0.7.0
)
