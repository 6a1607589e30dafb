package main

import (
	"context"
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"time"

	"github.com/docsmith/linkcheck/internal/crawl"
)

func main() {
	addr := flag.String("addr", ":9090", "listen address")
	flag.Parse()

	http.HandleFunc("/check", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 60*time.Second)
		defer cancel()
		report, err := crawl.Check(ctx, r.URL.Query().Get("url"), 8)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(report)
	})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
