package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Event struct {
	Status   string    `json:"status"`
	Location string    `json:"location"`
	At       time.Time `json:"at"`
}

type Parcel struct {
	ID     string  `json:"id"`
	Events []Event `json:"events"`
}

type Store struct{ pool *pgxpool.Pool }

func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) Parcel(ctx context.Context, id string) (*Parcel, error) {
	rows, err := s.pool.Query(ctx, `select status, location, at from events where parcel_id = $1 order by at`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	p := &Parcel{ID: id}
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.Status, &e.Location, &e.At); err != nil {
			return nil, err
		}
		p.Events = append(p.Events, e)
	}
	return p, rows.Err()
}

func (s *Store) AddEvent(ctx context.Context, id string, e Event) error {
	_, err := s.pool.Exec(ctx, `insert into events (parcel_id, status, location, at) values ($1, $2, $3, $4)`, id, e.Status, e.Location, e.At)
	return err
}
