package crawl

import (
	"context"
	"net/http"
	"net/url"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/sync/errgroup"
)

type Report struct {
	Page   string   `json:"page"`
	Broken []string `json:"broken"`
}

func Check(ctx context.Context, page string, workers int) (*Report, error) {
	links, err := extract(ctx, page)
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex
	report := &Report{Page: page}
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for _, link := range links {
		link := link
		g.Go(func() error {
			req, _ := http.NewRequestWithContext(ctx, http.MethodHead, link, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil || resp.StatusCode >= 400 {
				mu.Lock()
				report.Broken = append(report.Broken, link)
				mu.Unlock()
			}
			if resp != nil {
				resp.Body.Close()
			}
			return nil
		})
	}
	return report, g.Wait()
}

func extract(ctx context.Context, page string) ([]string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, page, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	doc, err := html.Parse(resp.Body)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(page)
	var links []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" {
					if u, err := base.Parse(a.Val); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
						links = append(links, u.String())
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return links, nil
}
