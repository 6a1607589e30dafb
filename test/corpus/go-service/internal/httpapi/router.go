package httpapi

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/parcelpoint/tracking/internal/store"
)

func Router(s *store.Store) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Get("/parcels/{id}", func(w http.ResponseWriter, r *http.Request) {
		parcel, err := s.Parcel(r.Context(), chi.URLParam(r, "id"))
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(parcel)
	})
	r.Post("/parcels/{id}/events", func(w http.ResponseWriter, r *http.Request) {
		var ev store.Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := s.AddEvent(r.Context(), chi.URLParam(r, "id"), ev); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	return r
}
