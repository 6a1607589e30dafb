// Command release-notes drafts release notes from the commits between two git tags.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	from := flag.String("from", "", "previous tag")
	to := flag.String("to", "HEAD", "new tag or commit")
	flag.Parse()
	if *from == "" {
		fmt.Fprintln(os.Stderr, "usage: release-notes -from v1.2.0 [-to v1.3.0]")
		os.Exit(2)
	}
	out, err := exec.Command("git", "log", "--format=%s", *from+".."+*to).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sections := group(bufio.NewScanner(strings.NewReader(string(out))))
	for _, title := range []string{"feat", "fix", "other"} {
		if len(sections[title]) == 0 {
			continue
		}
		fmt.Printf("## %s\n\n", strings.ToUpper(title[:1])+title[1:])
		for _, line := range sections[title] {
			fmt.Printf("- %s\n", line)
		}
		fmt.Println()
	}
}

func group(lines *bufio.Scanner) map[string][]string {
	sections := map[string][]string{}
	for lines.Scan() {
		subject := lines.Text()
		kind := "other"
		if prefix, rest, ok := strings.Cut(subject, ":"); ok && (prefix == "feat" || prefix == "fix") {
			kind, subject = prefix, strings.TrimSpace(rest)
		}
		sections[kind] = append(sections[kind], subject)
	}
	return sections
}
