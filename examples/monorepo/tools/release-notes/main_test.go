package main

import (
	"bufio"
	"strings"
	"testing"
)

func TestGroupSortsByConventionalPrefix(t *testing.T) {
	got := group(bufio.NewScanner(strings.NewReader("feat: tents\nfix: boots\nchore: deps\n")))
	if got["feat"][0] != "tents" || got["fix"][0] != "boots" || len(got["other"]) != 1 {
		t.Fatalf("unexpected grouping: %v", got)
	}
}
